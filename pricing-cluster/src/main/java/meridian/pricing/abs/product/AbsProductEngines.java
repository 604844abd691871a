package meridian.pricing.abs.product;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import meridian.domain.abs.Deal;
import meridian.domain.abs.Pool;
import meridian.domain.abs.RatingScale;
import meridian.domain.abs.Structure;
import meridian.domain.abs.Tranche;
import meridian.domain.abs.product.AbsProduct;
import meridian.domain.abs.product.CashflowSummary;
import meridian.domain.abs.product.CouponEstimation;
import meridian.domain.abs.product.LossSummary;
import meridian.domain.abs.product.StructureTerms;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;
import meridian.pricing.abs.CashflowEngine;
import meridian.pricing.abs.CashflowProjection;
import meridian.pricing.abs.Money;
import meridian.pricing.abs.ProjectionJson;
import meridian.pricing.abs.coupon.AssetType;
import meridian.pricing.abs.coupon.CouponModel;
import meridian.pricing.abs.coupon.IssueFeatures;
import meridian.pricing.abs.loss.CreditLossModel;
import meridian.pricing.abs.loss.LossDistribution;
import meridian.pricing.abs.loss.LossPortfolio;
import meridian.pricing.abs.loss.LossSimulation;
import meridian.pricing.abs.loss.LossSimulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ABS engines run on a product's own pool and structure: the cash-flow projection (at the structure's coupons
 * or at the final ones), the Monte Carlo credit losses, and the coupon model's estimate for each rated tranche.
 * Each returns the value the product records. Pure functions of their inputs; they can take seconds, so callers
 * run them off request threads.
 */
public final class AbsProductEngines {

    /** Reads the engine's projection JSON into the recorded form (same field names). */
    private static final ObjectMapper PROJECTION = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    public static final int MAX_SCENARIOS = 200_000;
    public static final int SIMILAR_ISSUES = 5;

    private AbsProductEngines() {
    }

    /** Monte Carlo settings; null fields take the defaults (the recovery mean defaults to the structure's assumption). */
    public record LossRequest(Integer scenarios, Double correlation, Double recoveryMeanPct, Double recoveryStdDevPct,
                              Long seed) {
        public LossRequest {
            List<FieldError> errors = new ArrayList<>();
            if (scenarios != null && (scenarios < 100 || scenarios > MAX_SCENARIOS)) {
                errors.add(new FieldError("scenarios", "must be 100 to " + MAX_SCENARIOS));
            }
            if (correlation != null && !(correlation >= 0 && correlation < 1)) {
                errors.add(new FieldError("correlation", "must be in [0, 1)"));
            }
            if (recoveryMeanPct != null && !(recoveryMeanPct >= 0 && recoveryMeanPct <= 100)) {
                errors.add(new FieldError("recoveryMeanPct", "must be 0 to 100"));
            }
            if (recoveryStdDevPct != null && !(recoveryStdDevPct >= 0 && recoveryStdDevPct <= 100)) {
                errors.add(new FieldError("recoveryStdDevPct", "must be 0 to 100"));
            }
            if (!errors.isEmpty()) throw new ValidationException(errors);
        }
    }

    /** The coupon model's inputs that are not in the product: the rate level and the issue date (today if null). */
    public record CouponRequest(BigDecimal rateLevelPct, LocalDate issueDate) {
        public CouponRequest {
            if (rateLevelPct == null) throw new ValidationException("rateLevelPct", "required: the benchmark rate in % at issue");
            if (rateLevelPct.compareTo(BigDecimal.valueOf(-5)) <= 0 || rateLevelPct.compareTo(BigDecimal.valueOf(30)) >= 0) {
                throw new ValidationException("rateLevelPct", "must be between -5 and 30");
            }
        }
    }

    /** The product's deal: its eligible pool under its structure, at the given coupons of rated tranches (null: as structured). */
    public static Deal deal(AbsProduct product, Map<String, BigDecimal> coupons) {
        StructureTerms terms = product.structure();
        Structure structure = terms.structure();
        if (coupons != null && !coupons.isEmpty()) {
            List<Tranche> tranches = structure.tranches().stream()
                    .map(t -> t.subordinated() ? t : new Tranche(t.name(), t.balance(), coupons.get(t.name()))).toList();
            structure = new Structure(structure.fees(), tranches, structure.waterfall(), structure.targetOcPct(),
                    structure.trigger(), structure.reserve());
        }
        return new Deal(new Pool(terms.cutoffDate(), product.eligibleLoans()), terms.assumptions(), structure,
                terms.discountCurve());
    }

