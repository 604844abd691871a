package meridian.domain.template.script;

/**
 * When a value is known: SETUP values depend only on terms and market and are computed once per pricing;
 * PATH values depend on the simulated spot and are computed by the compiled program on every path.
 */
public enum Phase {
    SETUP, PATH;

    Phase join(Phase other) {
        return this == PATH || other == PATH ? PATH : SETUP;
    }
}
