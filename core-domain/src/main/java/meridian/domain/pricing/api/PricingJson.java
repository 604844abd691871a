package meridian.domain.pricing.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;
import meridian.domain.pricing.BarrierType;
import meridian.domain.pricing.Observation;
import meridian.domain.pricing.OptionType;
import meridian.domain.pricing.PricingMethod;
import meridian.domain.pricing.ProductType;
import meridian.domain.pricing.SolveFor;
import meridian.domain.pricing.calendar.CalendarId;
import meridian.domain.pricing.calendar.TradingCalendars;
import meridian.domain.pricing.market.MarketData;
import meridian.domain.pricing.product.Asian;
import meridian.domain.pricing.product.Barrier;
import meridian.domain.pricing.product.ContractTerms;
import meridian.domain.pricing.product.Digital;
import meridian.domain.pricing.product.Phoenix;
import meridian.domain.pricing.product.Product;
import meridian.domain.pricing.product.Sharkfin;
import meridian.domain.pricing.product.Snowball;
import meridian.domain.pricing.product.Vanilla;
import meridian.domain.pricing.schedule.ResolvedSchedule;

/**
 * Reads price and solve requests of the pricing contract, validating every field: bad input throws
 * {@link ValidationException} naming each offending field ({@code product.knockInPct}, {@code market.vol}, ...).
 * Unknown underlyings are told apart by the caller's predicate (the security master).
 */
public final class PricingJson {
    private static final Set<String> REQUEST_KEYS =
            Set.of("product", "market", "method", "paths", "seed", "calendar", "greeks", "solveFor", "targetPv");
    private static final Set<String> MARKET_KEYS =
            Set.of("valuationDate", "spot", "initialPrice", "vol", "rate", "dividendYield");
    private static final Set<String> COMMON_KEYS =
            Set.of("type", "underlying", "notional", "startDate", "expiryDate", "tenorMonths");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Predicate<String> knownUnderlying;

