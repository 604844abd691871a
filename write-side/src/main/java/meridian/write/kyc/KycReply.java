package meridian.write.kyc;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import meridian.domain.common.CborSerializable;
import meridian.domain.common.FieldError;
import meridian.domain.kyc.caseflow.KycCase;
import meridian.domain.kyc.caseflow.KycStatus;
import meridian.domain.kyc.caseflow.RejectionCode;

/**
 * The answer to every command a KYC case receives: accepted once its events are stored (with the new state), or
 * rejected with the code that decides the HTTP status, the reason (naming the state where that is the cause), the
 * invalid fields, and the state the case was in.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
@JsonSubTypes({
        @JsonSubTypes.Type(value = KycReply.Accepted.class, name = "Accepted"),
        @JsonSubTypes.Type(value = KycReply.Rejected.class, name = "Rejected")})
public sealed interface KycReply extends CborSerializable {

    record Accepted(KycCase state) implements KycReply {
    }

    record Rejected(RejectionCode code, String reason, List<FieldError> errors, KycStatus status) implements KycReply {
        public Rejected {
            errors = errors == null ? List.of() : List.copyOf(errors);
        }
    }
}
