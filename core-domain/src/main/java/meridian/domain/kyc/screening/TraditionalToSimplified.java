package meridian.domain.kyc.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Folds traditional Chinese characters to simplified ones, from the shipped map {@code meridian/kyc/traditional-to-simplified.txt}. */
public final class TraditionalToSimplified {
    private static final String RESOURCE = "/meridian/kyc/traditional-to-simplified.txt";
    private static volatile TraditionalToSimplified standard;

    private final Map<Integer, Integer> map;

    private TraditionalToSimplified(Map<Integer, Integer> map) {
        this.map = map;
    }

    public static TraditionalToSimplified standard() {
        TraditionalToSimplified loaded = standard;
        if (loaded == null) {
            synchronized (TraditionalToSimplified.class) {
                if (standard == null) {
                    standard = load();
                }
                loaded = standard;
            }
        }
        return loaded;
    }

    private static TraditionalToSimplified load() {
        Map<Integer, Integer> map = new HashMap<>(8192);
        try (InputStream in = TraditionalToSimplified.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                int simplified = line.codePointAt(0);
                line.substring(tab + 1).codePoints().forEach(traditional -> map.put(traditional, simplified));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TraditionalToSimplified(Map.copyOf(map));
    }

    public int fold(int codePoint) {
        return map.getOrDefault(codePoint, codePoint);
    }

    public String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(fold(cp)));
        return out.toString();
    }

    public int size() {
        return map.size();
    }
}
