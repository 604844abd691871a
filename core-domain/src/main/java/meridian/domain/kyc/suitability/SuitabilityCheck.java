package meridian.domain.kyc.suitability;

/** One criterion of the professional-investor test, whether it is met, and the figures that decided it. */
public record SuitabilityCheck(String criterion, boolean met, String detail) {
}
