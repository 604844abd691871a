package meridian.pricing.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The device-side check says why it cannot run where there is no GPU, and passes where there is one. */
class GpuCheckTest {
    @Test
    void reportsTheMissingGpuOrAgreesOnIt() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = GpuCheck.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);
        if (CudaDevice.probe().present()) {
            assertEquals(0, status, text);
            assertTrue(text.contains("gpu check: all agree"), text);
        } else {
            assertEquals(2, status);
            assertEquals("no GPU: " + CudaDevice.probe().reason(), text.strip());
        }
    }
}
