package meridian.domain.abs.product;

import meridian.domain.abs.Fee;
import meridian.domain.abs.Structure;
import meridian.domain.abs.Tranche;
import meridian.domain.abs.WaterfallType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pays one period's actual collections through the deal's waterfall, in cents, with the conventions of the
 * cash-flow contract: interest funds pay fees (on the pool balance at period start, unpaid fees carried), then
 * each rated tranche's coupon (final coupon on its balance at period start, unpaid interest carried, no interest
 * on it), senior first, the reserve account covering shortfalls; what is left joins principal funds, after
 * topping the reserve up to target. Principal funds pay by the deal's waterfall (SEQUENTIAL, PRO_RATA, TARGET_OC;
 * sequential from the period the cumulative-default trigger is breached), the subordinated tranche taking the
 * residual. Notes above the collateral (pool balance plus recoveries still expected) are written off, most
 * junior first. Nothing is created or lost: every cent collected is paid out or kept in the reserve.
 */
public final class SurveillanceWaterfall {

    private static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);

    private SurveillanceWaterfall() {
    }

    public static WaterfallPayments pay(StructureTerms terms, Map<String, BigDecimal> finalCoupons,
                                        Surveillance before, ServicerReport report) {
        Structure structure = terms.structure();
        List<Tranche> tranches = structure.tranches();
        int count = tranches.size();
        int sub = count - 1;
        BigDecimal[] balance = new BigDecimal[count];
        BigDecimal[] start = new BigDecimal[count];
        BigDecimal[] interestDue = new BigDecimal[count];
        BigDecimal[] interestPaid = new BigDecimal[count];
        BigDecimal[] shortfall = new BigDecimal[count];
        BigDecimal[] principal = new BigDecimal[count];
        BigDecimal[] writeDown = new BigDecimal[count];
        for (int k = 0; k < count; k++) {
            String name = tranches.get(k).name();
            balance[k] = before.trancheBalances().get(name);
            start[k] = balance[k];
            interestDue[k] = Amounts.ZERO;
            interestPaid[k] = Amounts.ZERO;
            shortfall[k] = before.interestShortfalls().getOrDefault(name, Amounts.ZERO);
            principal[k] = Amounts.ZERO;
            writeDown[k] = Amounts.ZERO;
        }
        BigDecimal begin = before.poolBalance();
        Funds funds = new Funds(report.interestCollected(), before.reserveBalance());

        BigDecimal feeRate = BigDecimal.ZERO;
        for (Fee fee : structure.fees()) feeRate = feeRate.add(fee.ratePct());
        BigDecimal feesDue = Amounts.cents(feeRate.multiply(begin).divide(TWELVE_HUNDRED, 10, RoundingMode.HALF_EVEN))
                .add(before.unpaidFees());
        BigDecimal feesPaid = funds.pay(feesDue);

        for (int k = 0; k < sub; k++) {
            BigDecimal coupon = finalCoupons.get(tranches.get(k).name());
            BigDecimal due = Amounts.cents(coupon.multiply(start[k]).divide(TWELVE_HUNDRED, 10, RoundingMode.HALF_EVEN))
                    .add(shortfall[k]);
            interestDue[k] = due;
            interestPaid[k] = funds.pay(due);
            shortfall[k] = due.subtract(interestPaid[k]);
        }

        BigDecimal excessInterest = funds.available;
        BigDecimal principalFunds = report.principalCollections().add(excessInterest);
        if (structure.reserve() != null) {
            BigDecimal target = Amounts.cents(structure.reserve().targetPct().multiply(report.poolEndBalance())
                    .divide(Amounts.HUNDRED, 10, RoundingMode.HALF_EVEN));
            if (funds.reserve.compareTo(target) < 0) {
                BigDecimal topUp = Amounts.min(excessInterest, target.subtract(funds.reserve));
                funds.reserve = funds.reserve.add(topUp);
                principalFunds = principalFunds.subtract(topUp);
            } else {
                principalFunds = principalFunds.add(funds.reserve.subtract(target));
                funds.reserve = target;
            }
        }

        BigDecimal cumulativeDefaults = before.cumulativeDefaults().add(report.defaults());
        boolean triggered = before.triggerBreachPeriod() != null || (structure.trigger() != null
                && cumulativeDefaults.compareTo(structure.trigger().thresholdPct().multiply(before.originalPoolBalance())
                .divide(Amounts.HUNDRED, 10, RoundingMode.HALF_EVEN)) > 0);
        WaterfallType waterfall = triggered ? WaterfallType.SEQUENTIAL : structure.waterfall();
        BigDecimal collateral = report.poolEndBalance().add(report.pendingRecoveries());
        switch (waterfall) {
            case SEQUENTIAL -> principalFunds = sequential(balance, principal, 0, count, principalFunds);
            case PRO_RATA -> {
                principalFunds = proRata(balance, principal, principalFunds);
                principalFunds = sequential(balance, principal, 0, count, principalFunds);
            }
            case TARGET_OC -> {
                BigDecimal rated = BigDecimal.ZERO;
                for (int k = 0; k < sub; k++) rated = rated.add(balance[k]);
                BigDecimal allowed = Amounts.max(BigDecimal.ZERO, collateral.subtract(
                        structure.targetOcPct().multiply(collateral).divide(Amounts.HUNDRED, 10, RoundingMode.HALF_EVEN)));
                BigDecimal needed = Amounts.cents(Amounts.max(BigDecimal.ZERO, rated.subtract(allowed)));
                BigDecimal toRated = Amounts.min(principalFunds, needed);
                BigDecimal unused = sequential(balance, principal, 0, sub, toRated);
                principalFunds = sequential(balance, principal, sub, count, principalFunds.subtract(toRated).add(unused));
            }
        }
        principal[sub] = principal[sub].add(principalFunds);

        BigDecimal notes = BigDecimal.ZERO;
        for (BigDecimal b : balance) notes = notes.add(b);
        BigDecimal excess = notes.subtract(collateral);
        for (int k = sub; k >= 0 && excess.signum() > 0; k--) {
            BigDecimal loss = Amounts.min(balance[k], excess);
            balance[k] = balance[k].subtract(loss);
            writeDown[k] = loss;
            excess = excess.subtract(loss);
        }

        Map<String, WaterfallPayments.TranchePayment> payments = new LinkedHashMap<>();
        for (int k = 0; k < count; k++) {
            payments.put(tranches.get(k).name(), new WaterfallPayments.TranchePayment(start[k], interestDue[k],
                    interestPaid[k], shortfall[k], principal[k], writeDown[k], balance[k]));
        }
        return new WaterfallPayments(begin, report.interestCollected(), report.principalCollections(), feesDue, feesPaid,
                feesDue.subtract(feesPaid), funds.drawn, funds.reserve, cumulativeDefaults, triggered, payments);
    }

    /** Pays tranches from..to-1 in order, each up to its balance; returns what is left. */
    private static BigDecimal sequential(BigDecimal[] balance, BigDecimal[] principal, int from, int to, BigDecimal funds) {
        for (int k = from; k < to && funds.signum() > 0; k++) {
            BigDecimal paid = Amounts.min(funds, balance[k]);
            balance[k] = balance[k].subtract(paid);
            principal[k] = principal[k].add(paid);
            funds = funds.subtract(paid);
        }
        return funds;
    }

    /** Shares funds by balance at period start, each to the cent and capped at its balance; returns what is left. */
    private static BigDecimal proRata(BigDecimal[] balance, BigDecimal[] principal, BigDecimal funds) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal b : balance) total = total.add(b);
        if (total.signum() <= 0) return funds;
        BigDecimal share = Amounts.min(funds, total);
        BigDecimal[] start = balance.clone();
        for (int k = 0; k < balance.length; k++) {
            BigDecimal paid = Amounts.min(balance[k],
                    share.multiply(start[k]).divide(total, 2, RoundingMode.DOWN));
            balance[k] = balance[k].subtract(paid);
            principal[k] = principal[k].add(paid);
            funds = funds.subtract(paid);
        }
        return funds;
    }

    /** A period's interest funds, with the reserve standing behind them for shortfalls. */
    private static final class Funds {
        BigDecimal available;
        BigDecimal reserve;
        BigDecimal drawn = Amounts.ZERO;

        Funds(BigDecimal available, BigDecimal reserve) {
            this.available = available;
            this.reserve = reserve;
        }

        BigDecimal pay(BigDecimal due) {
            BigDecimal paid = Amounts.min(available, due);
            available = available.subtract(paid);
            BigDecimal draw = Amounts.min(reserve, due.subtract(paid));
            reserve = reserve.subtract(draw);
            drawn = drawn.add(draw);
            return paid.add(draw);
        }
    }
}
