package meridian.api.risk;

import com.fasterxml.jackson.databind.JsonNode;
import meridian.api.http.Json;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/** The risk fragment of the OpenAPI document documents exactly the ABS routes. */
class RiskOpenApiTest {

    @Test
    void theFragmentDocumentsEveryRiskRouteAndNothingElse() throws Exception {
        JsonNode fragment;
        try (InputStream in = RiskOpenApiTest.class.getResourceAsStream("/meridian/api/openapi/risk.json")) {
            assertNotNull(in, "risk.json is on the classpath");
            fragment = Json.MAPPER.readTree(in);
        }
        Set<String> documented = new TreeSet<>();
        fragment.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (!method.equals("parameters")) documented.add(method.toUpperCase() + " " + path.getKey());
        }));
        Set<String> routed = new TreeSet<>();
        RiskRoutes.ENDPOINTS.forEach(e -> routed.add(e.method() + " " + e.template()));
        assertEquals(routed, documented);

        Set<String> referenced = new TreeSet<>();
        collectRefs(fragment.get("paths"), referenced);
        collectRefs(fragment.get("components"), referenced);
        for (String ref : referenced) {
            if (ref.startsWith("#/components/schemas/")) {
                assertTrue(fragment.get("components").get("schemas").has(ref.substring("#/components/schemas/".length())),
                        ref + " is defined");
            }
        }
    }

    private static void collectRefs(JsonNode node, Set<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) refs.add(e.getValue().asText());
                else collectRefs(e.getValue(), refs);
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }
}
