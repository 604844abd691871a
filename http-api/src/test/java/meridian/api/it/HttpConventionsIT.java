package meridian.api.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import meridian.api.auth.JwtKeys;
import meridian.api.auth.Role;
import meridian.api.http.Endpoint;
import meridian.api.http.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Authentication, bad input and the documented surface, over real HTTP. Each refusal is a problem document. */
class HttpConventionsIT {

    private static TestNode node;
    private static String admin;

    @BeforeAll
    static void start() throws Exception {
        node = TestNode.start(HttpConventionsIT.class);
        admin = node.token("gina", "galaxy", Role.ADMIN);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static JsonNode problem(HttpResponse<String> response, int status) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonNode body = Json.MAPPER.readTree(response.body());
        assertEquals(status, body.get("status").asInt());
        assertTrue(body.get("type").asText().startsWith("https://meridian.dev/problems/"));
        return body;
    }

    private static String fieldOf(JsonNode problem) {
        return problem.get("errors").get(0).get("field").asText();
    }

    @Test
    void healthAndReadyNeedNoToken() {
        assertEquals(200, node.get("/health", null).statusCode());
        HttpResponse<String> ready = node.get("/ready", null);
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"cassandra\":\"up\""));
    }

    @Test
    void missingGarbageExpiredForgedAndWrongRoleTokensAreRefused() throws Exception {
        problem(node.get("/api/v1/securities", null), 401);
        problem(node.get("/api/v1/securities", "not-a-jwt"), 401);

        JwtKeys keys = JwtKeys.loadOrCreate(TestNode.keyDir());
        JWTClaimsSet expired = new JWTClaimsSet.Builder().subject("x").claim("roles", List.of("ADMIN")).claim("tenant", "galaxy")
                .expirationTime(Date.from(Instant.now().minusSeconds(60))).build();
        assertTrue(problem(node.get("/api/v1/securities", sign(expired, keys)), 401).get("detail").asText().contains("expired"));

        JwtKeys stranger = JwtKeys.loadOrCreate(Files.createTempDirectory("stranger-keys"));
        JWTClaimsSet valid = new JWTClaimsSet.Builder().subject("x").claim("roles", List.of("ADMIN")).claim("tenant", "galaxy")
                .expirationTime(Date.from(Instant.now().plusSeconds(600))).build();
        assertTrue(problem(node.get("/api/v1/securities", sign(valid, stranger)), 401).get("detail").asText().contains("signature"));

        JWTClaimsSet unknownRole = new JWTClaimsSet.Builder().subject("x").claim("roles", List.of("GOD")).claim("tenant", "galaxy")
                .expirationTime(Date.from(Instant.now().plusSeconds(600))).build();
        problem(node.get("/api/v1/securities", sign(unknownRole, keys)), 401);

        String trader = node.token("bob", "galaxy", Role.TRADER);
        problem(node.send("POST", "/api/v1/securities", trader, "{\"code\":\"600000.SH\",\"name\":\"浦发银行\",\"type\":\"STOCK\"}"), 403);
        problem(node.get("/metrics", trader), 403);
    }

    private static String sign(JWTClaimsSet claims, JwtKeys keys) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(keys.privateKey().orElseThrow()));
        return jwt.serialize();
    }

    @Test
    void malformedJsonIsA400() throws Exception {
        problem(node.send("POST", "/api/v1/securities", admin, "{\"code\": \"600000.SH\","), 400);
        problem(node.send("POST", "/api/v1/securities", admin, "{\"code\":\"600000.SH\"} trailing"), 400);
        problem(node.send("POST", "/api/v1/securities", admin, ""), 400);
    }

    @Test
    void wrongTypesNameTheField() throws Exception {
        JsonNode p = problem(node.send("POST", "/api/v1/securities", admin,
                "{\"code\":\"600000.SH\",\"name\":\"浦发银行\",\"type\":\"STOCK\",\"aliases\":\"浦发\"}"), 400);
        assertEquals("aliases", fieldOf(p));
        assertEquals("type", fieldOf(problem(node.send("POST", "/api/v1/securities", admin,
                "{\"code\":\"600000.SH\",\"name\":\"浦发银行\",\"type\":\"BOND\"}"), 400)));
        assertEquals("name", fieldOf(problem(node.send("POST", "/api/v1/securities", admin,
                "{\"code\":\"600000.SH\",\"name\":12,\"type\":\"STOCK\"}"), 400)));
    }

    @Test
    void unknownFieldsAreRefusedByName() throws Exception {
        JsonNode p = problem(node.send("POST", "/api/v1/securities", admin,
                "{\"code\":\"600000.SH\",\"name\":\"浦发银行\",\"type\":\"STOCK\",\"isin\":\"CNE000001R84\"}"), 400);
        assertEquals("isin", fieldOf(p));
    }

    @Test
    void invalidValuesNameEveryField() throws Exception {
        JsonNode p = problem(node.send("POST", "/api/v1/securities", admin, "{\"code\":\"600000\",\"name\":\"\",\"type\":\"STOCK\"}"), 400);
        assertEquals(2, p.get("errors").size());
        assertEquals("code", p.get("errors").get(0).get("field").asText());
        assertEquals("name", p.get("errors").get(1).get("field").asText());
    }

    @Test
    void oversizedBodiesAndOtherMediaTypesAreRefused() throws Exception {
        String tooLarge = declareOversizedBody("/api/v1/securities", 2_000_000);
        assertTrue(tooLarge.startsWith("HTTP/1.1 413"), tooLarge);
        assertTrue(tooLarge.contains("application/problem+json") && tooLarge.contains("payload-too-large"), tooLarge);
        HttpResponse<String> text = node.send(node.request("/api/v1/securities", admin)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")).build());
        problem(text, 415);
        problem(node.send("PATCH", "/api/v1/securities/600000.SH", admin, "{}"), 405);
        problem(node.get("/api/v1/nothing-here", admin), 404);
    }

    /**
     * Declares a body over the limit and reads the answer before sending any of it. The server answers early and then
     * resets the connection to fend off the body (Pekko HTTP does so by design; akka/akka-http#1439): at times the
     * reset overtakes the answer, and the client sees only the reset. So the same request is tried up to five times
     * for an answer; whatever answer arrives is what the caller checks.
     */
    private static String declareOversizedBody(String path, int length) throws Exception {
        java.net.SocketException lastReset = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", node.httpPort())) {
                socket.setSoTimeout(30_000);
                String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + admin
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n";
                socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
                byte[] buffer = new byte[4096];
                try {
                    for (int n; answer.size() < buffer.length && (n = socket.getInputStream().read(buffer)) > 0; ) {
                        answer.write(buffer, 0, n);
                    }
                } catch (java.net.SocketException reset) {
                    lastReset = reset;
                }
                if (answer.size() > 0) {
                    return answer.toString(java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw lastReset != null ? lastReset : new java.io.EOFException("no answer to an oversized body in 5 attempts");
    }

    @Test
    void everyDocumentedEndpointIsRoutedAndEveryRouteIsDocumented() throws Exception {
        HttpResponse<String> doc = node.get("/api/v1/openapi.json", admin);
        assertEquals(200, doc.statusCode());
        JsonNode paths = Json.MAPPER.readTree(doc.body()).get("paths");
        java.util.Set<String> documented = new java.util.TreeSet<>();
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (!method.equals("parameters")) {
                documented.add(method.toUpperCase() + " " + path.getKey());
            }
        }));
        java.util.Set<String> routed = new java.util.TreeSet<>();
        node.endpoints().forEach(e -> routed.add(e.method() + " " + e.template()));
        assertEquals(routed, documented);

        String operator = node.token("ops", "galaxy", Role.OPERATIONS, Role.ADMIN);
        for (Endpoint endpoint : node.endpoints()) {
            String path = endpoint.template().replace("{code}", "000300.SH").replaceAll("\\{[^/}]+}", "1");
            String body = endpoint.method().equals("GET") || endpoint.method().equals("DELETE") ? null : "{}";
            HttpResponse<String> response = node.send(endpoint.method(), path, operator, body);
            assertNotEquals(405, response.statusCode(), endpoint + " " + response.body());
            assertFalse(response.statusCode() == 404 && response.body().contains("could not be found"), endpoint + " is not routed");
        }
    }
}
