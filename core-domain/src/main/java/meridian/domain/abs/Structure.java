package meridian.domain.abs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

/**
 * Fees, tranches (senior first, the last one subordinated) and the waterfall. The optional parts
 * (target OC, trigger, reserve) are null when the deal has none.
 */
public record Structure(List<Fee> fees, List<Tranche> tranches, WaterfallType waterfall,
                        BigDecimal targetOcPct, CumulativeDefaultTrigger trigger, ReserveAccount reserve) {

    public Structure {
        fees = fees == null ? List.of() : List.copyOf(fees);
        List<FieldError> errors = new ArrayList<>();
        if (tranches == null || tranches.isEmpty()) {
            errors.add(new FieldError("tranches", "at least one tranche is required"));
        } else {
            tranches = List.copyOf(tranches);
            Set<String> names = new HashSet<>();
            for (int i = 0; i < tranches.size(); i++) {
                Tranche tranche = tranches.get(i);
                boolean last = i == tranches.size() - 1;
                if (!names.add(tranche.name())) {
                    errors.add(new FieldError("tranches[" + i + "].name", "duplicate tranche name"));
                }
                if (last && !tranche.subordinated()) {
                    errors.add(new FieldError("tranches[" + i + "].couponPct",
                            "the last tranche is the subordinated one and must have couponPct null"));
                }
                if (!last && tranche.subordinated()) {
                    errors.add(new FieldError("tranches[" + i + "].couponPct", "required for a rated tranche"));
                }
            }
        }
        if (waterfall == null) errors.add(new FieldError("waterfall", "required"));
        if (waterfall == WaterfallType.TARGET_OC && targetOcPct == null) {
            errors.add(new FieldError("targetOcPct", "required for a TARGET_OC waterfall"));
        }
        if (targetOcPct != null && (targetOcPct.signum() < 0 || targetOcPct.compareTo(BigDecimal.valueOf(100)) > 0)) {
            errors.add(new FieldError("targetOcPct", "must be between 0 and 100"));
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
    }

    /** Fees and tranches with the contract's sequential waterfall and no optional features. */
    public Structure(List<Fee> fees, List<Tranche> tranches, WaterfallType waterfall) {
        this(fees, tranches, waterfall, null, null, null);
    }

    public BigDecimal trancheBalance() {
        BigDecimal total = BigDecimal.ZERO;
        for (Tranche tranche : tranches) total = total.add(tranche.balance());
        return total;
    }
}
