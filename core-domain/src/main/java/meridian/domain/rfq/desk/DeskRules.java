package meridian.domain.rfq.desk;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import meridian.domain.rfq.parse.RfqLeg;
import meridian.domain.rfq.parse.Structure;
import meridian.domain.rfq.parse.Tenor;

/**
 * How one desk quotes: its margin per structure (percent of notional, taken from the client's PV), the option budget a
 * solved structure spends (percent of notional the client pays up front for a participation or strike solve), the
 * notional assumed when the client names none, the tenor assumed when the client names none, the auto-approval limits
 * per structure (a leg is sent without a trader when its notional is at most the limit), how long a sent quote holds,
 * and how long a price waits for a trader's approval before it lapses (the market it was priced on has moved on).
 */
public record DeskRules(Map<Structure, BigDecimal> spreadPct, Map<Structure, BigDecimal> budgetPct,
                        BigDecimal defaultNotional, Map<Structure, Tenor> defaultTenor,
                        Map<Structure, BigDecimal> autoApproveMaxNotional, Duration validity, Duration approvalWindow,
                        TermDefaults terms, int paths) {

    /** Terms the client often leaves out and the desk fills in the way it usually trades them. */
    public record TermDefaults(BigDecimal knockOutPct, BigDecimal knockInPct, BigDecimal payoutPct,
                               BigDecimal upBarrierPct, BigDecimal downBarrierPct, String observation, int lockMonths) {
    }

    public DeskRules {
        spreadPct = copy(spreadPct);
        budgetPct = copy(budgetPct);
        defaultTenor = defaultTenor.isEmpty() ? Map.of() : new EnumMap<>(defaultTenor);
        autoApproveMaxNotional = copy(autoApproveMaxNotional);
        if (defaultNotional == null || defaultNotional.signum() <= 0) {
            throw new IllegalArgumentException("the default notional must be positive");
        }
        if (validity == null || validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("the quote validity must be positive");
        }
        if (approvalWindow == null || approvalWindow.isNegative() || approvalWindow.isZero()) {
            throw new IllegalArgumentException("the approval window must be positive");
        }
        if (paths < 2) {
            throw new IllegalArgumentException("paths must be at least 2");
        }
    }

    public BigDecimal spread(Structure structure) {
        return spreadPct.getOrDefault(structure, BigDecimal.ZERO);
    }

    public BigDecimal budget(Structure structure) {
        return budgetPct.getOrDefault(structure, BigDecimal.ZERO);
    }

    public BigDecimal notional(RfqLeg leg) {
        return leg.notional() != null ? leg.notional() : defaultNotional;
    }

    public Tenor tenor(RfqLeg leg) {
        if (leg.tenor() != null) {
            return leg.tenor();
        }
        return defaultTenor.getOrDefault(leg.structure(), leg.structure().isAutocall() ? Tenor.months(12) : Tenor.months(1));
    }

    /** Sum of the legs' notionals, the client's stated or the desk's default. */
    public BigDecimal totalNotional(List<RfqLeg> legs) {
        return legs.stream().map(this::notional).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Every leg is of a structure with an auto-approval limit and within it. */
    public boolean autoApproves(List<RfqLeg> legs) {
        if (legs.isEmpty()) {
            return false;
        }
        for (RfqLeg leg : legs) {
            BigDecimal limit = autoApproveMaxNotional.get(leg.structure());
            if (limit == null || notional(leg).compareTo(limit) > 0) {
                return false;
            }
        }
        return true;
    }

    private static Map<Structure, BigDecimal> copy(Map<Structure, BigDecimal> map) {
        return map.isEmpty() ? Map.of() : new EnumMap<>(map);
    }
}
