package meridian.domain.template.lifecycle;

import meridian.domain.common.CborSerializable;
import meridian.domain.template.VersionStatus;

import java.time.Instant;
import java.util.List;

/**
 * One version of a structure template as the entity keeps it: the canonical JSON of its definition and its hash
 * (never changed), its status, and the test outcomes that decided it.
 */
public record VersionRecord(String name, int version, String hash, String description, String definition,
                            VersionStatus status,
                            List<TestOutcome> results, String submittedBy, Instant submittedAt, String decidedBy,
                            Instant decidedAt) implements CborSerializable {
    public VersionRecord {
        results = results == null ? List.of() : List.copyOf(results);
    }

    public boolean accepted() {
        return status == VersionStatus.ACCEPTED;
    }

    VersionRecord decided(VersionStatus verdict, List<TestOutcome> outcomes, String by, Instant at) {
        return new VersionRecord(name, version, hash, description, definition, verdict, outcomes, submittedBy, submittedAt, by, at);
    }
}
