package meridian.pricing.abs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test resources under meridian/abs. */
final class TestDeals {
    private TestDeals() {
    }

    static String resource(String name) {
        try (InputStream in = TestDeals.class.getResourceAsStream("/meridian/abs/" + name)) {
            if (in == null) throw new IllegalArgumentException("no test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
