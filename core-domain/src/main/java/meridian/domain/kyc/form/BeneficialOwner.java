package meridian.domain.kyc.form;

import java.math.BigDecimal;

/**
 * An ultimate beneficial owner. {@code nationality} is ISO 3166 alpha-2; for CN the {@code idNumber} is the 18-digit
 * resident ID number, otherwise a passport number. {@code ownershipLayers} counts the companies between the owner and the
 * institution plus one (1 = holds the shares directly).
 */
public record BeneficialOwner(
        String name,
        String nationality,
        String idNumber,
        BigDecimal ownershipPct,
        Integer ownershipLayers,
        Boolean politicallyExposed) {

    public BeneficialOwner {
        name = Text.clean(name);
        nationality = Text.clean(nationality);
        idNumber = Text.clean(idNumber);
    }

    BeneficialOwner withIdNumber(String value) {
        return new BeneficialOwner(name, nationality, value, ownershipPct, ownershipLayers, politicallyExposed);
    }
}
