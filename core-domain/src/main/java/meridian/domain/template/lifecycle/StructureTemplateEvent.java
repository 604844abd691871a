package meridian.domain.template.lifecycle;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import meridian.domain.common.CborSerializable;

import java.time.Instant;
import java.util.List;

/** What happened to a structure template: a version was submitted, then validated (accepted) or rejected by its tests. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
@JsonSubTypes({
        @JsonSubTypes.Type(value = StructureTemplateEvent.TemplateVersionSubmitted.class, name = "TemplateVersionSubmitted"),
        @JsonSubTypes.Type(value = StructureTemplateEvent.TemplateVersionValidated.class, name = "TemplateVersionValidated"),
        @JsonSubTypes.Type(value = StructureTemplateEvent.TemplateVersionRejected.class, name = "TemplateVersionRejected")})
public sealed interface StructureTemplateEvent extends CborSerializable {

    String tenant();

    String name();

    int version();

    String by();

    Instant at();

    /** A new version: the canonical JSON of its definition and the SHA-256 (hex) of that JSON. */
    record TemplateVersionSubmitted(String tenant, String name, int version, String hash, String definition,
                                    String description, String by, Instant at) implements StructureTemplateEvent {
    }

    /** Every test case of the version passed: it is ACCEPTED and may price deals. */
    record TemplateVersionValidated(String tenant, String name, int version, String hash, List<TestOutcome> results,
                                    String by, Instant at) implements StructureTemplateEvent {
        public TemplateVersionValidated {
            results = List.copyOf(results);
        }
    }

    /** Some test case failed: the version is REJECTED for good. */
    record TemplateVersionRejected(String tenant, String name, int version, String hash, List<TestOutcome> results,
                                   String by, Instant at) implements StructureTemplateEvent {
        public TemplateVersionRejected {
            results = List.copyOf(results);
        }
    }
}
