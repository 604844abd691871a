package meridian.domain.kyc.suitability;

import java.util.List;

/** Whether a client is a professional investor for OTC options, with every check that led there. */
public record SuitabilityResult(boolean professionalInvestor, List<SuitabilityCheck> checks) {
    public SuitabilityResult {
        checks = List.copyOf(checks);
    }

    /** The failed checks: why the client may not trade OTC derivatives (empty when it may). */
    public List<SuitabilityCheck> failures() {
        return checks.stream().filter(c -> !c.met()).toList();
    }
}
