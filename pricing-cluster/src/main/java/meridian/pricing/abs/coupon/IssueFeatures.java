package meridian.pricing.abs.coupon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import meridian.domain.abs.RatingScale;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

/**
 * What is known of a tranche when its coupon is set: collateral, tranche and issuer ratings,
 * weighted average life, size (millions), credit enhancement (% of the pool below the tranche),
 * issue date and the rate level (the benchmark rate in % at issue).
 */
public record IssueFeatures(AssetType assetType, String trancheRating, double walYears, double sizeMillions,
                            String issuerRating, double creditEnhancementPct, LocalDate issueDate, double rateLevelPct) {

    public IssueFeatures {
        List<FieldError> errors = new ArrayList<>();
        if (assetType == null) errors.add(new FieldError("assetType", "required"));
        if (!RatingScale.known(trancheRating)) errors.add(new FieldError("trancheRating", "unknown rating '" + trancheRating + "'"));
        if (!(walYears > 0 && walYears <= 40)) errors.add(new FieldError("walYears", "must be above 0 and at most 40"));
        if (!(sizeMillions > 0)) errors.add(new FieldError("sizeMillions", "must be positive"));
        if (!RatingScale.known(issuerRating)) errors.add(new FieldError("issuerRating", "unknown rating '" + issuerRating + "'"));
        if (!(creditEnhancementPct >= 0 && creditEnhancementPct <= 100)) {
            errors.add(new FieldError("creditEnhancementPct", "must be 0 to 100"));
        }
        if (issueDate == null) errors.add(new FieldError("issueDate", "required"));
        if (!(rateLevelPct > -5 && rateLevelPct < 30)) errors.add(new FieldError("rateLevelPct", "must be between -5 and 30"));
        if (!errors.isEmpty()) throw new ValidationException(errors);
        trancheRating = trancheRating.trim().toUpperCase(java.util.Locale.ROOT);
        issuerRating = issuerRating.trim().toUpperCase(java.util.Locale.ROOT);
    }

    static final String[] NAMES = names();

    private static String[] names() {
        List<String> names = new ArrayList<>();
        for (AssetType type : AssetType.values()) names.add("is_" + type.name());
        names.addAll(List.of("trancheRank", "walYears", "logSize", "issuerRank", "creditEnhancementPct",
                "monthIndex", "monthOfYear", "rateLevelPct"));
        return names.toArray(String[]::new);
    }

    /** The model's numeric view: asset type one-hot, ratings as notch ranks, log size, time as month index. */
    double[] vector() {
        double[] x = new double[NAMES.length];
        x[assetType.ordinal()] = 1;
        int i = AssetType.values().length;
        x[i++] = RatingScale.rank(trancheRating).orElseThrow();
        x[i++] = walYears;
        x[i++] = Math.log(sizeMillions);
        x[i++] = RatingScale.rank(issuerRating).orElseThrow();
        x[i++] = creditEnhancementPct;
        x[i++] = (issueDate.getYear() - 2000) * 12 + issueDate.getMonthValue() - 1;
        x[i++] = issueDate.getMonthValue();
        x[i] = rateLevelPct;
        return x;
    }
}
