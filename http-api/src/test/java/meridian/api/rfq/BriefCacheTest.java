package meridian.api.rfq;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BriefCacheTest {

    private final AtomicInteger lookups = new AtomicInteger();

    private CompletableFuture<Optional<String>> lookup(Optional<String> answer) {
        lookups.incrementAndGet();
        return CompletableFuture.completedFuture(answer);
    }

    @Test
    void aFoundValueIsReadOnceWithinItsLifetimeAndAgainAfterIt() throws Exception {
        BriefCache<String, Optional<String>> cache = new BriefCache<>(Duration.ofMillis(200), Optional::isPresent);
        assertEquals(Optional.of("K1"), cache.get("g1", k -> lookup(Optional.of("K1"))).toCompletableFuture().join());
        assertEquals(Optional.of("K1"), cache.get("g1", k -> lookup(Optional.of("K2"))).toCompletableFuture().join());
        assertEquals(1, lookups.get());
        Thread.sleep(250);
        assertEquals(Optional.of("K2"), cache.get("g1", k -> lookup(Optional.of("K2"))).toCompletableFuture().join());
        assertEquals(2, lookups.get());
    }

    @Test
    void missesFailuresAndInvalidatedKeysAreReadAgain() {
        BriefCache<String, Optional<String>> cache = new BriefCache<>(Duration.ofMinutes(1), Optional::isPresent);
        cache.get("g1", k -> lookup(Optional.empty()));
        cache.get("g1", k -> lookup(Optional.empty()));
        assertEquals(2, lookups.get());
        cache.get("g2", k -> CompletableFuture.failedFuture(new IllegalStateException("store down")));
        assertEquals(Optional.of("K2"), cache.get("g2", k -> lookup(Optional.of("K2"))).toCompletableFuture().join());
        cache.invalidate("g2");
        assertEquals(Optional.of("K3"), cache.get("g2", k -> lookup(Optional.of("K3"))).toCompletableFuture().join());
    }
}
