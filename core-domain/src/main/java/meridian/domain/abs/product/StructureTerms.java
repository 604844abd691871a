package meridian.domain.abs.product;

import meridian.domain.abs.Assumptions;
import meridian.domain.abs.DiscountCurve;
import meridian.domain.abs.RatingScale;
import meridian.domain.abs.Structure;
import meridian.domain.abs.Tranche;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the eligible pool is tranched: the cut-off date, the structure (fees, tranches senior first, waterfall and
 * its options), the projection assumptions, an optional discount curve, and a rating for every rated tranche
 * (the subordinated tranche may be rated too, or not).
 */
public record StructureTerms(LocalDate cutoffDate, Structure structure, Assumptions assumptions,
                             DiscountCurve discountCurve, Map<String, String> ratings) {

    public StructureTerms {
        List<FieldError> errors = new ArrayList<>();
        if (cutoffDate == null) errors.add(new FieldError("cutoffDate", "required"));
        if (structure == null) errors.add(new FieldError("structure", "required"));
        if (assumptions == null) errors.add(new FieldError("assumptions", "required"));
        Map<String, String> normalised = new LinkedHashMap<>();
        if (structure != null) {
            Map<String, String> given = ratings == null ? Map.of() : ratings;
            for (String name : given.keySet()) {
                if (structure.tranches().stream().noneMatch(t -> t.name().equals(name))) {
                    errors.add(new FieldError("ratings." + name, "no tranche of that name"));
                }
            }
            for (Tranche tranche : structure.tranches()) {
                String rating = given.get(tranche.name());
                if (rating == null) {
                    if (!tranche.subordinated()) {
                        errors.add(new FieldError("ratings." + tranche.name(), "required for a rated tranche"));
                    }
                } else if (!RatingScale.known(rating)) {
                    errors.add(new FieldError("ratings." + tranche.name(), "unknown rating '" + rating + "'"));
                } else {
                    normalised.put(tranche.name(), rating.strip().toUpperCase(Locale.ROOT));
                }
            }
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        ratings = java.util.Collections.unmodifiableMap(normalised);
    }

    public List<Tranche> tranches() {
        return structure.tranches();
    }

    /** The rated tranches (all but the subordinated one), senior first. */
    public List<Tranche> ratedTranches() {
        return structure.tranches().stream().filter(t -> !t.subordinated()).toList();
    }
}
