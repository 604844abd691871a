package meridian.domain.rfq.desk;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import meridian.domain.common.ValidationException;
import meridian.domain.rfq.parse.BarrierType;
import meridian.domain.rfq.parse.OptionType;
import meridian.domain.rfq.parse.RfqLeg;
import meridian.domain.rfq.parse.SolveFor;
import meridian.domain.rfq.parse.Tenor;

/**
 * One RFQ leg as the pricing contract's {@code product} object: the client's terms, the desk's defaults where the
 * client said nothing, and the quoted value in the field the leg solves for. Without a quoted value the solved field is
 * left out (a solve request finds it); with one, the object is the product as traded, which a booked deal carries.
 */
public final class LegProduct {

    private LegProduct() {
    }

    public static ObjectNode of(RfqLeg leg, LocalDate startDate, DeskRules rules, BigDecimal quotedPct) {
        if (leg.underlying() == null) {
            throw new ValidationException("underlying", "the message names no underlying");
        }
        DeskRules.TermDefaults d = rules.terms();
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        p.put("type", leg.structure().name());
        p.put("underlying", leg.underlying());
        p.put("notional", rules.notional(leg));
        p.put("startDate", startDate.toString());
        Tenor tenor = rules.tenor(leg);
        switch (tenor.unit()) {
            case M -> p.put("tenorMonths", tenor.amount());
            case W -> p.put("expiryDate", startDate.plusWeeks(tenor.amount()).toString());
            case D -> p.put("expiryDate", startDate.plusDays(tenor.amount()).toString());
        }
        OptionType optionType = leg.optionType() == null ? OptionType.CALL : leg.optionType();
        SolveFor solve = leg.solveFor();
        switch (leg.structure()) {
            case VANILLA, ASIAN -> {
                p.put("optionType", optionType.name());
                term(p, "strikePct", leg.strikePct(), BigDecimal.valueOf(100), solve == SolveFor.STRIKE, quotedPct);
            }
            case DIGITAL -> {
                p.put("optionType", optionType.name());
                term(p, "strikePct", leg.strikePct(), BigDecimal.valueOf(100), solve == SolveFor.STRIKE, quotedPct);
                p.put("payoutPct", or(leg.payoutPct(), d.payoutPct()));
            }
            case BARRIER, SHARKFIN -> {
                p.put("optionType", optionType.name());
                term(p, "strikePct", leg.strikePct(), BigDecimal.valueOf(100), solve == SolveFor.STRIKE, quotedPct);
                BarrierType type = leg.barrierType() != null ? leg.barrierType()
                        : optionType == OptionType.CALL ? BarrierType.UP_OUT : BarrierType.DOWN_OUT;
                boolean up = type == BarrierType.UP_OUT || type == BarrierType.UP_IN;
                p.put("barrierPct", or(leg.barrierPct(), up ? d.upBarrierPct() : d.downBarrierPct()));
                if (leg.structure() == meridian.domain.rfq.parse.Structure.BARRIER) {
                    p.put("barrierType", type.name());
                } else {
                    term(p, "participationPct", leg.participationPct(), BigDecimal.valueOf(100),
                            solve == SolveFor.PARTICIPATION, quotedPct);
                }
                p.put("rebatePct", or(leg.rebatePct(), BigDecimal.ZERO));
                p.put("observation", d.observation());
            }
            case SNOWBALL, PHOENIX -> {
                BigDecimal knockIn = or(leg.knockInPct(), d.knockInPct());
                p.put("knockOutPct", or(leg.knockOutPct(), d.knockOutPct()));
                p.put("knockInPct", knockIn);
                term(p, "couponPct", leg.couponPct(), null, solve == SolveFor.COUPON, quotedPct);
                p.put("lockMonths", d.lockMonths());
                if (leg.structure() == meridian.domain.rfq.parse.Structure.PHOENIX) {
                    p.put("couponBarrierPct", knockIn);
                }
            }
        }
        return p;
    }

    /** The solved field holds the quote (or is left out while solving); any other field the client's value or a default. */
    private static void term(ObjectNode p, String field, BigDecimal stated, BigDecimal fallback, boolean solved, BigDecimal quoted) {
        if (solved) {
            if (quoted != null) {
                p.put(field, quoted);
            }
            return;
        }
        BigDecimal value = or(stated, fallback);
        if (value == null) {
            throw new ValidationException(field, "the message states no " + field + " and the desk has no default");
        }
        p.put(field, value);
    }

    private static BigDecimal or(BigDecimal value, BigDecimal fallback) {
        return value != null ? value : fallback;
    }
}
