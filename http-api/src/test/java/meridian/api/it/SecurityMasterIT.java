package meridian.api.it;

import com.fasterxml.jackson.databind.JsonNode;
import meridian.api.auth.Role;
import meridian.api.http.Json;
import meridian.domain.security.SecurityMasterCsv;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;

/** Command → events in Cassandra → projection → view table → query endpoint, per tenant. */
class SecurityMasterIT {

    private static TestNode node;
    private static String trader;
    private static String galaxyAdmin;
    private static String otherTenantReader;
    private static String platformAdmin;

    @BeforeAll
    static void start() throws Exception {
        node = TestNode.start(SecurityMasterIT.class);
        trader = node.token("bob", "galaxy", Role.TRADER);
        galaxyAdmin = node.token("gina", "galaxy", Role.ADMIN);
        otherTenantReader = node.token("olga", "orion", Role.TRADER);
        platformAdmin = node.token("root", "meridian", Role.ADMIN);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void theSeededMasterIsReadableByEveryTenantAndSearchableByAlias() throws Exception {
        HttpResponse<String> catl = node.eventually("/api/v1/securities/300750.SZ", trader, r -> r.statusCode() == 200, Duration.ofSeconds(30));
        assertEquals(200, catl.statusCode(), catl.body());
        assertEquals("宁德时代", Json.MAPPER.readTree(catl.body()).get("name").asText());

        HttpResponse<String> byAlias = node.eventually("/api/v1/securities?q=%EF%BC%A9%EF%BC%A3", otherTenantReader, // full-width "ＩＣ"
                r -> r.body().contains("000905.SH"), Duration.ofSeconds(30));
        JsonNode hits = Json.MAPPER.readTree(byAlias.body());
        assertEquals(1, hits.size(), byAlias.body());
        assertEquals("000905.SH", hits.get(0).get("code").asText());

        HttpResponse<String> all = node.eventually("/api/v1/securities", trader, r -> r.body().split("\"code\"").length > 100, Duration.ofSeconds(30));
        java.util.Set<String> listed = new java.util.HashSet<>();
        Json.MAPPER.readTree(all.body()).forEach(s -> listed.add(s.get("code").asText()));
        SecurityMasterCsv.seed().forEach(seeded -> assertTrue(listed.contains(seeded.code()), seeded.code() + " missing"));
    }

    @Test
    void aTenantsOwnEntryIsInvisibleToOtherTenants() throws Exception {
        HttpResponse<String> created = node.send("POST", "/api/v1/securities", galaxyAdmin,
                "{\"code\":\"688777.SH\",\"name\":\"金山办公\",\"type\":\"STOCK\",\"aliases\":[\"WPS\"]}");
        assertEquals(201, created.statusCode(), created.body());

        HttpResponse<String> own = node.eventually("/api/v1/securities/688777.SH", trader, r -> r.statusCode() == 200, Duration.ofSeconds(30));
        assertEquals(200, own.statusCode());
        assertEquals("galaxy", Json.MAPPER.readTree(own.body()).get("tenant").asText());
        assertEquals(404, node.get("/api/v1/securities/688777.SH", otherTenantReader).statusCode());
        assertEquals("[]", node.get("/api/v1/securities?q=WPS", otherTenantReader).body());
    }

    @Test
    void amendingMovesTheAliasesAndDelistingHidesTheEntryFromLookup() throws Exception {
        assertEquals(201, node.send("POST", "/api/v1/securities", platformAdmin,
                "{\"code\":\"600036.SH\",\"name\":\"招商银行\",\"type\":\"STOCK\",\"aliases\":[\"招行\"]}").statusCode());
        HttpResponse<String> amended = node.send("PUT", "/api/v1/securities/600036.SH", platformAdmin,
                "{\"name\":\"招商银行\",\"type\":\"STOCK\",\"aliases\":[\"招银\"]}");
        assertEquals(200, amended.statusCode(), amended.body());
        HttpResponse<String> byNewAlias = node.eventually("/api/v1/securities?q=%E6%8B%9B%E9%93%B6", trader,
                r -> r.body().contains("600036.SH"), Duration.ofSeconds(30));
        assertTrue(byNewAlias.body().contains("600036.SH"));
        assertEquals("[]", node.get("/api/v1/securities?q=%E6%8B%9B%E8%A1%8C", trader).body(), "the old alias is gone");

        assertEquals(200, node.send("DELETE", "/api/v1/securities/600036.SH", platformAdmin, null).statusCode());
        HttpResponse<String> delisted = node.eventually("/api/v1/securities/600036.SH", trader,
                r -> r.body().contains("DELISTED"), Duration.ofSeconds(30));
        assertTrue(delisted.body().contains("DELISTED"));
        assertEquals("[]", node.get("/api/v1/securities?q=%E6%8B%9B%E9%93%B6", trader).body());

        HttpResponse<String> again = node.send("DELETE", "/api/v1/securities/600036.SH", platformAdmin, null);
        assertEquals(409, again.statusCode());
        assertTrue(again.body().contains("Delisted"), "the refusal names the state: " + again.body());
    }
}
