package meridian.write.common;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Each entity type writes its events under a fixed number of tags, chosen by hashing the entity id,
 * so that one projection instance per tag can consume them in parallel.
 */
public record EntityTags(String prefix, int count) {

    public EntityTags {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive");
        }
    }

    public String tagFor(String entityId) {
        return prefix + "-" + Math.floorMod(entityId.hashCode(), count);
    }

    public List<String> all() {
        return IntStream.range(0, count).mapToObj(i -> prefix + "-" + i).toList();
    }
}
