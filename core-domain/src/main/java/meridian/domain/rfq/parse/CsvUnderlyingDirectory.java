package meridian.domain.rfq.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import meridian.domain.common.ValidationException;

/** The security master as CSV: {@code code,name,type,aliases} with aliases separated by {@code |}. */
public final class CsvUnderlyingDirectory implements UnderlyingDirectory {

    public static final String RESOURCE = "/meridian/security-master.csv";

    private final List<Underlying> underlyings;

    public CsvUnderlyingDirectory(Reader csv) {
        this.underlyings = read(csv);
    }

    /** The security master shipped with core-domain. */
    public static CsvUnderlyingDirectory fromClasspath() {
        InputStream in = CsvUnderlyingDirectory.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return new CsvUnderlyingDirectory(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Underlying> all() {
        return underlyings;
    }

    private static List<Underlying> read(Reader csv) {
        List<Underlying> result = new ArrayList<>();
        try {
            BufferedReader lines = new BufferedReader(csv);
            String header = lines.readLine();
            if (header == null || !header.replace("\uFEFF", "").trim().equals("code,name,type,aliases")) {
                throw new ValidationException("header", "expected code,name,type,aliases, got " + header);
            }
            String line;
            int number = 1;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != 4) {
                    throw new ValidationException("line " + number, "expected 4 cells, got " + cells.length);
                }
                List<String> aliases = Arrays.stream(cells[3].split("\\|"))
                        .map(String::trim)
                        .filter(alias -> !alias.isEmpty())
                        .toList();
                result.add(new Underlying(cells[0].trim(), cells[1].trim(), cells[2].trim(), aliases));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(result);
    }
}
