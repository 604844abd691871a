package meridian.domain.template.lifecycle;

import meridian.domain.common.CborSerializable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every version of one template of one tenant, oldest first (version n at index n-1). Empty before the first. */
public record StructureTemplateState(String tenant, String name, List<VersionRecord> versions) implements CborSerializable {
    public StructureTemplateState {
        versions = versions == null ? List.of() : List.copyOf(versions);
    }

    public static StructureTemplateState initial() {
        return new StructureTemplateState(null, null, List.of());
    }

    public boolean exists() {
        return !versions.isEmpty();
    }

    public Optional<VersionRecord> version(int version) {
        return version >= 1 && version <= versions.size() ? Optional.of(versions.get(version - 1)) : Optional.empty();
    }

    public Optional<VersionRecord> byHash(String hash) {
        return versions.stream().filter(v -> v.hash().equals(hash)).findFirst();
    }

    /** This state with {@code record} added (the next version) or replacing its version. */
    StructureTemplateState with(String owner, VersionRecord record) {
        List<VersionRecord> next = new ArrayList<>(versions);
        if (record.version() == versions.size() + 1) {
            next.add(record);
        } else {
            next.set(record.version() - 1, record);
        }
        return new StructureTemplateState(owner, record.name(), next);
    }
}
