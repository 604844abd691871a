package meridian.write.rfq;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import meridian.domain.rfq.flow.Rfq;
import meridian.domain.rfq.flow.RfqCommand;
import meridian.domain.rfq.flow.RfqEvent;

/**
 * The work an RFQ hands to the desk between its states: read the message (RECEIVED), check the client and price the
 * legs (PARSED), send the approved quote (APPROVED), book the accepted one (ACCEPTED). Each answer is the RFQ's next
 * command, which the entity persists like any other. {@link #announce} tells the chat what happened (refusals,
 * expiries, bookings) once the event is stored.
 */
public interface RfqDesk {

    /** Steps only when commanded from outside (tests of the state machine alone). */
    RfqDesk MANUAL = new RfqDesk() {
        @Override
        public CompletionStage<Optional<RfqCommand>> next(Rfq rfq) {
            return CompletableFuture.completedFuture(Optional.empty());
        }

        @Override
        public void announce(Rfq rfq, RfqEvent event) {
        }
    };

    /** The command that moves the RFQ on from its state; empty when it waits for a person or has finished. */
    CompletionStage<Optional<RfqCommand>> next(Rfq rfq);

    /**
     * The command that moves the RFQ on from its state when the desk can answer at once, on the entity's own thread
     * (reading the message): the entity stores its events with the ones that led to the state, in one write. Empty
     * when the step needs to wait for something ({@link #next} then runs it).
     */
    default Optional<RfqCommand> immediate(Rfq rfq) {
        return Optional.empty();
    }

    /** Called once per live event, after it is stored (never on replay). */
    void announce(Rfq rfq, RfqEvent event);
}
