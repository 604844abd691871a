package meridian.domain.risk;

/** A contract of the book a run could not value (expired, no market, bad terms), and why. */
public record SkippedContract(String contractId, String reason) {
}
