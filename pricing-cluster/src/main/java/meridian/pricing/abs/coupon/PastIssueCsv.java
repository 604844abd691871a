package meridian.pricing.abs.coupon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

/**
 * Past issues as CSV, real or synthetic, with the header {@value #HEADER}. Reading reports every bad
 * cell as {@code rows[N].column} (N counts data rows from 1) and loads nothing if any is bad.
 */
public final class PastIssueCsv {
    public static final String HEADER = "issueId,source,issueDate,assetType,trancheRating,walYears,sizeMillions,"
            + "issuerRating,creditEnhancementPct,rateLevelPct,couponPct";
    /** The shipped synthetic data set, made by {@link PastIssueSimulator}. */
    public static final String SYNTHETIC_RESOURCE = "/meridian/abs/synthetic-past-issues.csv";
    private static final String[] COLUMNS = HEADER.split(",");

    private PastIssueCsv() {
    }

    public static List<PastIssue> loadSynthetic() {
        InputStream in = PastIssueCsv.class.getResourceAsStream(SYNTHETIC_RESOURCE);
        if (in == null) throw new IllegalStateException("missing resource " + SYNTHETIC_RESOURCE);
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    public static void write(List<PastIssue> issues, PrintStream out) {
        out.println(HEADER);
        for (PastIssue issue : issues) {
            IssueFeatures f = issue.features();
            out.println(String.join(",", issue.issueId(), issue.source(), f.issueDate().toString(), f.assetType().name(),
                    f.trancheRating(), num(f.walYears()), num(f.sizeMillions()), f.issuerRating(),
                    num(f.creditEnhancementPct()), num(f.rateLevelPct()), num(issue.couponPct())));
        }
    }

    private static String num(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    public static List<PastIssue> read(Reader source) {
        List<FieldError> errors = new ArrayList<>();
        List<PastIssue> issues = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(source)) {
            String header = in.readLine();
            if (header == null || !header.trim().replace("\uFEFF", "").equalsIgnoreCase(HEADER)) {
                throw new ValidationException("header", "expected the header " + HEADER);
            }
            String line;
            int row = 0;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) continue;
                row++;
                PastIssue issue = readRow(row, line.split(",", -1), errors);
                if (issue != null) issues.add(issue);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        if (issues.isEmpty()) throw new ValidationException("rows", "no past issues");
        return List.copyOf(issues);
    }

    private static PastIssue readRow(int row, String[] cells, List<FieldError> errors) {
        String prefix = "rows[" + row + "].";
        if (cells.length != COLUMNS.length) {
            errors.add(new FieldError("rows[" + row + "]", "expected " + COLUMNS.length + " columns, found " + cells.length));
            return null;
        }
        int before = errors.size();
        LocalDate date = null;
        try {
            date = LocalDate.parse(cells[2].trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(prefix + "issueDate", "not a date: '" + cells[2] + "'"));
        }
        AssetType asset = null;
        try {
            asset = AssetType.valueOf(cells[3].trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(prefix + "assetType", "unknown asset type '" + cells[3] + "'"));
        }
        double[] numbers = new double[11];
        for (int c : new int[] {5, 6, 8, 9, 10}) {
            try {
                numbers[c] = Double.parseDouble(cells[c].trim());
            } catch (NumberFormatException e) {
                errors.add(new FieldError(prefix + COLUMNS[c], "not a number: '" + cells[c] + "'"));
            }
        }
        if (errors.size() > before) return null;
        try {
            IssueFeatures features = new IssueFeatures(asset, cells[4].trim(), numbers[5], numbers[6], cells[7].trim(),
                    numbers[8], date, numbers[9]);
            return new PastIssue(cells[0].trim(), cells[1].trim(), features, numbers[10]);
        } catch (ValidationException e) {
            for (FieldError error : e.errors()) errors.add(new FieldError(prefix + error.field(), error.message()));
            return null;
        }
    }
}
