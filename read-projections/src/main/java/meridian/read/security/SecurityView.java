package meridian.read.security;

import java.time.Instant;
import java.util.List;

/** A security as readers see it. {@code tenant} is the owner ({@code _shared} for the seeded master). */
public record SecurityView(String tenant, String code, String name, String type, List<String> aliases,
                           String status, String updatedBy, Instant updatedAt) {
}
