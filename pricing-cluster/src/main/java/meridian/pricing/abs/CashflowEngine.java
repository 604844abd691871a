package meridian.pricing.abs;

import java.util.ArrayList;
import java.util.List;

import meridian.domain.abs.Deal;
import meridian.domain.abs.Fee;
import meridian.domain.abs.Structure;
import meridian.domain.abs.Tranche;
import meridian.domain.abs.WaterfallType;

/**
 * Runs a deal: projects the pool, then pays each period's collections through the waterfall.
 * With a SEQUENTIAL waterfall and no trigger or reserve this is exactly the contract's base case.
 */
public final class CashflowEngine {

    private CashflowEngine() {
    }

    public static CashflowProjection project(Deal deal) {
        PoolCashflows pool = PoolProjector.project(deal.pool(), deal.assumptions());
        return distribute(deal, pool);
    }

    /** Pays already projected pool collections through the deal's structure. */
    public static CashflowProjection distribute(Deal deal, PoolCashflows pool) {
        Structure structure = deal.structure();
        int periods = pool.periods();
        List<Tranche> definitions = structure.tranches();
        int count = definitions.size();
        List<TrancheCashflows> tranches = new ArrayList<>(count);
        double[] balance = new double[count];
        double[] couponRate = new double[count];
        for (int k = 0; k < count; k++) {
            Tranche tranche = definitions.get(k);
            double coupon = tranche.subordinated() ? 0 : tranche.couponPct().doubleValue();
            tranches.add(new TrancheCashflows(tranche.name(), tranche.subordinated(), tranche.balance().doubleValue(),
                    coupon, periods));
            balance[k] = tranche.balance().doubleValue();
            couponRate[k] = coupon / 1200;
        }
        int sub = count - 1;
        double feeRate = 0;
        for (Fee fee : structure.fees()) feeRate += fee.ratePct().doubleValue() / 1200;

        double[] pendingRecoveries = new double[periods];
        for (int i = periods - 2; i >= 0; i--) pendingRecoveries[i] = pendingRecoveries[i + 1] + pool.recoveries[i + 1];

        boolean hasReserve = structure.reserve() != null;
        InterestFunds funds = new InterestFunds(hasReserve ? structure.reserve().initialBalance().doubleValue() : 0);
        double reserveTarget = hasReserve ? structure.reserve().targetPct().doubleValue() / 100 : 0;
        double[] reserveBalance = hasReserve ? new double[periods] : null;
        double[] reserveDraw = hasReserve ? new double[periods] : null;

        double triggerLevel = structure.trigger() == null ? Double.POSITIVE_INFINITY
                : structure.trigger().thresholdPct().doubleValue() / 100 * deal.pool().balance().doubleValue();
        int breachPeriod = 0;
        double cumulativeDefaults = 0;

        double[] feesPaid = new double[periods];
        double unpaidFees = 0;
        double[] shortfall = new double[count];
        double[] startBalance = new double[count];

        for (int i = 0; i < periods; i++) {
            int period = i + 1;
            System.arraycopy(balance, 0, startBalance, 0, count);
            funds.startPeriod(pool.interest[i]);

            double feesDue = feeRate * pool.beginBalance[i] + unpaidFees;
            feesPaid[i] = funds.pay(feesDue);
            unpaidFees = feesDue - feesPaid[i];

            for (int k = 0; k < sub; k++) {
                double due = couponRate[k] * startBalance[k] + shortfall[k];
                double paid = funds.pay(due);
                tranches.get(k).interestPaid[i] = paid;
                shortfall[k] = due - paid;
                tranches.get(k).interestShortfall[i] = shortfall[k];
            }

            double excessInterest = funds.available;
            double principalFunds = pool.principalCollections(period) + excessInterest;
            if (hasReserve) {
                double target = reserveTarget * pool.endBalance[i];
                if (funds.reserve < target) {
                    double topUp = Math.min(excessInterest, target - funds.reserve);
                    funds.reserve += topUp;
                    principalFunds -= topUp;
                } else {
                    principalFunds += funds.reserve - target;
                    funds.reserve = target;
                }
                reserveBalance[i] = funds.reserve;
                reserveDraw[i] = funds.drawn;
            }

            cumulativeDefaults += pool.defaults[i];
            if (breachPeriod == 0 && cumulativeDefaults > triggerLevel) breachPeriod = period;
            WaterfallType waterfall = breachPeriod > 0 ? WaterfallType.SEQUENTIAL : structure.waterfall();
            double collateral = pool.endBalance[i] + pendingRecoveries[i];
            switch (waterfall) {
                case SEQUENTIAL -> principalFunds = paySequential(balance, 0, count, principalFunds, tranches, i);
                case PRO_RATA -> principalFunds = payProRata(balance, principalFunds, tranches, i);
                case TARGET_OC -> {
                    double targetOc = structure.targetOcPct().doubleValue() / 100 * collateral;
                    double rated = 0;
                    for (int k = 0; k < sub; k++) rated += balance[k];
                    double needed = Math.max(0, rated - Math.max(0, collateral - targetOc));
                    double toRated = Math.min(principalFunds, needed);
                    double unused = paySequential(balance, 0, sub, toRated, tranches, i);
                    principalFunds = paySequential(balance, sub, count, principalFunds - toRated + unused, tranches, i);
                }
            }
            tranches.get(sub).principalPaid[i] += principalFunds; // residual once every balance is zero

            double notes = 0;
            for (int k = 0; k < count; k++) notes += balance[k];
            double excess = notes - collateral;
            for (int k = sub; k >= 0 && excess > 0; k--) {
                double loss = Math.min(balance[k], excess);
                balance[k] -= loss;
                excess -= loss;
                tranches.get(k).writeDown[i] = loss;
            }
            for (int k = 0; k < count; k++) tranches.get(k).endBalance[i] = balance[k];
        }
        List<TrancheValuation> valuations = deal.discountCurve() == null ? null
                : TrancheValuer.value(tranches, periods, deal.discountCurve());
        return new CashflowProjection(deal.pool().cutoffDate(), pool, feesPaid, tranches, reserveBalance, reserveDraw,
                structure.trigger() != null, breachPeriod, valuations);
    }

