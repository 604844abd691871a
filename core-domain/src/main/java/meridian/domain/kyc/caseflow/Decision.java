package meridian.domain.kyc.caseflow;

import java.util.List;
import meridian.domain.common.FieldError;

/** The outcome of deciding a command: the events to persist, or a refusal that says why. */
public sealed interface Decision {

    record Accepted(List<KycEvent> events) implements Decision {
        public Accepted {
            events = List.copyOf(events);
        }
    }

    record Rejected(RejectionCode code, String reason, List<FieldError> errors) implements Decision {
        public Rejected {
            errors = List.copyOf(errors);
        }
    }

    static Decision accept(KycEvent... events) {
        return new Accepted(List.of(events));
    }

    static Decision reject(RejectionCode code, String reason) {
        return new Rejected(code, reason, List.of());
    }

    static Decision invalid(List<FieldError> errors) {
        return new Rejected(RejectionCode.INVALID_INPUT, "invalid input: " + errors.size() + " field(s)", errors);
    }
}
