package meridian.domain.kyc.aml;

/** One line of the scorecard: which factor, what was found, and the points it adds. */
public record AmlFactor(String factor, String detail, int points) {
}
