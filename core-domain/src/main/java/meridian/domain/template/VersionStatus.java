package meridian.domain.template;

/** A version is PENDING until its test cases have run; then ACCEPTED (all passed) or REJECTED, for good. */
public enum VersionStatus {
    PENDING, ACCEPTED, REJECTED
}
