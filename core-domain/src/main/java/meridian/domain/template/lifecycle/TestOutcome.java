package meridian.domain.template.lifecycle;

import meridian.domain.common.CborSerializable;

/** The verdict on one test case: expected pv and tolerance from the definition, the pv found, and why it failed. */
public record TestOutcome(String name, double expectedPv, double tolerance, Double pv, Double stdErr, boolean passed,
                          String failure) implements CborSerializable {
}
