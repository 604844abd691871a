package meridian.pricing.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Optional;
import meridian.pricing.pde.CpuPlanEngine;
import meridian.pricing.pde.PlanEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The PDE plan engine choice with its one log line; on a machine with a device, the GPU against the CPU. */
class PlanEnginesTest {
    private final Logger logger = (Logger) LoggerFactory.getLogger(PlanEngines.class);
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
        PlanEngines.Choice choice = PlanEngines.choose(Optional::empty,
                () -> { throw new AssertionError("no device probe without PTX"); });
        assertEquals("cpu", choice.engine().name());
        assertTrue(choice.reason().contains("pde_plans.ptx"), choice.reason());
        assertEquals(1, logged.list.size());
        assertEquals("pde plan engine: cpu (" + choice.reason() + ")", logged.list.get(0).getFormattedMessage());
    }

    @Test
    void withoutADeviceTheCpuIsChosenWithTheDriversReason() {
        PlanEngines.Choice choice = PlanEngines.choose(() -> Optional.of(new byte[] {0}),
                () -> new CudaDevice.Probe(null, "the CUDA driver sees no device"));
        assertEquals("cpu", choice.engine().name());
        assertEquals("CPU fallback: the CUDA driver sees no device", choice.reason());
    }

    @Test
    void onADeviceTheGpuAgreesWithTheCpuAtEveryNode() {
        PlanEngine engine = PlanEngines.choose().engine();
        assumeTrue(engine.name().equals("gpu"), "no GPU here");
        PlanFixtures fixtures = new PlanFixtures(60);
        double[][] gpu = engine.run(fixtures.plans, fixtures.planOf, fixtures.vols);
        double[][] cpu = new CpuPlanEngine().run(fixtures.plans, fixtures.planOf, fixtures.vols);
        for (int p = 0; p < cpu.length; p++) {
            double notional = fixtures.notionals.get(fixtures.planOf[p]);
            for (int i = 0; i < cpu[p].length; i++) {
                assertEquals(cpu[p][i], gpu[p][i], 1e-9 * notional, "problem " + p + " node " + i);
            }
        }
    }
}
