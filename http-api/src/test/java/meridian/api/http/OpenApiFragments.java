package meridian.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** Checks an area's OpenAPI fragment: it documents exactly the area's routes, and every schema it refers to exists. */
public final class OpenApiFragments {
    private static final String SCHEMAS = "#/components/schemas/";

    private OpenApiFragments() {
    }

    public static void assertDocumentsExactly(String area, Collection<Endpoint> endpoints) throws IOException {
        JsonNode fragment;
        String resource = "/meridian/api/openapi/" + area + ".json";
        try (InputStream in = OpenApiFragments.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is on the classpath");
            fragment = Json.MAPPER.readTree(in);
        }
        Set<String> documented = new TreeSet<>();
        fragment.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (!method.equals("parameters")) documented.add(method.toUpperCase() + " " + path.getKey());
        }));
        Set<String> routed = new TreeSet<>();
        endpoints.forEach(e -> routed.add(e.method() + " " + e.template()));
        assertEquals(routed, documented);

        Set<String> referenced = new TreeSet<>();
        collectRefs(fragment.get("paths"), referenced);
        collectRefs(fragment.get("components"), referenced);
        for (String ref : referenced) {
            if (ref.startsWith(SCHEMAS)) {
                assertTrue(fragment.get("components").get("schemas").has(ref.substring(SCHEMAS.length())),
                        ref + " is defined");
            }
        }
    }

    private static void collectRefs(JsonNode node, Set<String> refs) {
        if (node == null) return;
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
