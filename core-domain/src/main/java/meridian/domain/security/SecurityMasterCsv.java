package meridian.domain.security;

import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the seed file: {@code code,name,type,aliases} with aliases separated by {@code |}.
 * All or nothing: any bad row fails the whole file, naming row and column.
 */
public final class SecurityMasterCsv {

    public static final String SEED_RESOURCE = "/meridian/security-master.csv";
    private static final String HEADER = "code,name,type,aliases";

    private SecurityMasterCsv() {
    }

    public static List<Security> seed() {
        InputStream in = SecurityMasterCsv.class.getResourceAsStream(SEED_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("seed resource " + SEED_RESOURCE + " is missing");
        }
        return read(in);
    }

    public static List<Security> read(InputStream in) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !HEADER.equals(header.replace("\uFEFF", "").strip())) {
                throw new ValidationException("row[1]", "header must be " + HEADER);
            }
            List<Security> securities = new ArrayList<>();
            List<FieldError> errors = new ArrayList<>();
            String line;
            int row = 1;
            while ((line = reader.readLine()) != null) {
                row++;
                if (line.isBlank()) {
                    continue;
                }
                parseRow(line, row, securities, errors);
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            return List.copyOf(securities);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void parseRow(String line, int row, List<Security> out, List<FieldError> errors) {
        String[] cells = line.split(",", -1);
        if (cells.length != 4) {
            errors.add(new FieldError("row[" + row + "]", "expected 4 columns, found " + cells.length));
            return;
        }
        SecurityType type;
        try {
            type = SecurityType.valueOf(cells[2].strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("row[" + row + "].type", "unknown type " + cells[2]));
            return;
        }
        List<String> aliases = cells[3].isBlank() ? List.of()
                : Arrays.stream(cells[3].split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).toList();
        try {
            out.add(new Security(cells[0].strip(), cells[1].strip(), type, aliases));
        } catch (ValidationException e) {
            e.errors().forEach(err -> errors.add(new FieldError("row[" + row + "]." + err.field(), err.message())));
        }
    }
}
