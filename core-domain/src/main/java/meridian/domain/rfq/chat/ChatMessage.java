package meridian.domain.rfq.chat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

import java.util.ArrayList;
import java.util.List;

/** One message from a client chat group, as the gateway's webhook delivers it. */
public record ChatMessage(String groupId, String senderId, String messageId, String text, List<String> mentions) {

    static final int MAX_TEXT = 2000;
    private static final int MAX_ID = 128;

    @JsonCreator
    public ChatMessage(@JsonProperty("groupId") String groupId, @JsonProperty("senderId") String senderId,
                       @JsonProperty("messageId") String messageId, @JsonProperty("text") String text,
                       @JsonProperty("mentions") List<String> mentions) {
        List<FieldError> errors = new ArrayList<>();
        id("groupId", groupId, errors);
        id("senderId", senderId, errors);
        id("messageId", messageId, errors);
        if (text == null) {
            errors.add(new FieldError("text", "is required"));
        } else if (text.length() > MAX_TEXT) {
            errors.add(new FieldError("text", "must be at most " + MAX_TEXT + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        this.groupId = groupId;
        this.senderId = senderId;
        this.messageId = messageId;
        this.text = text;
        this.mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    public boolean mentions(String botId) {
        return mentions.contains(botId);
    }

    private static void id(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        } else if (value.length() > MAX_ID) {
            errors.add(new FieldError(field, "must be at most " + MAX_ID + " characters"));
        }
    }
}
