package meridian.read.kyc;

import java.time.Instant;
import meridian.domain.kyc.caseflow.KycCase;
import meridian.domain.kyc.caseflow.KycRole;

/** A case as the read side holds it: the state with personal values masked, and where it waits in review. */
public record KycCaseView(String tenant, String caseId, KycCase state, KycRole waitingFor, Instant waitingSince,
        Instant firstSubmittedAt, Instant createdAt, Instant updatedAt) {
}
