package meridian.pricing.abs;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The result of running a deal: pool collections, fees, each tranche's payments and, where the deal
 * has them, the reserve account, the trigger and tranche valuations.
 */
public final class CashflowProjection {
    private final LocalDate cutoffDate;
    private final PoolCashflows pool;
    private final double[] feesPaid;
    private final List<TrancheCashflows> tranches;
    private final double[] reserveBalance;
    private final double[] reserveDraw;
    private final boolean hasTrigger;
    private final int triggerBreachPeriod;
    private final List<TrancheValuation> valuations;

    CashflowProjection(LocalDate cutoffDate, PoolCashflows pool, double[] feesPaid, List<TrancheCashflows> tranches,
                       double[] reserveBalance, double[] reserveDraw, boolean hasTrigger, int triggerBreachPeriod,
                       List<TrancheValuation> valuations) {
        this.cutoffDate = cutoffDate;
        this.pool = pool;
        this.feesPaid = feesPaid;
        this.tranches = List.copyOf(tranches);
        this.reserveBalance = reserveBalance;
        this.reserveDraw = reserveDraw;
        this.hasTrigger = hasTrigger;
        this.triggerBreachPeriod = triggerBreachPeriod;
        this.valuations = valuations == null ? null : List.copyOf(valuations);
    }

    public int periods() {
        return pool.periods();
    }

    /** Cut-off date plus t months, the day clamped to the month's end. */
    public LocalDate date(int period) {
        return cutoffDate.plusMonths(period);
    }

    public PoolCashflows pool() {
        return pool;
    }

    public double feesPaid(int period) {
        return feesPaid[period - 1];
    }

    public List<TrancheCashflows> tranches() {
        return tranches;
    }

    public TrancheCashflows tranche(String name) {
        return tranches.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no tranche " + name));
    }

    public boolean hasReserve() {
        return reserveBalance != null;
    }

    public double reserveBalance(int period) {
        return reserveBalance[period - 1];
    }

    public double reserveDraw(int period) {
        return reserveDraw[period - 1];
    }

    public boolean hasTrigger() {
        return hasTrigger;
    }

    /** The period in which the cumulative-default trigger was breached, if it was. */
    public Optional<Integer> triggerBreachPeriod() {
        return triggerBreachPeriod > 0 ? Optional.of(triggerBreachPeriod) : Optional.empty();
    }

    /** Prices and yields, present when the deal came with a discount curve. */
    public Optional<List<TrancheValuation>> valuations() {
        return Optional.ofNullable(valuations);
    }
}
