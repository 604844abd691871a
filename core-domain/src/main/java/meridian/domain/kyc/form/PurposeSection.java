package meridian.domain.kyc.form;

/** The purpose step: hedging or investment, with an optional free-text description. */
public record PurposeSection(Purpose purpose, String description) implements FormSection {
    public PurposeSection {
        description = Text.clean(description);
    }
}
