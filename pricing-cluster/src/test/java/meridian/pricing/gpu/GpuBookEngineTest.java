package meridian.pricing.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import meridian.domain.pricing.market.MarketData;
import meridian.pricing.Fixtures;
import meridian.pricing.PricingService;
import meridian.pricing.book.BookContract;
import meridian.pricing.book.BookFixtures;
import meridian.pricing.book.BookRun;
import meridian.pricing.book.ContractRisk;
import meridian.pricing.book.CpuBookEngine;
import meridian.pricing.book.batch.BookBatch;
import meridian.pricing.book.batch.CpuBatchKernel;
import meridian.pricing.book.batch.LegSums;
import org.junit.jupiter.api.Test;

/**
 * GPU against CPU on the same seed and paths: the same normals, so prices agree to 1e-6 of notional (only the last
 * bits of log, sin, cos and exp differ). Runs only where a CUDA device and the PTX are present.
 */
class GpuBookEngineTest {
    @Test
    void gpuAgreesWithCpuOnTheSamePaths() {
        Optional<byte[]> ptx = PtxResource.load(GpuBookEngine.KERNEL);
        assumeTrue(ptx.isPresent(), "no PTX in this build");
        CudaDevice.Probe probe = CudaDevice.probe();
        assumeTrue(probe.present(), () -> "no GPU: " + probe.reason());
        CpuBookEngine cpu = new CpuBookEngine(new PricingService());
        GpuBookEngine gpu = new GpuBookEngine(probe.device(), ptx.get(), cpu);
        List<BookContract> book = BookFixtures.book();
        Map<String, MarketData> markets = BookFixtures.markets();
        BookRun run = new BookRun(40_001, 7L << 33 | 12345, BookFixtures.RUN.calendar());

        BookBatch batch = BookBatch.of(book, markets, run).batch();
        LegSums onCpu = CpuBatchKernel.run(batch, run.seed(), run.paths());
        LegSums onGpu = gpu.run(batch, run.seed(), run.paths());
        for (int c = 0; c < batch.contracts(); c++) {
            for (int leg = 0; leg < BookBatch.LEGS; leg++) {
                assertEquals(onCpu.count(c, leg), onGpu.count(c, leg), "pairs of contract " + c + " leg " + leg);
            }
        }

        List<ContractRisk> expected = cpu.value(book, markets, run);
        List<ContractRisk> actual = gpu.value(book, markets, run);
        double tolerance = 1e-6 * Fixtures.NOTIONAL;
        for (int i = 0; i < book.size(); i++) {
            ContractRisk e = expected.get(i);
            ContractRisk a = actual.get(i);
            double h = BookBatch.SPOT_BUMP * markets.get(book.get(i).underlying()).spot();
            String what = book.get(i).product().type() + " " + e.contractId();
            assertEquals(e.contractId(), a.contractId());
            assertEquals(e.pv(), a.pv(), tolerance, what + " pv");
            assertEquals(e.stdErr(), a.stdErr(), tolerance, what + " stdErr");
            assertEquals(e.greeks().vega(), a.greeks().vega(), 2 * tolerance, what + " vega");
            assertEquals(e.greeks().theta(), a.greeks().theta(), 2 * tolerance, what + " theta");
            assertEquals(e.greeks().rho(), a.greeks().rho(), 2 * tolerance, what + " rho");
            assertEquals(e.greeks().delta(), a.greeks().delta(), tolerance / h, what + " delta");
            assertEquals(e.greeks().gamma(), a.greeks().gamma(), 4 * tolerance / (h * h), what + " gamma");
        }
    }
}