    /** A period's interest funds, with the reserve account standing behind them for shortfalls. */
    private static final class InterestFunds {
        double available;
        double reserve;
        double drawn;

        InterestFunds(double reserve) {
            this.reserve = reserve;
        }

        void startPeriod(double interest) {
            available = interest;
            drawn = 0;
        }

        /** Pays what it can of {@code due}, drawing on the reserve for any shortfall; returns the amount paid. */
        double pay(double due) {
            double paid = Math.min(available, due);
            available -= paid;
            double draw = Math.min(reserve, due - paid);
            reserve -= draw;
            drawn += draw;
            return paid + draw;
        }
    }

    /** Pays tranches from..to-1 in order, each up to its balance; returns what is left. */
    private static double paySequential(double[] balance, int from, int to, double funds,
                                        List<TrancheCashflows> tranches, int i) {
        for (int k = from; k < to && funds > 0; k++) {
            double paid = Math.min(funds, balance[k]);
            balance[k] -= paid;
            funds -= paid;
            tranches.get(k).principalPaid[i] += paid;
        }
        return funds;
    }

    /** Shares funds in proportion to balances, each capped at its balance; returns what is left. */
    private static double payProRata(double[] balance, double funds, List<TrancheCashflows> tranches, int i) {
        double total = 0;
        for (double b : balance) total += b;
        if (total <= 0) return funds;
        double share = Math.min(funds, total);
        double[] start = balance.clone();
        for (int k = 0; k < balance.length; k++) {
            double paid = share * start[k] / total;
            paid = Math.min(paid, balance[k]);
            balance[k] -= paid;
            tranches.get(k).principalPaid[i] += paid;
            funds -= paid;
        }
        return funds;
    }
}
