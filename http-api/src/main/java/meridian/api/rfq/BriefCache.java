package meridian.api.rfq;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Remembers lookups for a short while, so that a busy chat group does not read the same KYC case for every message.
 * Only answers that {@code keep} accepts are remembered; a failed lookup is never remembered.
 */
final class BriefCache<K, V> {

    private record Entry<V>(long expiresNanos, CompletionStage<V> value) {
    }

    private static final int MAX_ENTRIES = 10_000;

    private final long ttlNanos;
    private final Predicate<V> keep;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    BriefCache(Duration ttl, Predicate<V> keep) {
        this.ttlNanos = ttl.toNanos();
        this.keep = keep;
    }

    CompletionStage<V> get(K key, Function<K, CompletionStage<V>> lookup) {
        long now = System.nanoTime();
        Entry<V> entry = entries.get(key);
        if (entry != null && now - entry.expiresNanos() < 0) {
            return entry.value();
        }
        if (entries.size() > MAX_ENTRIES) {
            entries.clear();
        }
        CompletionStage<V> value = lookup.apply(key);
        entries.put(key, new Entry<>(now + ttlNanos, value));
        value.whenComplete((v, failure) -> {
            if (failure != null || !keep.test(v)) {
                entries.remove(key);
            }
        });
        return value;
    }

    void invalidate(K key) {
        entries.remove(key);
    }
}
