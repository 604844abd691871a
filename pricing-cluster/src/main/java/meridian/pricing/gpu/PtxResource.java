package meridian.pricing.gpu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;

/** A kernel's PTX as the build packaged it (src/main/cuda/build-ptx.sh), null-terminated for cuModuleLoadData. */
public final class PtxResource {
    private PtxResource() {
    }

    public static String path(String kernel) {
        return "/meridian/pricing/gpu/" + kernel + ".ptx";
    }

    /** The PTX, or empty when the jar was built without nvcc. */
    public static Optional<byte[]> load(String kernel) {
        try (InputStream in = PtxResource.class.getResourceAsStream(path(kernel))) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] text = in.readAllBytes();
            return Optional.of(Arrays.copyOf(text, text.length + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
