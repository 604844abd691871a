package meridian.domain.abs.product;

import meridian.domain.abs.RatingScale;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an ABS product is at origination: its name, the issuer (originator) and its rating, the collateral type,
 * the target size of the issue, and the servicer with the firm's rating of it (1 weak to 5 strong). The
 * governance flags feed the ESG score.
 */
public record ProductTerms(String name, String issuer, String issuerRating, AbsAssetType assetType,
                           BigDecimal targetSize, String currency, String servicer, int servicerRating,
                           boolean independentTrustee, boolean loanLevelReporting) {

    private static final int MAX_TEXT = 120;

    public ProductTerms {
        List<FieldError> errors = new ArrayList<>();
        text("name", name, errors);
        text("issuer", issuer, errors);
        text("servicer", servicer, errors);
        if (issuerRating == null || !RatingScale.known(issuerRating)) {
            errors.add(new FieldError("issuerRating", "must be a rating such as AAA, AA+, BBB-"));
        }
        if (assetType == null) {
            errors.add(new FieldError("assetType", "required: one of AUTO_LOAN, CREDIT_CARD, RMBS, CLO, SME_LOAN, CONSUMER_LOAN, LEASE"));
        }
        if (targetSize == null) {
            errors.add(new FieldError("targetSize", "required"));
        } else if (targetSize.signum() <= 0) {
            errors.add(new FieldError("targetSize", "must be positive"));
        }
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            errors.add(new FieldError("currency", "must be an ISO 4217 code such as CNY"));
        }
        if (servicerRating < 1 || servicerRating > 5) {
            errors.add(new FieldError("servicerRating", "must be 1 (weak) to 5 (strong)"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        name = name.strip();
        issuer = issuer.strip();
        servicer = servicer.strip();
        issuerRating = issuerRating.strip().toUpperCase(Locale.ROOT);
        currency = currency == null ? "CNY" : currency;
    }

    private static void text(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "required"));
        } else if (value.length() > MAX_TEXT) {
            errors.add(new FieldError(field, "must be at most " + MAX_TEXT + " characters"));
        }
    }
}
