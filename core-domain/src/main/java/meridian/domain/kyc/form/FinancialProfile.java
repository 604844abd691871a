package meridian.domain.kyc.form;

import java.math.BigDecimal;
import java.util.List;

/** Audited figures at the end of {@code fiscalYear}, in CNY, and the institution's investment experience. */
public record FinancialProfile(
        Integer fiscalYear,
        BigDecimal netAssetsCny,
        BigDecimal financialAssetsCny,
        Integer yearsOfInvestmentExperience,
        List<String> productsTraded) implements FormSection {

    public FinancialProfile {
        productsTraded = Text.list(productsTraded);
    }
}
