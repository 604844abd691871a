package meridian.domain.common;

import java.util.Objects;

/** Who asks for a change: the token's subject and tenant. Recorded in every event. */
public record Caller(String subject, String tenant) implements CborSerializable {
    public Caller {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(tenant, "tenant");
    }
}
