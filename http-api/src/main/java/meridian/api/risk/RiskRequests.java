package meridian.api.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;
import meridian.domain.pricing.api.PriceRequest;

/** Bodies of the risk endpoints; each validates in its constructor, naming the bad field. */
final class RiskRequests {

    private RiskRequests() {
    }

    /** One underlying's update; rate and dividend yield left out keep their last quoted value (else 0). */
    record QuoteInput(String underlying, Double spot, Double vol, Double rate, Double dividendYield) {
        QuoteInput {
            List<FieldError> errors = new ArrayList<>();
            if (underlying == null || underlying.isBlank()) {
                errors.add(new FieldError("underlying", "is required"));
            }
            if (spot == null) {
                errors.add(new FieldError("spot", "is required"));
            }
            if (vol == null) {
                errors.add(new FieldError("vol", "is required"));
            }
            if (errors.isEmpty()) {
                errors.addAll(meridian.domain.risk.MarketQuote.check(underlying, spot, vol, rate == null ? 0 : rate,
                        dividendYield == null ? 0 : dividendYield, ""));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
        }
    }

    record MarketUpdate(List<QuoteInput> updates) {
        MarketUpdate {
            if (updates == null || updates.isEmpty()) {
                throw new ValidationException("updates", "at least one quote is required");
            }
            long distinct = updates.stream().map(QuoteInput::underlying).distinct().count();
            if (distinct != updates.size()) {
                throw new ValidationException("updates", "each underlying at most once");
            }
        }
    }

    static void checkRun(Integer paths, Integer batchSize, List<FieldError> errors) {
        if (paths != null && (paths < 2 || paths > PriceRequest.MAX_PATHS)) {
            errors.add(new FieldError("paths", "must be between 2 and " + PriceRequest.MAX_PATHS));
        }
        if (batchSize != null && (batchSize < 1 || batchSize > 1_000)) {
            errors.add(new FieldError("batchSize", "must be between 1 and 1000"));
        }
    }

    /** A run on demand; everything optional (valuation date: today; paths, batch size: the configured defaults). */
    record RunRequest(LocalDate valuationDate, Integer paths, Long seed, Integer batchSize) {
        RunRequest {
            List<FieldError> errors = new ArrayList<>();
            checkRun(paths, batchSize, errors);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
        }
    }

    /** Spot shifts are relative (0.05 = +5%), vol shifts absolute (0.01 = +1 vol point). */
    /** method: PDE (the default; Monte Carlo only for what the PDE cannot value) or MC (every contract per cell). */
    record GridRequest(LocalDate valuationDate, List<Double> spotShifts, List<Double> volShifts, Integer paths, Long seed,
                       Integer batchSize, String method) {
        GridRequest {
            List<FieldError> errors = new ArrayList<>();
            checkRun(paths, batchSize, errors);
            method = method == null ? "PDE" : method;
            if (!method.equals("PDE") && !method.equals("MC")) {
                errors.add(new FieldError("method", "must be PDE or MC"));
            }
            spotShifts = spotShifts == null ? steps(-0.20, 0.01, 41) : List.copyOf(spotShifts);
            volShifts = volShifts == null ? steps(-0.05, 0.01, 11) : List.copyOf(volShifts);
            if (spotShifts.isEmpty()) {
                errors.add(new FieldError("spotShifts", "must not be empty"));
            }
            if (volShifts.isEmpty()) {
                errors.add(new FieldError("volShifts", "must not be empty"));
            }
            for (int i = 0; i < spotShifts.size(); i++) {
                Double s = spotShifts.get(i);
                if (s == null || !Double.isFinite(s) || s <= -1 || s > 10) {
                    errors.add(new FieldError("spotShifts[" + i + "]", "must be above -1 and at most 10 (relative)"));
                }
            }
            for (int i = 0; i < volShifts.size(); i++) {
                Double v = volShifts.get(i);
                if (v == null || !Double.isFinite(v) || Math.abs(v) > 2) {
                    errors.add(new FieldError("volShifts[" + i + "]", "must be between -2 and 2 (absolute)"));
                }
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
        }

        static List<Double> steps(double from, double step, int count) {
            List<Double> out = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                out.add(Math.round((from + i * step) * 1e6) / 1e6);
            }
            return out;
        }
    }
}
