package meridian.api.it;

import meridian.api.auth.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.*;

/** A retried POST with the same Idempotency-Key answers the first result and changes nothing, even after a restart. */
class IdempotencyIT {

    private static TestNode node;
    private static String admin;

    @BeforeAll
    static void start() throws Exception {
        node = TestNode.start(IdempotencyIT.class);
        admin = node.token("gina", "galaxy", Role.ADMIN);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void aRetryReplaysTheFirstAnswerWithoutASecondEffectAcrossARestart() throws Exception {
        String body = "{\"code\":\"601318.SH\",\"name\":\"中国平安\",\"type\":\"STOCK\",\"aliases\":[\"平安\"]}";
        HttpResponse<String> first = node.send("POST", "/api/v1/securities", admin, body, "Idempotency-Key", "order-1");
        assertEquals(201, first.statusCode(), first.body());

        // Change the entry, so that a second execution of the POST would be refused (already listed, different).
        assertEquals(200, node.send("PUT", "/api/v1/securities/601318.SH", admin,
                "{\"name\":\"中国平安\",\"type\":\"STOCK\",\"aliases\":[\"平安保险\"]}").statusCode());

        HttpResponse<String> retry = node.send("POST", "/api/v1/securities", admin, body, "Idempotency-Key", "order-1");
        assertEquals(201, retry.statusCode());
        assertEquals(first.body(), retry.body());
        assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(""));

        node.stopNode();
        node.startNode();
        HttpResponse<String> afterRestart = node.send("POST", "/api/v1/securities", admin, body, "Idempotency-Key", "order-1");
        assertEquals(201, afterRestart.statusCode());
        assertEquals(first.body(), afterRestart.body());

        HttpResponse<String> withoutKey = node.send("POST", "/api/v1/securities", admin, body);
        assertEquals(409, withoutKey.statusCode(), "without the key the command runs again and is refused: " + withoutKey.body());
    }

    @Test
    void theSameKeyForADifferentRequestIsRefused() {
        assertEquals(201, node.send("POST", "/api/v1/securities", admin,
                "{\"code\":\"600030.SH\",\"name\":\"中信证券\",\"type\":\"STOCK\"}", "Idempotency-Key", "order-2").statusCode());
        HttpResponse<String> other = node.send("POST", "/api/v1/securities", admin,
                "{\"code\":\"600031.SH\",\"name\":\"三一重工\",\"type\":\"STOCK\"}", "Idempotency-Key", "order-2");
        assertEquals(422, other.statusCode(), other.body());
    }

    @Test
    void keysBelongToATenant() {
        String otherAdmin = node.token("oscar", "orion", Role.ADMIN);
        String body = "{\"code\":\"000001.SZ\",\"name\":\"平安银行\",\"type\":\"STOCK\"}";
        assertEquals(201, node.send("POST", "/api/v1/securities", admin, body, "Idempotency-Key", "shared-key").statusCode());
        HttpResponse<String> other = node.send("POST", "/api/v1/securities", otherAdmin, body, "Idempotency-Key", "shared-key");
        assertEquals(201, other.statusCode());
        assertTrue(other.headers().firstValue("Idempotent-Replayed").isEmpty());
        assertTrue(other.body().contains("\"tenant\":\"orion\""), other.body());
    }
}
