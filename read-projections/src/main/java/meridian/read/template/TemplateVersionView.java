package meridian.read.template;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import meridian.domain.template.lifecycle.TestOutcome;

import java.time.Instant;
import java.util.List;

/**
 * A template version as readers see it. Listings leave out {@code definition} and {@code results} (null); reading one
 * version includes the definition (the canonical JSON that the hash covers) and the test outcomes that decided it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemplateVersionView(String name, int version, String hash, String description, String status,
                                  String submittedBy, Instant submittedAt, String decidedBy, Instant decidedAt,
                                  JsonNode definition, List<TestOutcome> results) {

    public TemplateVersionView summary() {
        return new TemplateVersionView(name, version, hash, description, status, submittedBy, submittedAt, decidedBy,
                decidedAt, null, null);
    }
}
