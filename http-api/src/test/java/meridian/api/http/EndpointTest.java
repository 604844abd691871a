package meridian.api.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class EndpointTest {

    private final Endpoint one = new Endpoint("GET", "/api/v1/rfq/requests/{rfqId}", Set.of());

    @Test
    void aTemplateVariableMatchesOnePathSegment() {
        assertTrue(one.matches("GET", "/api/v1/rfq/requests/RFQ-1"));
        assertTrue(one.matches("GET", "/api/v1/rfq/requests/RFQ-2"), "the compiled pattern is reused, not stuck on one path");
        assertFalse(one.matches("GET", "/api/v1/rfq/requests/RFQ-1/approve"));
        assertFalse(one.matches("GET", "/api/v1/rfq/requests"));
    }

    @Test
    void theMethodMustMatchToo() {
        assertFalse(one.matches("POST", "/api/v1/rfq/requests/RFQ-1"));
    }
}
