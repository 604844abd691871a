package meridian.domain.kyc.screening;

import meridian.domain.common.CsvLine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

/**
 * Reads watch lists in Meridian's CSV format (documented in core-domain/KYC.md): UTF-8, lines starting with {@code #} are
 * comments, then the header {@value #HEADER}, then one entry per line. Fields follow RFC 4180 quoting on one line;
 * aliases are separated by {@code |}; {@code listed_on} is an ISO date or empty. A bad line is refused with its number.
 */
public final class WatchListCsv {
    public static final String HEADER = "id,category,kind,name,aliases,country,program,listed_on";
    public static final String DEMO_RESOURCE = "/meridian/kyc/demo-watch-list.csv";

    private WatchListCsv() {
    }

    /** The made-up demo list shipped with Meridian. */
    public static List<WatchListEntry> demo() {
        return resource(DEMO_RESOURCE, "DEMO");
    }

    public static List<WatchListEntry> resource(String path, String source) {
        try (InputStream in = WatchListCsv.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every entry of the list, or a {@link ValidationException} naming each bad line and field ({@code lines[12].kind}). */
    public static List<WatchListEntry> read(Reader reader, String source) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        List<WatchListEntry> entries = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean headerSeen = false;
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!line.strip().equals(HEADER)) {
                    throw new ValidationException("lines[" + number + "]", "expected the header " + HEADER);
                }
                headerSeen = true;
                continue;
            }
            String at = "lines[" + number + "].";
            List<String> fields;
            try {
                fields = CsvLine.split(line);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("lines[" + number + "]", e.getMessage()));
                continue;
            }
            if (fields.size() != 8) {
                errors.add(new FieldError("lines[" + number + "]", "has " + fields.size() + " fields, expected 8"));
                continue;
            }
            int before = errors.size();
            String id = required(fields.get(0), at + "id", errors);
            if (id != null && !ids.add(id)) {
                errors.add(new FieldError(at + "id", "'" + id + "' appears twice"));
            }
            ListCategory category = parseEnum(ListCategory.class, fields.get(1), at + "category", errors);
            EntryKind kind = parseEnum(EntryKind.class, fields.get(2), at + "kind", errors);
            String name = required(fields.get(3), at + "name", errors);
            List<String> aliases = fields.get(4).isBlank() ? List.of()
                    : Arrays.stream(fields.get(4).split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).toList();
            LocalDate listedOn = null;
            if (!fields.get(7).isBlank()) {
                try {
                    listedOn = LocalDate.parse(fields.get(7).strip());
                } catch (DateTimeParseException e) {
                    errors.add(new FieldError(at + "listed_on", "'" + fields.get(7) + "' is not a yyyy-MM-dd date"));
                }
            }
            if (errors.size() == before) {
                entries.add(new WatchListEntry(id, source, category, kind, name, aliases, blankToNull(fields.get(5)),
                        blankToNull(fields.get(6)), listedOn));
            }
        }
        if (!headerSeen) {
            errors.add(new FieldError("lines", "no header line " + HEADER));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return entries;
    }

    private static String required(String value, String field, List<FieldError> errors) {
        if (value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field, List<FieldError> errors) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }
}
