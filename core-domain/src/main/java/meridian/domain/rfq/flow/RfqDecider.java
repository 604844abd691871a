package meridian.domain.rfq.flow;

import meridian.domain.common.Decision;
import meridian.domain.rfq.flow.RfqCommand.Approve;
import meridian.domain.rfq.flow.RfqCommand.ClientReplied;
import meridian.domain.rfq.flow.RfqCommand.Expire;
import meridian.domain.rfq.flow.RfqCommand.Receive;
import meridian.domain.rfq.flow.RfqCommand.RecordBooking;
import meridian.domain.rfq.flow.RfqCommand.RecordParse;
import meridian.domain.rfq.flow.RfqCommand.RecordQuotes;
import meridian.domain.rfq.flow.RfqCommand.RecordSent;
import meridian.domain.rfq.flow.RfqCommand.RefuseClient;
import meridian.domain.rfq.flow.RfqCommand.Reject;
import meridian.domain.rfq.flow.RfqEvent.ApprovalLapsed;
import meridian.domain.rfq.flow.RfqEvent.ClientRefused;
import meridian.domain.rfq.flow.RfqEvent.QuoteAccepted;
import meridian.domain.rfq.flow.RfqEvent.QuoteApproved;
import meridian.domain.rfq.flow.RfqEvent.QuoteDeclined;
import meridian.domain.rfq.flow.RfqEvent.QuoteExpired;
import meridian.domain.rfq.flow.RfqEvent.QuoteRejected;
import meridian.domain.rfq.flow.RfqEvent.QuoteSent;
import meridian.domain.rfq.flow.RfqEvent.QuotesPriced;
import meridian.domain.rfq.flow.RfqEvent.RfqBooked;
import meridian.domain.rfq.flow.RfqEvent.RfqIgnored;
import meridian.domain.rfq.flow.RfqEvent.RfqParsed;
import meridian.domain.rfq.flow.RfqEvent.RfqReceived;
import meridian.domain.rfq.reply.AcceptanceIntent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The RFQ's rules: Received → Parsed (or Ignored: no legs) → Refused (client not eligible) or priced →
 * PendingApproval (or Approved by a desk rule) → Approved or Rejected by a trader, or Expired when no trader approved
 * the price in time → Sent → Accepted, Declined or Expired → Booked. A command outside its state is refused, naming
 * the state.
 */
public final class RfqDecider {

    private RfqDecider() {
    }

    public static Decision<RfqEvent> decide(Rfq rfq, RfqCommand command, Instant now) {
        if (command instanceof Receive c) {
            Decision<RfqEvent> refused = in(rfq, RfqStatus.NEW, command);
            return refused != null ? refused
                    : Decision.accept(new RfqReceived(c.rfqId(), c.tenant(), c.groupId(), c.clientId(), c.messageId(), c.text(), now));
        }
        if (command instanceof RecordParse c) {
            Decision<RfqEvent> refused = in(rfq, RfqStatus.RECEIVED, command);
            if (refused != null) {
                return refused;
            }
            return c.legs().isEmpty()
                    ? Decision.accept(new RfqIgnored("no quote recognised in the message", now))
                    : Decision.accept(new RfqParsed(c.legs(), now));
        }
        if (command instanceof RefuseClient c) {
            Decision<RfqEvent> refused = in(rfq, RfqStatus.PARSED, command);
            return refused != null ? refused : Decision.accept(new ClientRefused(c.reason(), now));
        }
        if (command instanceof RecordQuotes c) {
            Decision<RfqEvent> refused = in(rfq, RfqStatus.PARSED, command);
            if (refused != null) {
                return refused;
            }
            String mismatch = coverage(rfq, c.quotes(), true);
            if (mismatch != null) {
                return Decision.reject(mismatch);
            }
            Instant approveBy = c.autoApprove() ? null : c.approveBy();
            return approveBy != null && !approveBy.isAfter(now) ? Decision.reject("the approval deadline must be after the pricing")
                    : Decision.accept(new QuotesPriced(c.quotes(), c.autoApprove(), approveBy, now));
        }
        if (command instanceof Approve c) {
            Decision<RfqEvent> refused = in(rfq, RfqStatus.PENDING_APPROVAL, command);
            if (refused != null) {
                return refused;
            }
            if (rfq.validityPassed(now)) {
                return Decision.reject("the price lapsed at " + rfq.validUntil() + " without approval; the client is asked to ask again");
            }
            String mismatch = coverage(rfq, c.edits(), false);
            return mismatch != null ? Decision.reject(mismatch)
                    : Decision.accept(new QuoteApproved(c.trader(), merge(rfq.quotes(), c.edits()), now));
        }
        if (command instanceof Reject c) {
            Decision<RfqEvent> refused = in(rfq, RfqStatus.PENDING_APPROVAL, command);
            return refused != null ? refused : Decision.accept(new QuoteRejected(c.trader(), c.reason(), now));
        }
        if (command instanceof RecordSent c) {
            Decision<RfqEvent> refused = in(rfq, RfqStatus.APPROVED, command);
            if (refused != null) {
                return refused;
            }
            return c.validUntil().isAfter(now) ? Decision.accept(new QuoteSent(c.replyText(), c.validUntil(), now))
                    : Decision.reject("a quote must be valid after it is sent");
        }
        if (command instanceof ClientReplied c) {
            Decision<RfqEvent> refused = in(rfq, RfqStatus.SENT, command);
            if (refused != null) {
                return refused;
            }
            if (c.intent() == AcceptanceIntent.NONE) {
                return Decision.accept();
            }
            if (rfq.validityPassed(now)) {
                return Decision.accept(new QuoteExpired(now));
            }
            return c.intent() == AcceptanceIntent.ACCEPT
                    ? Decision.accept(new QuoteAccepted(c.messageId(), now))
                    : Decision.accept(new QuoteDeclined(c.messageId(), now));
        }
        if (command instanceof Expire && rfq.status() == RfqStatus.PENDING_APPROVAL) {
            return rfq.validityPassed(now) ? Decision.accept(new ApprovalLapsed(rfq.validUntil(), now))
                    : Decision.reject(rfq.validUntil() == null ? "the price waits for a trader without a deadline"
                            : "the price awaits approval until " + rfq.validUntil());
        }
        if (command instanceof Expire) {
            Decision<RfqEvent> refused = in(rfq, RfqStatus.SENT, command);
            if (refused != null) {
                return refused;
            }
            return rfq.validityPassed(now) ? Decision.accept(new QuoteExpired(now))
                    : Decision.reject("the quote is valid until " + rfq.validUntil());
        }
        RecordBooking c = (RecordBooking) command;
        Decision<RfqEvent> refused = in(rfq, RfqStatus.ACCEPTED, command);
        return refused != null ? refused : Decision.accept(new RfqBooked(c.dealIds(), now));
    }

