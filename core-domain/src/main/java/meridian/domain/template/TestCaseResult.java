package meridian.domain.template;

/** The outcome of one test case: the pv found (NaN when pricing failed) and why it failed, if it did. */
public record TestCaseResult(String name, double expectedPv, double tolerance, double pv, double stdErr,
                             boolean passed, String failure) {
}
