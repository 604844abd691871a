package meridian.api.it;

import meridian.api.auth.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.*;

/** Cassandra lost while running: commands get 503 problems, /ready turns false; back by itself when Cassandra returns. */
class CassandraOutageIT {

    private static TestNode node;
    private static String admin;

    @BeforeAll
    static void start() throws Exception {
        node = TestNode.start(CassandraOutageIT.class);
        admin = node.token("gina", "galaxy", Role.ADMIN);
    }

    @AfterAll
    static void stop() {
        TestCassandra.contactPoint();
        node.close();
    }

    @Test
    void commandsAre503WhileCassandraIsDownAndWorkAgainAfter() throws Exception {
        assertEquals(201, node.send("POST", "/api/v1/securities", admin,
                "{\"code\":\"601398.SH\",\"name\":\"工商银行\",\"type\":\"STOCK\"}").statusCode());

        TestCassandra.stop();
        HttpResponse<String> refused = node.send("POST", "/api/v1/securities", admin,
                "{\"code\":\"601939.SH\",\"name\":\"建设银行\",\"type\":\"STOCK\"}");
        assertEquals(503, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        HttpResponse<String> ready = node.get("/ready", null);
        assertEquals(503, ready.statusCode());
        assertTrue(ready.body().contains("\"cassandra\":\"down\""), ready.body());

        TestCassandra.contactPoint();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        HttpResponse<String> accepted;
        do {
            Thread.sleep(1000);
            accepted = node.send("POST", "/api/v1/securities", admin,
                    "{\"code\":\"601939.SH\",\"name\":\"建设银行\",\"type\":\"STOCK\"}");
        } while (accepted.statusCode() != 201 && Instant.now().isBefore(deadline));
        assertEquals(201, accepted.statusCode(), accepted.body());
        node.awaitReady();
    }
}
