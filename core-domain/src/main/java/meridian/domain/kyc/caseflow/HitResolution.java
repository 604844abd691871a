package meridian.domain.kyc.caseflow;

/** AML's conclusion on a screening hit. A true match blocks approval for good. */
public enum HitResolution {
    FALSE_POSITIVE,
    TRUE_MATCH
}
