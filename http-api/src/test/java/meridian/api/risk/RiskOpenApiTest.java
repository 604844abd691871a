package meridian.api.risk;

import meridian.api.http.OpenApiFragments;
import org.junit.jupiter.api.Test;

/** The risk fragment of the OpenAPI document documents exactly the risk routes. */
class RiskOpenApiTest {

    @Test
    void theFragmentDocumentsEveryRiskRouteAndNothingElse() throws Exception {
        OpenApiFragments.assertDocumentsExactly("risk", RiskRoutes.ENDPOINTS);
    }
}
