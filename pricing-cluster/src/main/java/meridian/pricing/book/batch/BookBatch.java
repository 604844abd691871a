package meridian.pricing.book.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import meridian.domain.common.ValidationException;
import meridian.domain.pricing.calendar.TradingCalendars;
import meridian.domain.pricing.market.MarketData;
import meridian.domain.pricing.product.ResolvedProduct;
import meridian.pricing.book.BookContract;
import meridian.pricing.book.BookRun;
import meridian.pricing.greeks.BumpGreeks;
import meridian.pricing.mc.FlatPayoff;
import meridian.pricing.mc.McPricer;

/**
 * Contracts of a book laid out as flat arrays for the batch kernels: per contract {@link #LEGS} legs (the base market
 * and the five bumps of {@link BumpGreeks}), each leg a payoff on a time grid, all legs of a contract driven by the
 * same normals. Grids are stored as step lengths and shared by the legs that have the same dates.
 *
 * <p>Leg ints: kind (−1 = leg not priced: theta on the expiry date), steps, grid offset, event offset, event count.
 * Leg doubles: ln spot, drift rate r − q − σ²/2, σ, then the {@link FlatPayoff#PARAMS} payoff parameters.
 */
public final class BookBatch {
    public static final int LEGS = 6;
    public static final int BASE = 0;
    public static final int VOL_UP = 1;
    public static final int RATE_UP = 2;
    public static final int THETA = 3;
    public static final int SPOT_UP = 4;
    public static final int SPOT_DOWN = 5;
    public static final int LEG_INTS = 5;
    public static final int LEG_DOUBLES = 3 + FlatPayoff.PARAMS;
    /** Relative spot bump of Monte Carlo Greeks (PricingService's convention). */
    public static final double SPOT_BUMP = 1e-2;

    final List<String> contractIds;
    final double[] spotBumps;
    final int[] legInts;
    final double[] legDoubles;
    final double[] stepLengths;
    final double[] stepRoots;
    final int[] eventSteps;
    final int[] eventFlags;
    final double[] eventAmounts;

    private BookBatch(List<String> contractIds, double[] spotBumps, int[] legInts, double[] legDoubles,
            double[] stepLengths, double[] stepRoots, int[] eventSteps, int[] eventFlags, double[] eventAmounts) {
        this.contractIds = contractIds;
        this.spotBumps = spotBumps;
        this.legInts = legInts;
        this.legDoubles = legDoubles;
        this.stepLengths = stepLengths;
        this.stepRoots = stepRoots;
        this.eventSteps = eventSteps;
        this.eventFlags = eventFlags;
        this.eventAmounts = eventAmounts;
    }

    public int contracts() {
        return contractIds.size();
    }

    public String contractId(int contract) {
        return contractIds.get(contract);
    }

    public int[] legInts() {
        return legInts;
    }

    public double[] legDoubles() {
        return legDoubles;
    }

    public double[] stepLengths() {
        return stepLengths;
    }

    /** √ of each step length (correctly rounded, so the same bits on every engine). */
    public double[] stepRoots() {
        return stepRoots;
    }

    public double[] spotBumps() {
        return spotBumps;
    }

    public int[] eventSteps() {
        return eventSteps;
    }

    public int[] eventFlags() {
        return eventFlags;
    }

    public double[] eventAmounts() {
        return eventAmounts;
    }

    /** Most steps of any leg: the kernels' loop length. */
    public int maxSteps() {
        int most = 0;
        for (int leg = 0; leg < legInts.length / LEG_INTS; leg++) {
            most = Math.max(most, legInts[leg * LEG_INTS + 1]);
        }
        return most;
    }

    /** The batch and the positions (in the caller's list) of the contracts it holds. */
    public record Split(BookBatch batch, int[] positions, List<Integer> others) {
    }

