package meridian.domain.template;

/** Defaults of the pricing contract that template test cases share with the API. */
public final class TemplateDefaults {
    /** The fixed default seed, so that repeated calls agree. */
    public static final long SEED = 20260105L;
    public static final int PATHS = 100_000;

    private TemplateDefaults() {
    }
}
