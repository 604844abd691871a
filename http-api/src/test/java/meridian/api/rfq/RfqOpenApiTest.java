package meridian.api.rfq;

import meridian.api.http.OpenApiFragments;
import org.junit.jupiter.api.Test;

/** The rfq fragment of the OpenAPI document documents exactly the RFQ desk routes. */
class RfqOpenApiTest {

    @Test
    void theFragmentDocumentsEveryRfqRouteAndNothingElse() throws Exception {
        OpenApiFragments.assertDocumentsExactly("rfq", RfqRoutes.ENDPOINTS);
    }
}