    /**
     * Lays out the contracts the kernels price (built-in products by Monte Carlo); the others (an Asian, say) are
     * returned by position for another engine. Fails like PricingService on bad dates or a missing market.
     */
    public static Split of(List<BookContract> contracts, Map<String, MarketData> markets, BookRun run) {
        // The host-side layout (schedules, six payoffs per contract) is the slow part of a GPU valuation: in parallel.
        List<Optional<Prepared>> prepared = IntStream.range(0, contracts.size()).parallel()
                .mapToObj(i -> prepare(contracts.get(i), markets, run)).toList();
        Builder builder = new Builder();
        List<Integer> positions = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < contracts.size(); i++) {
            if (prepared.get(i).isPresent()) {
                builder.add(prepared.get(i).get());
                positions.add(i);
            } else {
                others.add(i);
            }
        }
        return new Split(builder.build(), positions.stream().mapToInt(Integer::intValue).toArray(), others);
    }

    /** A contract's six legs before layout: markets, simulations and flat payoffs (null for a leg not priced). */
    private record Prepared(String id, double spotBump, MarketData[] markets, McPricer.Simulation[] sims,
            FlatPayoff[] payoffs) {
    }

    /** Empty when the kernels do not price the product; fails like PricingService on bad dates or no market. */
    private static Optional<Prepared> prepare(BookContract contract, Map<String, MarketData> markets, BookRun run) {
        MarketData m = markets.get(contract.underlying());
        if (m == null) {
            throw new ValidationException("markets", "no market for " + contract.underlying());
        }
        ResolvedProduct resolved = contract.product().resolve(TradingCalendars.of(run.calendar()));
        // PricingJson.checkDates on the schedule just resolved.
        if (m.valuationDate().isAfter(resolved.schedule().expiryDate())) {
            throw new ValidationException("market.valuationDate",
                    "is after the product's expiryDate " + resolved.schedule().expiryDate());
        }
        double h = SPOT_BUMP * m.spot();
        boolean expiring = !m.valuationDate().isBefore(resolved.schedule().expiryDate());
        MarketData[] legMarkets = new MarketData[LEGS];
        legMarkets[BASE] = m;
        legMarkets[VOL_UP] = m.withVol(m.vol() + BumpGreeks.VOL_BUMP);
        legMarkets[RATE_UP] = m.withRate(m.rate() + BumpGreeks.RATE_BUMP);
        legMarkets[THETA] = expiring ? null : m.withValuationDate(m.valuationDate().plusDays(1));
        legMarkets[SPOT_UP] = m.withSpot(m.spot() + h);
        legMarkets[SPOT_DOWN] = m.withSpot(m.spot() - h);
        McPricer.Simulation[] sims = new McPricer.Simulation[LEGS];
        FlatPayoff[] payoffs = new FlatPayoff[LEGS];
        for (int leg = 0; leg < LEGS; leg++) {
            if (legMarkets[leg] == null) {
                continue;
            }
            if (sharesBasePayoff(leg, payoffs[BASE])) {
                sims[leg] = sims[BASE];
                payoffs[leg] = payoffs[BASE];
                continue;
            }
            sims[leg] = McPricer.simulation(resolved, legMarkets[leg]);
            Optional<FlatPayoff> flat = FlatPayoff.of(sims[leg].payoff());
            if (flat.isEmpty()) {
                return Optional.empty();
            }
            payoffs[leg] = flat.get();
        }
        return Optional.of(new Prepared(contract.contractId(), h, legMarkets, sims, payoffs));
    }

    /**
     * McPricer.simulation reads the spot only for the Asian (never batched) and the vol only for a continuously
     * watched barrier, so the spot legs, and the vol leg of anything else, have the base leg's grid and payoff;
     * sharing it halves the layout time. CpuBookEngineTest pins the result to PricingService's.
     */
    private static boolean sharesBasePayoff(int leg, FlatPayoff base) {
        return leg == SPOT_UP || leg == SPOT_DOWN || leg == VOL_UP && base.kind() != FlatPayoff.CONTINUOUS_BARRIER;
    }

    private static final class Builder {
        final List<String> ids = new ArrayList<>();
        final DoubleList spotBumps = new DoubleList();
        final IntList legInts = new IntList();
        final DoubleList legDoubles = new DoubleList();
        final DoubleList stepLengths = new DoubleList();
        final DoubleList stepRoots = new DoubleList();
        final IntList eventSteps = new IntList();
        final IntList eventFlags = new IntList();
        final DoubleList eventAmounts = new DoubleList();

        void add(Prepared contract) {
            MarketData[] legMarkets = contract.markets();
            McPricer.Simulation[] sims = contract.sims();
            FlatPayoff[] payoffs = contract.payoffs();
            String id = contract.id();
            double h = contract.spotBump();
            ids.add(id);
            spotBumps.add(h);
            int[] gridOffsets = new int[LEGS];
            for (int leg = 0; leg < LEGS; leg++) {
                if (payoffs[leg] == null) {
                    legInts.addAll(-1, 0, 0, 0, 0);
                    legDoubles.addZeros(LEG_DOUBLES);
                    continue;
                }
                double[] times = sims[leg].times();
                gridOffsets[leg] = gridOffset(times, sims, gridOffsets, leg);
                FlatPayoff flat = payoffs[leg];
                legInts.addAll(flat.kind(), times.length, gridOffsets[leg], eventSteps.size(), flat.eventSteps().length);
                for (int e = 0; e < flat.eventSteps().length; e++) {
                    eventSteps.add(flat.eventSteps()[e]);
                    eventFlags.add(flat.eventFlags()[e]);
                    eventAmounts.add(flat.eventAmounts()[e]);
                }
                MarketData lm = legMarkets[leg];
                legDoubles.add(Math.log(lm.spot()));
                // The same expression, evaluated in the same order, as MonteCarloEngine's drift per step.
                legDoubles.add(lm.rate() - lm.dividendYield() - 0.5 * lm.vol() * lm.vol());
                legDoubles.add(lm.vol());
                for (double p : flat.params()) {
                    legDoubles.add(p);
                }
            }
        }

        /** Reuses an earlier leg's grid when the times are the same, else appends the step lengths. */
        private int gridOffset(double[] times, McPricer.Simulation[] sims, int[] offsets, int leg) {
            for (int earlier = 0; earlier < leg; earlier++) {
                if (sims[earlier] != null && Arrays.equals(sims[earlier].times(), times)) {
                    return offsets[earlier];
                }
            }
            int offset = stepLengths.size();
            double previous = 0.0;
            for (double t : times) {
                double dt = t - previous;
                stepLengths.add(dt);
                stepRoots.add(Math.sqrt(dt));
                previous = t;
            }
            return offset;
        }

        BookBatch build() {
            return new BookBatch(List.copyOf(ids), spotBumps.toArray(), legInts.toArray(), legDoubles.toArray(),
                    stepLengths.toArray(), stepRoots.toArray(), eventSteps.toArray(), eventFlags.toArray(), eventAmounts.toArray());
        }
    }

    private static final class IntList {
        int[] values = new int[64];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        void addAll(int... vs) {
            for (int v : vs) {
                add(v);
            }
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    private static final class DoubleList {
        double[] values = new double[64];
        int size;

        void add(double v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        void addZeros(int n) {
            for (int i = 0; i < n; i++) {
                add(0.0);
            }
        }

        int size() {
            return size;
        }

        double[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