    public static Rfq apply(Rfq rfq, RfqEvent event) {
        if (event instanceof RfqReceived e) {
            return new Rfq(RfqStatus.RECEIVED, e.rfqId(), e.tenant(), e.groupId(), e.clientId(), e.text(),
                    List.of(), List.of(), e.at(), null, null, List.of());
        }
        if (event instanceof RfqParsed e) {
            return rfq.withLegs(e.legs());
        }
        if (event instanceof RfqIgnored e) {
            return rfq.withOutcome(RfqStatus.IGNORED, e.reason());
        }
        if (event instanceof ClientRefused e) {
            return rfq.withOutcome(RfqStatus.REFUSED, e.reason());
        }
        if (event instanceof QuotesPriced e) {
            return rfq.withQuotes(e.autoApproved() ? RfqStatus.APPROVED : RfqStatus.PENDING_APPROVAL, e.quotes(), e.approveBy());
        }
        if (event instanceof QuoteApproved e) {
            return rfq.withQuotes(RfqStatus.APPROVED, e.quotes(), null);
        }
        if (event instanceof ApprovalLapsed e) {
            return rfq.withOutcome(RfqStatus.EXPIRED, "not approved by " + e.approveBy());
        }
        if (event instanceof QuoteRejected e) {
            return rfq.withOutcome(RfqStatus.REJECTED, e.reason());
        }
        if (event instanceof QuoteSent e) {
            return rfq.sent(e.validUntil());
        }
        if (event instanceof QuoteAccepted) {
            return rfq.with(RfqStatus.ACCEPTED);
        }
        if (event instanceof QuoteDeclined) {
            return rfq.with(RfqStatus.DECLINED);
        }
        if (event instanceof QuoteExpired) {
            return rfq.with(RfqStatus.EXPIRED);
        }
        return rfq.booked(((RfqBooked) event).dealIds());
    }

    private static Decision<RfqEvent> in(Rfq rfq, RfqStatus required, RfqCommand command) {
        return rfq.status() == required ? null
                : Decision.reject(command.getClass().getSimpleName() + " is not allowed in state " + rfq.status());
    }

    /** Quotes name legs of this RFQ at most once; when {@code complete}, every leg exactly once. */
    private static String coverage(Rfq rfq, List<LegQuote> quotes, boolean complete) {
        boolean[] seen = new boolean[rfq.legs().size()];
        for (LegQuote quote : quotes) {
            if (quote.leg() >= seen.length) {
                return "leg " + quote.leg() + " does not exist: the RFQ has " + seen.length + " legs";
            }
            if (seen[quote.leg()]) {
                return "leg " + quote.leg() + " is quoted twice";
            }
            seen[quote.leg()] = true;
        }
        if (complete) {
            for (int leg = 0; leg < seen.length; leg++) {
                if (!seen[leg]) {
                    return "leg " + leg + " has no quote";
                }
            }
        }
        return null;
    }

    private static List<LegQuote> merge(List<LegQuote> priced, List<LegQuote> edits) {
        Map<Integer, LegQuote> byLeg = new TreeMap<>();
        priced.forEach(q -> byLeg.put(q.leg(), q));
        edits.forEach(q -> byLeg.put(q.leg(), q));
        return new ArrayList<>(byLeg.values());
    }
}
