package meridian.api.rfq;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes each chat reply to the log (development, or a desk that copies replies by hand). */
public final class LogQuoteChannel implements QuoteChannel {

    private static final Logger LOG = LoggerFactory.getLogger(LogQuoteChannel.class);

    @Override
    public CompletionStage<Void> send(Outbound message) {
        LOG.info("chat reply to group {} (RFQ {}, {}): {}", message.groupId(), message.rfqId(), message.kind(), message.text());
        return CompletableFuture.completedFuture(null);
    }
}
