package meridian.pricing.solve;

import meridian.domain.common.ValidationException;
import meridian.domain.pricing.SolveFor;
import meridian.domain.pricing.product.Asian;
import meridian.domain.pricing.product.Barrier;
import meridian.domain.pricing.product.Digital;
import meridian.domain.pricing.product.Phoenix;
import meridian.domain.pricing.product.Product;
import meridian.domain.pricing.product.Sharkfin;
import meridian.domain.pricing.product.Snowball;
import meridian.domain.pricing.product.Vanilla;

/** The product field a solve changes, its search interval (percent) and how to set it. */
record QuotedTerm(SolveFor solveFor, String field, double low, double high, double limit) {

    static QuotedTerm of(SolveFor solveFor, Product product) {
        switch (solveFor) {
            case COUPON:
                if (product instanceof Snowball || product instanceof Phoenix) {
                    return new QuotedTerm(solveFor, "couponPct", 0.0, 50.0, 1000.0);
                }
                break;
            case PARTICIPATION:
                if (product instanceof Sharkfin) {
                    return new QuotedTerm(solveFor, "participationPct", 0.0, 200.0, 10000.0);
                }
                break;
            case STRIKE:
                if (product instanceof Vanilla || product instanceof Digital || product instanceof Barrier
                        || product instanceof Sharkfin || product instanceof Asian) {
                    return new QuotedTerm(solveFor, "strikePct", 1.0, 300.0, 1000.0);
                }
                break;
            default:
                break;
        }
        throw new ValidationException("solveFor", solveFor + " does not apply to " + product.type());
    }

    Product with(Product p, double value) {
        if (p instanceof Snowball s) {
            return new Snowball(s.terms(), s.knockOutPct(), s.knockInPct(), value, s.lockMonths(), s.dividendCouponPct());
        }
        if (p instanceof Phoenix x) {
            return new Phoenix(x.terms(), x.knockOutPct(), x.knockInPct(), value, x.couponBarrierPct(), x.lockMonths());
        }
        if (p instanceof Sharkfin f) {
            return solveFor == SolveFor.PARTICIPATION
                    ? new Sharkfin(f.terms(), f.optionType(), f.strikePct(), f.barrierPct(), value, f.rebatePct(), f.observation())
                    : new Sharkfin(f.terms(), f.optionType(), value, f.barrierPct(), f.participationPct(), f.rebatePct(), f.observation());
        }
        if (p instanceof Vanilla v) {
            return new Vanilla(v.terms(), v.optionType(), value);
        }
        if (p instanceof Digital d) {
            return new Digital(d.terms(), d.optionType(), value, d.payoutPct());
        }
        if (p instanceof Barrier b) {
            return new Barrier(b.terms(), b.optionType(), value, b.barrierPct(), b.barrierType(), b.rebatePct(), b.observation());
        }
        if (p instanceof Asian a) {
            return new Asian(a.terms(), a.optionType(), value);
        }
        throw new IllegalStateException(p.type().name());
    }
}
