package meridian.domain.kyc.form;

import java.math.BigDecimal;

/** The prospect itself, as on its business licence. Registered capital in CNY. */
public record InstitutionProfile(
        String name,
        InstitutionType type,
        String unifiedSocialCreditCode,
        String registeredAddress,
        String legalRepresentative,
        BigDecimal registeredCapitalCny,
        Industry industry) implements FormSection {

    public InstitutionProfile {
        name = Text.clean(name);
        unifiedSocialCreditCode = Text.clean(unifiedSocialCreditCode);
        registeredAddress = Text.clean(registeredAddress);
        legalRepresentative = Text.clean(legalRepresentative);
    }
}
