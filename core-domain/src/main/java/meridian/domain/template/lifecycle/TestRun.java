package meridian.domain.template.lifecycle;

import meridian.domain.common.CborSerializable;

/**
 * What pricing one test case gave: its pv and standard error, or the error that stopped it (then pv is null).
 * The entity, not the runner, decides whether the case passed.
 */
public record TestRun(String name, Double pv, Double stdErr, String error) implements CborSerializable {
    public TestRun {
        if (name == null) {
            throw new IllegalArgumentException("a test run names its test case");
        }
        if ((pv == null) == (error == null)) {
            throw new IllegalArgumentException("a test run has either a pv or an error");
        }
    }

    public static TestRun priced(String name, double pv, double stdErr) {
        return new TestRun(name, pv, stdErr, null);
    }

    public static TestRun failed(String name, String error) {
        return new TestRun(name, null, null, error);
    }
}
