package meridian.api.it;

import meridian.api.auth.JwtKeys;
import meridian.api.auth.Role;
import meridian.api.auth.TokenIssuer;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Nothing acknowledged is lost: N commands, SIGKILL of the Meridian JVM, restart, all N read back. */
class CrashRecoveryIT {

    private static final int COMMANDS = 40;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyAcknowledgedCommandSurvivesAKill() throws Exception {
        Path dataDir = TestCassandra.itDir().resolve("crash");
        String contactPoint = TestCassandra.contactPoint();
        int port = TestNode.freePort();
        String token = new TokenIssuer(JwtKeys.loadOrCreate(dataDir.resolve("keys")).privateKey().orElseThrow())
                .issue("root", List.of(Role.ADMIN), "crash", Duration.ofHours(1));

        Process meridian = launch(dataDir, contactPoint, port);
        List<String> acknowledged = new ArrayList<>();
        try {
            awaitReady(port, meridian);
            for (int i = 0; i < COMMANDS; i++) {
                String code = String.format("6%05d.SH", i);
                HttpResponse<String> response = post(port, token, "{\"code\":\"" + code + "\",\"name\":\"Crash " + i + "\",\"type\":\"STOCK\"}");
                assertEquals(201, response.statusCode(), response.body());
                acknowledged.add(code);
            }
        } finally {
            meridian.destroyForcibly().waitFor();   // SIGKILL: no shutdown hook, no flush
        }

        Process restarted = launch(dataDir, contactPoint, port);
        try {
            awaitReady(port, restarted);
            Instant deadline = Instant.now().plusSeconds(60);
            List<String> missing = new ArrayList<>(acknowledged);
            while (!missing.isEmpty() && Instant.now().isBefore(deadline)) {
                missing.removeIf(code -> get(port, token, "/api/v1/securities/" + code).statusCode() == 200);
                Thread.sleep(250);
            }
            assertEquals(List.of(), missing, "acknowledged but lost");
            // and the write side has them: listing again is a no-op acceptance, amending works
            HttpResponse<String> amend = put(port, token, "/api/v1/securities/" + acknowledged.get(0),
                    "{\"name\":\"Crash 0 amended\",\"type\":\"STOCK\"}");
            assertEquals(200, amend.statusCode(), amend.body());
        } finally {
            restarted.destroy();
            restarted.waitFor();
        }
    }

    private static Process launch(Path dataDir, String contactPoint, int httpPort) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "meridian.api.Main", "run")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(dataDir.toFile().getParentFile(), "crash-node.log")));
        var env = builder.environment();
        env.put("MERIDIAN_CASSANDRA_CONTACT_POINTS", contactPoint);
        env.put("MERIDIAN_KEYSPACE_PREFIX", "it_crash");
        env.put("MERIDIAN_DATA_DIR", dataDir.toString());
        env.put("MERIDIAN_HTTP_PORT", Integer.toString(httpPort));
        env.put("MERIDIAN_REMOTE_PORT", Integer.toString(TestNode.freePort()));
        env.put("MERIDIAN_SEED_SECURITY_MASTER", "false");
        return builder.start();
    }

    private void awaitReady(int port, Process process) throws Exception {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            assertTrue(process.isAlive(), "Meridian exited with " + (process.isAlive() ? "" : process.exitValue()));
            try {
                if (get(port, null, "/ready").statusCode() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        fail("Meridian was not ready within 120 s");
    }

    private HttpResponse<String> post(int port, String token, String json) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/securities"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpResponse<String> put(int port, String token, String path, String json) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpResponse<String> get(int port, String token, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return send(builder.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
