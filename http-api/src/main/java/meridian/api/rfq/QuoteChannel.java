package meridian.api.rfq;

import java.util.concurrent.CompletionStage;

/** Where the desk's chat replies go: the chat gateway's callback, or the log. */
public interface QuoteChannel {

    /** One message to a chat group; {@code kind} says what it is (QUOTE, REFUSAL, REJECTED, EXPIRED, BOOKED, UNRECOGNISED). */
    record Outbound(String groupId, String rfqId, String kind, String text) {
    }

    CompletionStage<Void> send(Outbound message);
}
