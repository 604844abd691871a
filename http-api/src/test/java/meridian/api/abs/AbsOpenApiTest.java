package meridian.api.abs;

import meridian.api.http.OpenApiFragments;
import org.junit.jupiter.api.Test;

/** The abs fragment of the OpenAPI document documents exactly the ABS routes. */
class AbsOpenApiTest {

    @Test
    void theFragmentDocumentsEveryAbsRouteAndNothingElse() throws Exception {
        OpenApiFragments.assertDocumentsExactly("abs", AbsRoutes.ENDPOINTS);
    }
}
