package meridian.domain.abs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

/**
 * Reads a deal from its JSON form (see the ABS cash-flow contract), checking every field and
 * reporting all errors at once with paths such as {@code pool.loans[3].balance}.
 */
public final class DealJson {

    /** A mapper that keeps decimal numbers exact. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private DealJson() {
    }

    /** The deal in its contract JSON form; {@link #fromTree} reads it back to an equal deal. */
    public static ObjectNode toTree(Deal deal) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode pool = root.putObject("pool");
        pool.put("cutoffDate", deal.pool().cutoffDate().toString());
        ArrayNode loans = pool.putArray("loans");
        for (Loan loan : deal.pool().loans()) {
            loans.addObject().put("id", loan.id()).put("balance", loan.balance()).put("ratePct", loan.ratePct())
                    .put("remainingTermMonths", loan.remainingTermMonths()).put("amortization", loan.amortization().name())
                    .put("obligor", loan.obligor()).put("industry", loan.industry()).put("region", loan.region())
                    .put("rating", loan.rating());
        }
        Assumptions a = deal.assumptions();
        ObjectNode assumptions = root.putObject("assumptions");
        if (a.cprPct() != null) assumptions.put("cprPct", a.cprPct());
        if (a.cdrPct() != null) assumptions.put("cdrPct", a.cdrPct());
        assumptions.put("recoveryPct", a.recoveryPct()).put("recoveryLagMonths", a.recoveryLagMonths());
        if (!a.cprVectorPct().isEmpty()) a.cprVectorPct().forEach(assumptions.putArray("cprVectorPct")::add);
        if (!a.cdrVectorPct().isEmpty()) a.cdrVectorPct().forEach(assumptions.putArray("cdrVectorPct")::add);
        Structure s = deal.structure();
        ObjectNode structure = root.putObject("structure");
        ArrayNode fees = structure.putArray("fees");
        s.fees().forEach(fee -> fees.addObject().put("name", fee.name()).put("ratePct", fee.ratePct()));
        ArrayNode tranches = structure.putArray("tranches");
        s.tranches().forEach(t -> tranches.addObject().put("name", t.name()).put("balance", t.balance())
                .put("couponPct", t.couponPct()));
        structure.put("waterfall", s.waterfall().name());
        if (s.targetOcPct() != null) structure.put("targetOcPct", s.targetOcPct());
        if (s.trigger() != null) structure.putObject("trigger").put("cumulativeDefaultPct", s.trigger().thresholdPct());
        if (s.reserve() != null) {
            structure.putObject("reserve").put("initialBalance", s.reserve().initialBalance())
                    .put("targetPct", s.reserve().targetPct());
        }
        if (deal.discountCurve() != null) {
            ArrayNode curve = root.putArray("discountCurve");
            deal.discountCurve().points().forEach(p -> curve.addObject().put("tenorYears", p.tenorYears())
                    .put("zeroRatePct", p.zeroRatePct()));
        }
        return root;
    }

    /** Parses and validates one deal; throws {@link ValidationException} naming every bad field. */
    public static Deal read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ValidationException("", "not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ValidationException("", "a deal must be a JSON object");
        }
        return fromTree(root);
    }

    /** Validates a deal already parsed into a JSON tree (numbers should be read as BigDecimal). */
    public static Deal fromTree(JsonNode root) {
        JsonFieldReader reader = new JsonFieldReader();
        Pool pool = readPool(reader, root);
        Assumptions assumptions = readAssumptions(reader, root);
        Structure structure = readStructure(reader, root);
        DiscountCurve curve = readCurve(reader, root);
        if (!reader.errors().isEmpty()) throw new ValidationException(reader.errors());
        Deal deal = build(reader, "", () -> new Deal(pool, assumptions, structure, curve));
        if (deal == null) throw new ValidationException(reader.errors());
        return deal;
    }

    private static Pool readPool(JsonFieldReader reader, JsonNode root) {
        JsonNode pool = reader.object(root, "pool", "");
        if (pool == null) return null;
        int mark = reader.mark();
        LocalDate cutoff = reader.date(pool, "cutoffDate", "pool");
        JsonNode loansNode = reader.array(pool, "loans", "pool", true);
        List<Loan> loans = new ArrayList<>();
        if (loansNode != null) {
            if (loansNode.isEmpty()) reader.error("pool.loans", "at least one loan is required");
            for (int i = 0; i < loansNode.size(); i++) {
                Loan loan = readLoan(reader, loansNode.get(i), "pool.loans[" + i + "]");
                if (loan != null) loans.add(loan);
            }
        }
        if (reader.hasErrorsSince(mark)) return null;
        return build(reader, "pool", () -> new Pool(cutoff, loans));
    }

    private static Loan readLoan(JsonFieldReader reader, JsonNode node, String path) {
        if (!node.isObject()) {
            reader.error(path, "must be an object");
            return null;
        }
        int mark = reader.mark();
        String id = reader.text(node, "id", path, true);
        BigDecimal balance = reader.decimal(node, "balance", path, true, true);
        BigDecimal rate = reader.decimal(node, "ratePct", path, true, true);
        Integer term = reader.integer(node, "remainingTermMonths", path, 1);
        Amortization amortization = reader.enumValue(node, "amortization", path, Amortization.class);
        String obligor = reader.text(node, "obligor", path, false);
        String industry = reader.text(node, "industry", path, false);
        String region = reader.text(node, "region", path, false);
        String rating = reader.text(node, "rating", path, false);
        if (reader.hasErrorsSince(mark)) return null;
        return build(reader, path, () -> new Loan(id, balance, rate, term, amortization, obligor, industry, region, rating));
    }

    private static Assumptions readAssumptions(JsonFieldReader reader, JsonNode root) {
        JsonNode node = reader.object(root, "assumptions", "");
        if (node == null) return null;
        String path = "assumptions";
        int mark = reader.mark();
        List<BigDecimal> cprVector = readPercentVector(reader, node, "cprVectorPct", path);
        List<BigDecimal> cdrVector = readPercentVector(reader, node, "cdrVectorPct", path);
        BigDecimal cpr = reader.percent(node, "cprPct", path, cprVector.isEmpty());
        BigDecimal cdr = reader.percent(node, "cdrPct", path, cdrVector.isEmpty());
        BigDecimal recovery = reader.percent(node, "recoveryPct", path, true);
        Integer lag = reader.integer(node, "recoveryLagMonths", path, 0);
        if (reader.hasErrorsSince(mark)) return null;
        return build(reader, path, () -> new Assumptions(cpr, cdr, recovery, lag, cprVector, cdrVector));
    }

    private static List<BigDecimal> readPercentVector(JsonFieldReader reader, JsonNode node, String name, String parent) {
        JsonNode array = reader.array(node, name, parent, false);
        List<BigDecimal> values = new ArrayList<>();
        if (array == null) return values;
        String field = JsonFieldReader.path(parent, name);
        if (array.isEmpty()) reader.error(field, "must not be empty when given");
        for (int i = 0; i < array.size(); i++) {
            String element = field + "[" + i + "]";
            BigDecimal value = reader.decimalValue(array.get(i), element, true);
            if (value != null && value.compareTo(BigDecimal.valueOf(100)) > 0) {
                reader.error(element, "must be between 0 and 100");
            } else if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private static Structure readStructure(JsonFieldReader reader, JsonNode root) {
        JsonNode node = reader.object(root, "structure", "");
        if (node == null) return null;
        String path = "structure";
        int mark = reader.mark();
        List<Fee> fees = new ArrayList<>();
        JsonNode feesNode = reader.array(node, "fees", path, false);
        if (feesNode != null) {
            for (int i = 0; i < feesNode.size(); i++) {
                String feePath = path + ".fees[" + i + "]";
                JsonNode fee = feesNode.get(i);
                if (!fee.isObject()) {
                    reader.error(feePath, "must be an object");
                    continue;
                }
                int feeMark = reader.mark();
                String name = reader.text(fee, "name", feePath, true);
                BigDecimal rate = reader.decimal(fee, "ratePct", feePath, true, true);
                if (!reader.hasErrorsSince(feeMark)) fees.add(new Fee(name, rate));
            }
        }
        List<Tranche> tranches = new ArrayList<>();
        JsonNode tranchesNode = reader.array(node, "tranches", path, true);
        if (tranchesNode != null) {
            if (tranchesNode.isEmpty()) reader.error(path + ".tranches", "at least one tranche is required");
            for (int i = 0; i < tranchesNode.size(); i++) {
                String tranchePath = path + ".tranches[" + i + "]";
                JsonNode tranche = tranchesNode.get(i);
                if (!tranche.isObject()) {
                    reader.error(tranchePath, "must be an object");
                    continue;
                }
                int trancheMark = reader.mark();
                String name = reader.text(tranche, "name", tranchePath, true);
                BigDecimal balance = reader.decimal(tranche, "balance", tranchePath, true, true);
                BigDecimal coupon = reader.decimal(tranche, "couponPct", tranchePath, false, true);
                if (!reader.hasErrorsSince(trancheMark)) tranches.add(new Tranche(name, balance, coupon));
            }
        }
        WaterfallType waterfall = reader.enumValue(node, "waterfall", path, WaterfallType.class);
        BigDecimal targetOc = reader.percent(node, "targetOcPct", path, false);
        CumulativeDefaultTrigger trigger = null;
        if (!JsonFieldReader.absent(node, "trigger")) {
            JsonNode triggerNode = reader.object(node, "trigger", path);
            if (triggerNode != null) {
                BigDecimal threshold = reader.percent(triggerNode, "cumulativeDefaultPct", path + ".trigger", true);
                if (threshold != null) trigger = new CumulativeDefaultTrigger(threshold);
            }
        }
        ReserveAccount reserve = null;
        if (!JsonFieldReader.absent(node, "reserve")) {
            JsonNode reserveNode = reader.object(node, "reserve", path);
            if (reserveNode != null) {
                BigDecimal initial = reader.decimal(reserveNode, "initialBalance", path + ".reserve", true, true);
                BigDecimal target = reader.percent(reserveNode, "targetPct", path + ".reserve", true);
                if (initial != null && target != null) reserve = new ReserveAccount(initial, target);
            }
        }
        if (reader.hasErrorsSince(mark)) return null;
        CumulativeDefaultTrigger finalTrigger = trigger;
        ReserveAccount finalReserve = reserve;
        return build(reader, path, () -> new Structure(fees, tranches, waterfall, targetOc, finalTrigger, finalReserve));
    }

    private static DiscountCurve readCurve(JsonFieldReader reader, JsonNode root) {
        if (JsonFieldReader.absent(root, "discountCurve")) return null;
        JsonNode array = reader.array(root, "discountCurve", "", true);
        if (array == null) return null;
        int mark = reader.mark();
        List<DiscountCurve.Point> points = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String pointPath = "discountCurve[" + i + "]";
            JsonNode point = array.get(i);
            if (!point.isObject()) {
                reader.error(pointPath, "must be an object");
                continue;
            }
            BigDecimal tenor = reader.decimal(point, "tenorYears", pointPath, true, true);
            BigDecimal rate = reader.decimal(point, "zeroRatePct", pointPath, true, false);
            points.add(new DiscountCurve.Point(tenor, rate));
        }
        if (reader.hasErrorsSince(mark)) return null;
        return build(reader, "discountCurve", () -> new DiscountCurve(points));
    }

    /** Runs a record constructor; its field errors are recorded under {@code prefix} and null returned. */
    private static <T> T build(JsonFieldReader reader, String prefix, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (ValidationException e) {
            for (FieldError error : e.errors()) {
                String field = error.field();
                String full;
                if (prefix.isEmpty()) full = field;
                else if (field.startsWith("points[")) full = prefix + field.substring("points".length());
                else full = JsonFieldReader.path(prefix, field);
                reader.error(full, error.message());
            }
            return null;
        }
    }
}
