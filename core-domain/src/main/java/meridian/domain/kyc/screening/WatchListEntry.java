package meridian.domain.kyc.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One entry of a watch list: who (name and aliases in any script), which list, and why. */
public record WatchListEntry(
        String id,
        String source,
        ListCategory category,
        EntryKind kind,
        String name,
        List<String> aliases,
        String country,
        String program,
        LocalDate listedOn) {

    public WatchListEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** The primary name followed by the aliases. */
    public List<String> allNames() {
        List<String> names = new ArrayList<>(1 + aliases.size());
        names.add(name);
        names.addAll(aliases);
        return names;
    }
}
