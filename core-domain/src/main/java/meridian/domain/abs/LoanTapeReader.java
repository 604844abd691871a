package meridian.domain.abs;

import meridian.domain.common.CsvLine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

/**
 * Reads a loan tape: CSV with a header row naming the columns {@value #COLUMNS} in any order
 * (other columns are ignored), fields optionally in double quotes. Every bad cell is reported as
 * {@code rows[N].column}, N counting loan rows from 1 (the header is not a row), and the tape is
 * loaded whole or not at all. A tape holds at most {@value #MAX_LOANS} loans: the tape travels in one event (and
 * one message between nodes), which must stay well inside Cassandra's mutation limit.
 */
public final class LoanTapeReader {
    public static final String COLUMNS =
            "id,balance,ratePct,remainingTermMonths,amortization,obligor,industry,region,rating";
    public static final int MAX_LOANS = 50_000;
    private static final List<String> REQUIRED = List.of(COLUMNS.split(","));

    private LoanTapeReader() {
    }

    public static List<Loan> read(String csv) {
        return read(new StringReader(csv));
    }

    public static List<Loan> read(Reader source) {
        List<FieldError> errors = new ArrayList<>();
        List<Loan> loans = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(source)) {
            String headerLine = in.readLine();
            while (headerLine != null && headerLine.isBlank()) headerLine = in.readLine();
            if (headerLine == null) throw new ValidationException("header", "the tape is empty");
            Map<String, Integer> columns = header(CsvLine.split(stripBom(headerLine)), errors);
            if (!errors.isEmpty()) throw new ValidationException(errors);
            Map<String, Integer> ids = new HashMap<>();
            String line;
            int row = 0;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) continue;
                row++;
                if (row > MAX_LOANS) {
                    throw new ValidationException("rows", "the tape has more than " + MAX_LOANS
                            + " loans; split the pool or aggregate small loans by obligor");
                }
                Loan loan = readRow(row, CsvLine.split(line), columns, ids, errors);
                if (loan != null) loans.add(loan);
            }
            if (row == 0 && errors.isEmpty()) errors.add(new FieldError("rows", "the tape has no loans"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        return List.copyOf(loans);
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static Map<String, Integer> header(List<String> names, List<FieldError> errors) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).trim();
            for (String required : REQUIRED) {
                if (required.equalsIgnoreCase(name)) {
                    if (columns.putIfAbsent(required, i) != null) {
                        errors.add(new FieldError("header." + required, "column appears twice"));
                    }
                }
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) errors.add(new FieldError("header." + required, "missing column"));
        }
        return columns;
    }

    private static Loan readRow(int row, List<String> cells, Map<String, Integer> columns, Map<String, Integer> ids,
                                List<FieldError> errors) {
        int before = errors.size();
        Cells values = new Cells(row, cells, columns, errors);
        String id = values.text("id");
        if (id != null) {
            Integer first = ids.putIfAbsent(id, row);
            if (first != null) values.error("id", "duplicate loan id, first seen in row " + first);
        }
        BigDecimal balance = values.decimal("balance");
        BigDecimal rate = values.decimal("ratePct");
        Integer term = values.wholeNumber("remainingTermMonths");
        Amortization amortization = values.amortization();
        String obligor = values.text("obligor");
        String industry = values.text("industry");
        String region = values.text("region");
        String rating = values.text("rating");
        if (rating != null && !RatingScale.known(rating)) values.error("rating", "unknown rating '" + rating + "'");
        if (errors.size() > before) return null;
        try {
            return new Loan(id, balance, rate, term, amortization, obligor, industry, region,
                    rating.trim().toUpperCase(Locale.ROOT));
        } catch (ValidationException e) {
            e.errors().forEach(error -> values.error(error.field(), error.message()));
            return null;
        }
    }

    /** One row's cells, read by column name, each failure recorded with the row and column. */
    private static final class Cells {
        private final int row;
        private final List<String> cells;
        private final Map<String, Integer> columns;
        private final List<FieldError> errors;

        Cells(int row, List<String> cells, Map<String, Integer> columns, List<FieldError> errors) {
            this.row = row;
            this.cells = cells;
            this.columns = columns;
            this.errors = errors;
        }

        void error(String column, String message) {
            errors.add(new FieldError("rows[" + row + "]." + column, message));
        }

        String text(String column) {
            int index = columns.get(column);
            String value = index < cells.size() ? cells.get(index).trim() : "";
            if (value.isEmpty()) {
                error(column, "required");
                return null;
            }
            return value;
        }

        BigDecimal decimal(String column) {
            String value = text(column);
            if (value == null) return null;
            try {
                BigDecimal number = new BigDecimal(value);
                if (number.signum() < 0) {
                    error(column, "must not be negative");
                    return null;
                }
                return number;
            } catch (NumberFormatException e) {
                error(column, "not a number: '" + value + "'");
                return null;
            }
        }

        Integer wholeNumber(String column) {
            String value = text(column);
            if (value == null) return null;
            try {
                int number = Integer.parseInt(value);
                if (number < 1) {
                    error(column, "must be at least 1");
                    return null;
                }
                return number;
            } catch (NumberFormatException e) {
                error(column, "not a whole number: '" + value + "'");
                return null;
            }
        }

        Amortization amortization() {
            String value = text("amortization");
            if (value == null) return null;
            try {
                return Amortization.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error("amortization", "unknown amortization '" + value + "', expected LEVEL_PAY, EQUAL_PRINCIPAL or BULLET");
                return null;
            }
        }
    }
}
