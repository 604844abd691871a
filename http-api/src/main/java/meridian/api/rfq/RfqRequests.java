package meridian.api.rfq;

import java.math.BigDecimal;
import java.util.List;

/** Bodies of the RFQ desk's calls. */
final class RfqRequests {

    private RfqRequests() {
    }

    record ParseRequest(String text) {
    }

    record EditedQuote(Integer leg, BigDecimal valuePct) {
    }

    /** {@code quotes}: replacement prices for some legs; absent or empty: approve as priced. */
    record ApproveRequest(List<EditedQuote> quotes) {
    }

    record RejectRequest(String reason) {
    }

    record BindRequest(String kycCaseId) {
    }

    record Binding(String groupId, String kycCaseId) {
    }

    record WebhookAnswer(String outcome, String rfqId) {
    }

    record ClientStats(String clientId, int rfqs, int quoted, int accepted, double hitRatio) {
    }
}
