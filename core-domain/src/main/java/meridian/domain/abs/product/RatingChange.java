package meridian.domain.abs.product;

import java.time.Instant;

/** A rating agency's action on one tranche. */
public record RatingChange(String tranche, String from, String to, String agency, String reason, Instant at) {

    /** True when the new rating is below the old one. */
    public boolean downgrade() {
        return meridian.domain.abs.RatingScale.rank(to).orElse(Integer.MAX_VALUE)
                > meridian.domain.abs.RatingScale.rank(from).orElse(Integer.MAX_VALUE);
    }
}
