package meridian.pricing.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** Underlying codes of the shipped security master (first CSV column), for the command line. */
final class SecurityCodes {
    static final String RESOURCE = "/meridian/security-master.csv";

    private SecurityCodes() {
    }

    static Set<String> fromClasspath() {
        InputStream stream = SecurityCodes.class.getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new IllegalStateException("missing " + RESOURCE);
        }
        Set<String> codes = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null) {
                return codes;
            }
            String line;
            while ((line = reader.readLine()) != null) {
                int comma = line.indexOf(',');
                String code = (comma < 0 ? line : line.substring(0, comma)).strip();
                if (!code.isEmpty()) {
                    codes.add(code);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(codes);
    }
}