    public static CashflowSummary cashflows(Deal deal) {
        CashflowProjection projection = CashflowEngine.project(deal);
        try {
            return PROJECTION.treeToValue(ProjectionJson.toJson(projection), CashflowSummary.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the projection does not map to its recorded form", e);
        }
    }

    /** A loss simulation to run: the product's pool and tranches, the model and the Monte Carlo settings. */
    public record LossRun(LossPortfolio portfolio, CreditLossModel model, int scenarios, long seed) {
    }

    /** The request's settings with their defaults, on the product's eligible pool and structured tranches. */
    public static LossRun lossRun(AbsProduct product, LossRequest request) {
        double recoveryMean = request.recoveryMeanPct() != null ? request.recoveryMeanPct()
                : product.structure().assumptions().recoveryPct().doubleValue();
        CreditLossModel model = new CreditLossModel(request.correlation() == null ? 0.15 : request.correlation(),
                recoveryMean, request.recoveryStdDevPct() == null ? 20 : request.recoveryStdDevPct());
        int scenarios = request.scenarios() == null ? 20_000 : request.scenarios();
        long seed = request.seed() == null ? 1L : request.seed();
        Deal deal = deal(product, null);
        return new LossRun(LossPortfolio.of(deal.pool(), deal.structure().tranches()), model, scenarios, seed);
    }

    public static LossSummary losses(AbsProduct product, LossRequest request, LossSimulator simulator, String engine) {
        LossRun run = lossRun(product, request);
        return summary(run, simulator.simulate(run.portfolio(), run.model(), run.scenarios(), run.seed()), engine,
                null, null);
    }

    /** The recorded form of a simulation of {@code run}; workers and chunks when it ran on the pricing cluster. */
    public static LossSummary summary(LossRun run, LossSimulation simulation, String engine, Integer workers,
                                      Integer chunks) {
        Map<String, LossSummary.LossFigures> tranches = new LinkedHashMap<>();
        simulation.tranches().forEach((name, distribution) -> tranches.put(name, figures(distribution)));
        CreditLossModel model = run.model();
        return new LossSummary(engine, run.scenarios(), run.seed(), model.correlation(), model.recoveryMeanPct(),
                model.recoveryStdDevPct(), figures(simulation.pool()), tranches, workers, chunks);
    }

    private static LossSummary.LossFigures figures(LossDistribution d) {
        return new LossSummary.LossFigures(Money.cents(d.balance()), Money.cents(d.expectedLoss()), pct(d.expectedLossPct()),
                Money.cents(d.var99()), pct(d.var99Pct()), pct(d.probabilityOfLoss() * 100));
    }

    /** Estimates each rated tranche's coupon from the recorded projection's WAL, its size and credit enhancement. */
    public static CouponEstimation coupons(AbsProduct product, CouponModel model, CouponRequest request, LocalDate today) {
        LocalDate issueDate = request.issueDate() == null ? today : request.issueDate();
        AssetType assetType = AssetType.valueOf(product.terms().assetType().name());
        BigDecimal pool = product.screening().eligibleBalance();
        BigDecimal above = BigDecimal.ZERO;
        List<CouponEstimation.CouponEstimate> estimates = new ArrayList<>();
        for (Tranche tranche : product.structure().tranches()) {
            above = above.add(tranche.balance());
            if (tranche.subordinated()) continue;
            BigDecimal wal = product.cashflows().tranches().get(tranche.name()).walYears();
            if (wal.signum() <= 0) {
                throw new ValidationException("tranches." + tranche.name(),
                        "receives no principal in the projection, so it has no WAL to estimate a coupon from");
            }
            BigDecimal enhancement = pool.subtract(above).max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(100))
                    .divide(pool, 4, RoundingMode.HALF_EVEN);
            BigDecimal size = tranche.balance().divide(BigDecimal.valueOf(1_000_000), 6, RoundingMode.HALF_EVEN);
            String rating = product.ratings().get(tranche.name());
            IssueFeatures features = new IssueFeatures(assetType, rating, wal.doubleValue(),
                    Math.max(size.doubleValue(), 1e-6), product.terms().issuerRating(), enhancement.doubleValue(),
                    issueDate, request.rateLevelPct().doubleValue());
            CouponModel.Estimate estimate = model.estimate(features, SIMILAR_ISSUES);
            List<CouponEstimation.SimilarIssue> similar = estimate.similarIssues().stream()
                    .map(s -> new CouponEstimation.SimilarIssue(s.issue().issueId(), s.issue().source(),
                            s.issue().features().issueDate(), s.issue().features().assetType().name(),
                            s.issue().features().trancheRating(), decimal(s.issue().features().walYears(), 2),
                            decimal(s.issue().couponPct(), 2), decimal(s.proximity(), 4)))
                    .toList();
            estimates.add(new CouponEstimation.CouponEstimate(tranche.name(), RatingScale.rank(rating).isPresent() ? rating : null,
                    wal, size, enhancement, decimal(estimate.couponPct(), 2), similar));
        }
        String source = estimates.stream().flatMap(e -> e.similarIssues().stream()).map(CouponEstimation.SimilarIssue::source)
                .distinct().reduce((a, b) -> a + "," + b).orElse("SYNTHETIC");
        return new CouponEstimation(issueDate, request.rateLevelPct(), source, estimates);
    }

    private static BigDecimal pct(double value) {
        return decimal(value, 4);
    }

    private static BigDecimal decimal(double value, int scale) {
        return new BigDecimal(value).setScale(scale, RoundingMode.HALF_EVEN);
    }
}
