package meridian.domain.kyc.form;

import java.util.List;

/** The owners step of the form: the whole list is replaced when saved. */
public record BeneficialOwners(List<BeneficialOwner> owners) implements FormSection {
    public BeneficialOwners {
        owners = Text.list(owners);
    }
}
