package meridian.api.abs;

import meridian.domain.abs.RatingScale;
import meridian.domain.abs.product.AbsAssetType;
import meridian.domain.abs.product.AbsProductRules;
import meridian.domain.abs.product.Alert;
import meridian.domain.abs.product.AllocationRequest;
import meridian.domain.abs.product.ProductTerms;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The JSON bodies of the ABS product calls; each validates itself and names every bad field. */
final class AbsRequests {

    private AbsRequests() {
    }

    private static void require(boolean ok, String field, String message, List<FieldError> errors) {
        if (!ok) errors.add(new FieldError(field, message));
    }

    private static void check(List<FieldError> errors) {
        if (!errors.isEmpty()) throw new ValidationException(errors);
    }

    /** POST /products: the product id and its terms, flat. */
    record Origination(String productId, String name, String issuer, String issuerRating, AbsAssetType assetType,
                       BigDecimal targetSize, String currency, String servicer, Integer servicerRating,
                       Boolean independentTrustee, Boolean loanLevelReporting) {
        Origination {
            List<FieldError> errors = new ArrayList<>();
            require(AbsProductRules.validProductId(productId), "productId",
                    "1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit", errors);
            require(servicerRating != null, "servicerRating", "required: 1 (weak) to 5 (strong)", errors);
            try {
                terms(name, issuer, issuerRating, assetType, targetSize, currency, servicer, servicerRating,
                        independentTrustee, loanLevelReporting);
            } catch (ValidationException e) {
                errors.addAll(e.errors().stream().filter(f -> servicerRating != null || !f.field().equals("servicerRating")).toList());
            }
            check(errors);
        }

        ProductTerms terms() {
            return terms(name, issuer, issuerRating, assetType, targetSize, currency, servicer, servicerRating,
                    independentTrustee, loanLevelReporting);
        }

        private static ProductTerms terms(String name, String issuer, String issuerRating, AbsAssetType assetType,
                                          BigDecimal targetSize, String currency, String servicer, Integer servicerRating,
                                          Boolean independentTrustee, Boolean loanLevelReporting) {
            return new ProductTerms(name, issuer, issuerRating, assetType, targetSize, currency, servicer,
                    servicerRating == null ? 0 : servicerRating, Boolean.TRUE.equals(independentTrustee),
                    Boolean.TRUE.equals(loanLevelReporting));
        }
    }

    /** PUT /final-coupons. */
    record FinalCoupons(Map<String, BigDecimal> coupons) {
        FinalCoupons {
            if (coupons == null || coupons.isEmpty()) throw new ValidationException("coupons", "required: tranche name to coupon %");
            List<FieldError> errors = new ArrayList<>();
            coupons.forEach((tranche, coupon) -> require(coupon != null, "coupons." + tranche, "required: the coupon in %", errors));
            check(errors);
            coupons = Map.copyOf(coupons);
        }
    }

    /** PUT /allocations: the whole allocation of the book. */
    record Allocations(List<AllocationRequest> allocations) {
        Allocations {
            if (allocations == null || allocations.isEmpty()) throw new ValidationException("allocations", "at least one allocation is required");
            allocations = List.copyOf(allocations);
        }
    }

    /** POST /closing. */
    record Closing(LocalDate closingDate) {
        Closing {
            if (closingDate == null) throw new ValidationException("closingDate", "required");
        }
    }

    /** POST /rating-changes. */
    record RatingAction(String tranche, String rating, String agency, String reason) {
        RatingAction {
            List<FieldError> errors = new ArrayList<>();
            require(tranche != null && !tranche.isBlank(), "tranche", "required", errors);
            require(rating != null && RatingScale.known(rating), "rating", "must be a rating such as AAA, AA+, BBB-", errors);
            require(agency != null && !agency.isBlank() && agency.length() <= 80, "agency", "required, at most 80 characters", errors);
            require(reason == null || reason.length() <= 500, "reason", "at most 500 characters", errors);
            check(errors);
        }
    }

    /** POST /alerts: negative news on an obligor of the pool. */
    record ObligorAlert(String obligor, Alert.Severity severity, String headline, String source) {
        ObligorAlert {
            List<FieldError> errors = new ArrayList<>();
            require(obligor != null && !obligor.isBlank(), "obligor", "required", errors);
            require(severity != null, "severity", "required: LOW, MEDIUM or HIGH", errors);
            require(headline != null && !headline.isBlank() && headline.length() <= 500, "headline",
                    "required, at most 500 characters", errors);
            require(source == null || source.length() <= 200, "source", "at most 200 characters", errors);
            check(errors);
        }
    }

    /** POST /maturity. */
    record Maturity(LocalDate maturityDate) {
        Maturity {
            if (maturityDate == null) throw new ValidationException("maturityDate", "required");
        }
    }

    /** POST /call. */
    record CallRequest(LocalDate callDate, String reason) {
        CallRequest {
            List<FieldError> errors = new ArrayList<>();
            require(callDate != null, "callDate", "required", errors);
            require(reason != null && !reason.isBlank() && reason.length() <= 500, "reason", "required, at most 500 characters", errors);
            check(errors);
        }
    }
}
