package meridian.domain.security;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import meridian.domain.common.CborSerializable;

import java.time.Instant;

/** What happened to a security master entry. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
@JsonSubTypes({
        @JsonSubTypes.Type(value = SecurityEvent.SecurityListed.class, name = "SecurityListed"),
        @JsonSubTypes.Type(value = SecurityEvent.SecurityAmended.class, name = "SecurityAmended"),
        @JsonSubTypes.Type(value = SecurityEvent.SecurityDelisted.class, name = "SecurityDelisted")})
public sealed interface SecurityEvent extends CborSerializable {

    String tenant();

    String by();

    Instant at();

    record SecurityListed(String tenant, Security security, String by, Instant at) implements SecurityEvent {
    }

    record SecurityAmended(String tenant, Security before, Security after, String by, Instant at) implements SecurityEvent {
    }

    record SecurityDelisted(String tenant, Security security, String by, Instant at) implements SecurityEvent {
    }
}
