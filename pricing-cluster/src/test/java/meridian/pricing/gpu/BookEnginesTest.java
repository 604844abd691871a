package meridian.pricing.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Optional;
import meridian.pricing.PricingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The engine choice and its one log line, on any machine; the GPU is chosen only where it can run. */
class BookEnginesTest {
    private final PricingService pricing = new PricingService();
    private final Logger logger = (Logger) LoggerFactory.getLogger(BookEngines.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(logged);
    }

    @Test
    void withoutPtxTheCpuIsChosenAndTheLogSaysWhy() {
        BookEngines.Choice choice = BookEngines.choose(pricing, Optional::empty,
                () -> { throw new AssertionError("no device probe without PTX"); });
        assertEquals("cpu", choice.engine().name());
        assertTrue(choice.reason().contains("book_mc.ptx"), choice.reason());
        assertEquals(1, logged.list.size());
        assertEquals("book engine: cpu (" + choice.reason() + ")", logged.list.get(0).getFormattedMessage());
    }

    @Test
    void withoutDeviceTheCpuIsChosenWithTheDriversReason() {
        BookEngines.Choice choice = BookEngines.choose(pricing, () -> Optional.of(new byte[] {0}),
                () -> new CudaDevice.Probe(null, "the CUDA driver sees no device"));
        assertEquals("cpu", choice.engine().name());
        assertEquals("CPU fallback: the CUDA driver sees no device", choice.reason());
        assertTrue(logged.list.get(0).getFormattedMessage().contains("sees no device"));
    }

    @Test
    void thisMachineGetsTheGpuOnlyWhenItHasOne() {
        boolean gpuHere = PtxResource.load(GpuBookEngine.KERNEL).isPresent() && CudaDevice.probe().present();
        BookEngines.Choice choice = BookEngines.choose(pricing);
        assertEquals(gpuHere ? "gpu" : "cpu", choice.engine().name(), choice.reason());
        if (!gpuHere) {
            assertTrue(choice.reason().startsWith("CPU fallback: "), choice.reason());
        }
        assertEquals(1, logged.list.size());
        assertTrue(logged.list.get(0).getFormattedMessage().startsWith("book engine: " + choice.engine().name()));
    }
}
