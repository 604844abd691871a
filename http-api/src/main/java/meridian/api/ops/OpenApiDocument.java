package meridian.api.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import meridian.api.http.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The served OpenAPI 3 document: the base (info, shared components) plus every module's paths and schemas. */
public final class OpenApiDocument {

    public static final String BASE = "/meridian/api/openapi.json";

    private OpenApiDocument() {
    }

    public static String compose(List<String> fragments) {
        ObjectNode document = (ObjectNode) read(BASE);
        ObjectNode paths = document.with("paths");
        ObjectNode schemas = ((ObjectNode) document.get("components")).with("schemas");
        for (String fragment : fragments) {
            JsonNode part = read(fragment);
            part.path("paths").fields().forEachRemaining(e -> paths.set(e.getKey(), e.getValue()));
            part.path("components").path("schemas").fields().forEachRemaining(e -> schemas.set(e.getKey(), e.getValue()));
        }
        return Json.write(document);
    }

    private static JsonNode read(String resource) {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenAPI resource " + resource + " is missing");
            }
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