    public PricingJson(Predicate<String> knownUnderlying) {
        this.knownUnderlying = knownUnderlying;
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One request: a solve when it has {@code solveFor}, else a price. */
    public PricingRequest read(String json) {
        JsonNode root = parse(json);
        return root.has("solveFor") ? readSolve(root) : readPrice(root);
    }

    public PriceRequest readPrice(String json) {
        return readPrice(parse(json));
    }

    public SolveRequest readSolve(String json) {
        return readSolve(parse(json));
    }

    public PriceRequest readPrice(JsonNode root) {
        requireObject(root);
        List<FieldError> errors = new ArrayList<>();
        NodeReader top = new NodeReader(root, "", errors);
        top.rejectUnknown(REQUEST_KEYS);
        if (root.has("solveFor")) {
            top.error("solveFor", "belongs to a solve request");
        }
        PriceRequest request = readCommon(root, top, errors, null);
        checkDates(request);
        return request;
    }

    public SolveRequest readSolve(JsonNode root) {
        requireObject(root);
        List<FieldError> errors = new ArrayList<>();
        NodeReader top = new NodeReader(root, "", errors);
        top.rejectUnknown(REQUEST_KEYS);
        SolveFor solveFor = top.enumValue("solveFor", SolveFor.class, true);
        Double target = top.number("targetPv", false);
        if (solveFor == null) {
            // The solved field decides what may be missing from the product: stop before guessing.
            readCommon(root, top, errors, null);
            throw new ValidationException(errors);
        }
        PriceRequest pricing = readCommon(root, top, errors, solveFor);
        checkDates(pricing);
        return new SolveRequest(pricing, solveFor, target == null ? 0.0 : target);
    }

    /** One product object of the contract (as booked in a deal's {@code productJson}); throws naming each bad field. */
    public Product readProduct(JsonNode node) {
        List<FieldError> errors = new ArrayList<>();
        Product product = readProduct(node, errors, null);
        if (!errors.isEmpty() || product == null) {
            throw new ValidationException(errors.isEmpty() ? List.of(new FieldError("product", "is invalid")) : errors);
        }
        return product;
    }

    public Product readProduct(String json) {
        return readProduct(parse(json));
    }

    public String write(Object response) {
        try {
            return MAPPER.writeValueAsString(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + response.getClass().getSimpleName(), e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || root.isMissingNode()) {
                throw new ValidationException("body", "is empty");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new ValidationException("body", "is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static void requireObject(JsonNode root) {
        if (!root.isObject()) {
            throw new ValidationException("body", "must be a JSON object");
        }
    }

    /** Fails when the valuation date is past the product's expiry on the request's calendar. */
    public static void checkDates(PriceRequest request) {
        ResolvedSchedule schedule = request.product().terms().resolve(TradingCalendars.of(request.calendar()));
        LocalDate valuation = request.market().valuationDate();
        if (valuation.isAfter(schedule.expiryDate())) {
            throw new ValidationException("market.valuationDate",
                    "is after the product's expiryDate " + schedule.expiryDate());
        }
    }

    private PriceRequest readCommon(JsonNode root, NodeReader top, List<FieldError> errors, SolveFor solving) {
        PricingMethod method = top.enumValue("method", PricingMethod.class, false);
        Long paths = top.integer("paths", false);
        if (paths != null && (paths < 2 || paths > PriceRequest.MAX_PATHS)) {
            top.error("paths", "must be between 2 and " + PriceRequest.MAX_PATHS);
        }
        Long seed = top.integer("seed", false);
        CalendarId calendar = top.enumValue("calendar", CalendarId.class, false);
        Boolean greeks = top.bool("greeks");
        MarketData market = readMarket(root.get("market"), errors);
        Product product = readProduct(root.get("product"), errors, solving);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new PriceRequest(product, market, method,
                paths == null ? PriceRequest.DEFAULT_PATHS : paths.intValue(),
                seed == null ? PriceRequest.DEFAULT_SEED : seed,
                calendar == null ? CalendarId.CN_SSE : calendar,
                greeks == null || greeks);
    }

    static MarketData readMarket(JsonNode node, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            errors.add(new FieldError("market", "is required"));
            return null;
        }
        if (!node.isObject()) {
            errors.add(new FieldError("market", "must be an object"));
            return null;
        }
        NodeReader in = new NodeReader(node, "market", errors);
        in.rejectUnknown(MARKET_KEYS);
        LocalDate valuationDate = in.date("valuationDate", true);
        Double spot = in.number("spot", true);
        Double initialPrice = in.number("initialPrice", false);
        Double vol = in.number("vol", true);
        Double rate = in.number("rate", true);
        Double dividendYield = in.number("dividendYield", false);
        int before = errors.size();
        if (valuationDate == null || spot == null || vol == null || rate == null || errors.size() > before) {
            return null;
        }
        try {
            return new MarketData(valuationDate, spot, initialPrice == null ? spot : initialPrice, vol, rate,
                    dividendYield == null ? 0.0 : dividendYield);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private Product readProduct(JsonNode node, List<FieldError> errors, SolveFor solving) {
        if (node == null || node.isNull()) {
            errors.add(new FieldError("product", "is required"));
            return null;
        }
        if (!node.isObject()) {
            errors.add(new FieldError("product", "must be an object"));
            return null;
        }
        NodeReader in = new NodeReader(node, "product", errors);
        ProductType type = in.enumValue("type", ProductType.class, true);
        if (type == null) {
            return null;
        }
        in.rejectUnknown(allowedKeys(type));
        int before = errors.size();
        String underlying = in.text("underlying", true);
        if (underlying != null && !knownUnderlying.test(underlying)) {
            in.error("underlying", "unknown underlying " + underlying);
        }
        BigDecimal notional = in.decimal("notional", true);
        LocalDate startDate = in.date("startDate", true);
        LocalDate expiryDate = in.date("expiryDate", false);
        Long tenor = in.integer("tenorMonths", false);
        if (tenor != null && (tenor < 1 || tenor > ContractTerms.MAX_TENOR_MONTHS)) {
            in.error("tenorMonths", "must be between 1 and " + ContractTerms.MAX_TENOR_MONTHS);
            tenor = null;
        }
        ContractTerms terms = null;
        if (errors.size() == before) {
            try {
                terms = new ContractTerms(underlying, notional, startDate, expiryDate,
                        tenor == null ? null : tenor.intValue());
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
        }
        // Product-specific fields are read even when the common ones failed, so that every bad field is reported.
        try {
            Product product = build(type, terms, new ProductFields(in, solving));
            return errors.size() > before ? null : product;
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private static Set<String> allowedKeys(ProductType type) {
        Set<String> specific = switch (type) {
            case VANILLA, ASIAN -> Set.of("optionType", "strikePct");
            case DIGITAL -> Set.of("optionType", "strikePct", "payoutPct");
            case BARRIER -> Set.of("optionType", "strikePct", "barrierPct", "barrierType", "rebatePct", "observation");
            case SHARKFIN -> Set.of("optionType", "strikePct", "barrierPct", "participationPct", "rebatePct",
                    "observation");
            case SNOWBALL -> Set.of("knockOutPct", "knockInPct", "couponPct", "lockMonths", "dividendCouponPct");
            case PHOENIX -> Set.of("knockOutPct", "knockInPct", "couponPct", "lockMonths", "couponBarrierPct");
        };
        java.util.HashSet<String> all = new java.util.HashSet<>(COMMON_KEYS);
        all.addAll(specific);
        return all;
    }

    private static Product build(ProductType type, ContractTerms terms, ProductFields f) {
        switch (type) {
            case VANILLA: {
                OptionType optionType = f.option();
                Double strike = f.pct("strikePct", SolveFor.STRIKE, 100.0);
                return f.ok() && terms != null ? new Vanilla(terms, optionType, strike) : null;
            }
            case DIGITAL: {
                OptionType optionType = f.option();
                Double strike = f.pct("strikePct", SolveFor.STRIKE, 100.0);
                Double payout = f.pct("payoutPct", null, 0);
                return f.ok() && terms != null ? new Digital(terms, optionType, strike, payout) : null;
            }
            case BARRIER: {
                OptionType optionType = f.option();
                Double strike = f.pct("strikePct", SolveFor.STRIKE, 100.0);
                Double barrier = f.pct("barrierPct", null, 0);
                BarrierType barrierType = f.in.enumValue("barrierType", BarrierType.class, true);
                Double rebate = f.optionalPct("rebatePct", 0.0);
                Observation observation = f.in.enumValue("observation", Observation.class, true);
                return f.ok() && terms != null ? new Barrier(terms, optionType, strike, barrier, barrierType, rebate, observation)
                        : null;
            }
            case SHARKFIN: {
                OptionType optionType = f.option();
                Double strike = f.pct("strikePct", SolveFor.STRIKE, 100.0);
                Double barrier = f.pct("barrierPct", null, 0);
                Double participation = f.pct("participationPct", SolveFor.PARTICIPATION, 100.0);
                Double rebate = f.pct("rebatePct", null, 0);
                Observation observation = f.in.enumValue("observation", Observation.class, true);
                return f.ok() && terms != null ? new Sharkfin(terms, optionType, strike, barrier, participation, rebate, observation)
                        : null;
            }
            case SNOWBALL: {
                Double knockOut = f.pct("knockOutPct", null, 0);
                Double knockIn = f.pct("knockInPct", null, 0);
                Double coupon = f.pct("couponPct", SolveFor.COUPON, 10.0);
                Integer lock = f.months("lockMonths");
                Double dividendCoupon = f.optionalPct("dividendCouponPct", null);
                return f.ok() && terms != null ? new Snowball(terms, knockOut, knockIn, coupon, lock, dividendCoupon) : null;
            }
            case PHOENIX: {
                Double knockOut = f.pct("knockOutPct", null, 0);
                Double knockIn = f.pct("knockInPct", null, 0);
                Double coupon = f.pct("couponPct", SolveFor.COUPON, 10.0);
                Double couponBarrier = f.pct("couponBarrierPct", null, 0);
                Integer lock = f.months("lockMonths");
                return f.ok() && terms != null ? new Phoenix(terms, knockOut, knockIn, coupon, couponBarrier, lock) : null;
            }
            case ASIAN: {
                OptionType optionType = f.option();
                Double strike = f.pct("strikePct", SolveFor.STRIKE, 100.0);
                return f.ok() && terms != null ? new Asian(terms, optionType, strike) : null;
            }
            default:
                throw new IllegalStateException(type.name());
        }
    }

    /** Product-specific fields; the field being solved for may be absent (a placeholder start value is used). */
    private static final class ProductFields {
        final NodeReader in;
        final SolveFor solving;
        private boolean ok = true;

        ProductFields(NodeReader in, SolveFor solving) {
            this.in = in;
            this.solving = solving;
        }

        OptionType option() {
            return track(in.enumValue("optionType", OptionType.class, true));
        }

        Double pct(String name, SolveFor solvedBy, double placeholder) {
            boolean mayBeMissing = solvedBy != null && solvedBy == solving;
            Double value = in.number(name, !mayBeMissing);
            if (value == null && mayBeMissing) {
                return placeholder;
            }
            return track(value);
        }

        Double optionalPct(String name, Double fallback) {
            if (!in.has(name)) {
                return fallback;
            }
            return track(in.number(name, false));
        }

        Integer months(String name) {
            if (!in.has(name)) {
                return 0;
            }
            Long value = in.integer(name, false);
            if (value != null && (value < 0 || value > ContractTerms.MAX_TENOR_MONTHS)) {
                in.error(name, "must be between 0 and " + ContractTerms.MAX_TENOR_MONTHS);
                value = null;
            }
            return track(value == null ? null : value.intValue());
        }

        private <T> T track(T value) {
            if (value == null) {
                ok = false;
            }
            return value;
        }

        boolean ok() {
            return ok;
        }
    }
}
