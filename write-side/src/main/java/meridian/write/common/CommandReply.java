package meridian.write.common;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import meridian.domain.common.CborSerializable;

/** Every command gets one: accepted with the entity's new summary, or rejected with the reason (naming the state). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
@JsonSubTypes({
        @JsonSubTypes.Type(value = CommandReply.Accepted.class, name = "Accepted"),
        @JsonSubTypes.Type(value = CommandReply.Rejected.class, name = "Rejected")})
public sealed interface CommandReply<T> extends CborSerializable {

    record Accepted<T>(@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS) T summary) implements CommandReply<T> {
    }

    record Rejected<T>(String reason) implements CommandReply<T> {
    }
}
