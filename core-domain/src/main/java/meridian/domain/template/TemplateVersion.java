package meridian.domain.template;

import java.util.List;
import java.util.Objects;

/**
 * One version of a template. The definition never changes; its SHA-256 ({@code hash}, hex) identifies it.
 * Only the verdict moves, once, from PENDING to ACCEPTED or REJECTED, with the results that decided it.
 */
public record TemplateVersion(String name, int version, String hash, CompiledTemplate template, VersionStatus status,
                              List<TestCaseResult> results) {
    public TemplateVersion {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(status, "status");
        results = results == null ? List.of() : List.copyOf(results);
    }

    public TemplateDefinition definition() {
        return template.definition();
    }

    public boolean accepted() {
        return status == VersionStatus.ACCEPTED;
    }
}
