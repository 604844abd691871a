package meridian.pricing.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import com.fasterxml.jackson.databind.ObjectMapper;
import meridian.domain.template.CompiledTemplate;
import meridian.domain.template.MarketInputs;
import meridian.domain.template.ResolvedTemplate;
import meridian.domain.template.TemplateJson;
import meridian.domain.template.TradingCalendar;
import meridian.pricing.Fixtures;
import meridian.pricing.book.BookFixtures;
import meridian.pricing.book.BookRun;
import meridian.pricing.book.batch.BookBatch;
import meridian.pricing.book.batch.CpuBatchKernel;
import meridian.pricing.book.batch.LegSums;
import meridian.pricing.mc.MonteCarloEngine;
import meridian.pricing.template.TemplateMonteCarloPricer;
import org.junit.jupiter.api.Test;

/**
 * The CUDA sources of book_mc and template_mc, compiled for the CPU by g++ through src/test/cuda/book_mc_host.cpp (a thread per CUDA
 * thread, barriers for __syncthreads) and launched with the GPU engines' shapes, against the Java engines: the
 * kernels' Philox keying, normals, payoffs, program interpreter and reductions are checked on machines without a GPU.
 */
class CudaSourceOnCpuTest {
    @Test
    void kernelSourceGivesTheJavaEnginesSums() throws Exception {
        assumeTrue(CudaHarness.onPath("g++"), "g++ is not on PATH");
        Path binary = CudaHarness.compile("book_mc_host");
        BookRun run = new BookRun(3_001, 0x1234_5678_9ABCL, BookFixtures.RUN.calendar());
        BookBatch batch = BookBatch.of(BookFixtures.book(), BookFixtures.markets(), run).batch();
        BookKernelLaunch launch = BookKernelLaunch.of(run.paths());
        assertTrue(launch.pathBlocks() > 1, "several path blocks, so block sums are merged");

        double[] partials = launch(binary, batch, launch, run.seed());
        LegSums onKernel = new LegSums(batch.contracts());
        onKernel.mergeBlocks(0, partials, batch.contracts(), launch.pathBlocks());
        LegSums onJava = CpuBatchKernel.run(batch, run.seed(), run.paths());

        for (int c = 0; c < batch.contracts(); c++) {
            for (int leg = 0; leg < BookBatch.LEGS; leg++) {
                String what = "contract " + batch.contractId(c) + " leg " + leg;
                assertEquals(onJava.count(c, leg), onKernel.count(c, leg), what + " pairs");
                assertEquals(onJava.mean(c, leg), onKernel.mean(c, leg), 1e-9 * Fixtures.NOTIONAL, what + " mean");
                assertEquals(onJava.stdErr(c, leg), onKernel.stdErr(c, leg), 1e-6 * Fixtures.NOTIONAL, what + " stdErr");
            }
        }
        assertEquals(1501, onKernel.count(0, BookBatch.BASE));
    }

    @Test
    void templateKernelSourceGivesTheTemplatePricersPrice() throws Exception {
        assumeTrue(CudaHarness.onPath("g++"), "g++ is not on PATH");
        Path binary = CudaHarness.compile("template_mc_host");
        MarketInputs market = new MarketInputs(LocalDate.of(2026, 1, 5), 98.0, 100.0, 0.27, 0.02, 0.01);
        TemplateMonteCarloPricer cpu = new TemplateMonteCarloPricer(name -> TradingCalendar.WEEKDAYS,
                new MonteCarloEngine());
        for (String[] template : TEMPLATES) {
            ResolvedTemplate resolved = CompiledTemplate
                    .compile(TemplateJson.readResource("/meridian/templates/" + template[0] + ".json"))
                    .resolve(new ObjectMapper().readTree(template[1]), market, TradingCalendar.WEEKDAYS, "terms");
            int paths = 2_001;
            long seed = 99L;
            TemplateMonteCarloPricer.Result expected = cpu.price(resolved, paths, seed);
            TemplateMonteCarloPricer.Result actual = launchTemplate(binary, TemplateBatch.of(resolved),
                    TemplateKernelLaunch.of(paths), seed);
            assertEquals(expected.paths(), actual.paths(), template[0]);
            assertEquals(expected.pv(), actual.pv(), 1e-9 * Fixtures.NOTIONAL, template[0] + " pv");
            assertEquals(expected.stdErr(), actual.stdErr(), 1e-9 * Fixtures.NOTIONAL, template[0] + " stdErr");
            assertTrue(expected.stdErr() > 0, template[0]);
        }
    }

    private static final String[][] TEMPLATES = {
        {"snowball", "{\"notional\": 1000000, \"startDate\": \"2026-01-05\", \"tenorMonths\": 12,"
                + " \"knockOutPct\": 103, \"knockInPct\": 80, \"couponPct\": 15, \"lockMonths\": 3}"},
        {"phoenix", "{\"notional\": 1000000, \"startDate\": \"2026-01-05\", \"tenorMonths\": 12,"
                + " \"knockOutPct\": 103, \"knockInPct\": 80, \"couponPct\": 10, \"couponBarrierPct\": 85,"
                + " \"lockMonths\": 0}"},
        {"sharkfin", "{\"notional\": 1000000, \"startDate\": \"2026-01-05\", \"tenorMonths\": 6,"
                + " \"optionType\": \"CALL\", \"strikePct\": 100, \"barrierPct\": 115, \"participationPct\": 80,"
                + " \"observation\": \"DAILY\"}"},
    };

    private static TemplateMonteCarloPricer.Result launchTemplate(Path binary, TemplateBatch batch,
            TemplateKernelLaunch launch, long seed) throws IOException, InterruptedException {
        Process harness = new ProcessBuilder(binary.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (OutputStream in = harness.getOutputStream()) {
            ByteBuffer header = CudaHarness.little(6 * 4 + 2 * 8 + 4 * 8);
            header.putInt(launch.blocks()).putInt(TemplateKernelLaunch.THREADS).putInt(launch.pairsPerThread())
                    .putInt(batch.observations()).putInt(batch.slotCount()).putInt(batch.scratchRows())
                    .putLong(launch.pairs()).putLong(seed)
                    .putDouble(batch.logSpot()).putDouble(batch.mu()).putDouble(batch.vol()).putDouble(batch.rate());
            in.write(header.array());
            in.write(CudaHarness.array(batch.stepLengths()));
            in.write(CudaHarness.array(batch.stepRoots()));
            in.write(CudaHarness.array(batch.code()));
            in.write(CudaHarness.array(batch.constants()));
            in.write(CudaHarness.array(batch.initialSlots()));
            in.write(CudaHarness.array(batch.scheduleStart()));
            in.write(CudaHarness.array(batch.scheduleLength()));
            in.write(CudaHarness.array(batch.observationIndex()));
            in.write(CudaHarness.array(batch.observationDays()));
        }
        byte[] bytes = harness.getInputStream().readAllBytes();
        assertTrue(harness.waitFor(120, TimeUnit.SECONDS), "harness finished");
        assertEquals(0, harness.exitValue());
        assertEquals(3 * launch.blocks() * 8 + 4, bytes.length);
        ByteBuffer out = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        double[] sums = new double[3 * launch.blocks()];
        out.asDoubleBuffer().get(sums);
        assertEquals(0, out.getInt(sums.length * 8), "no bad opcode");
        return TemplateSums.result(sums, launch.blocks());
    }

    private static double[] launch(Path binary, BookBatch batch, BookKernelLaunch launch, long seed)
            throws IOException, InterruptedException {
        Process harness = new ProcessBuilder(binary.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (OutputStream in = harness.getOutputStream()) {
            ByteBuffer header = CudaHarness.little(4 * 4 + 2 * 8);
            header.putInt(batch.contracts()).putInt(launch.pathBlocks()).putInt(BookKernelLaunch.THREADS)
                    .putInt(launch.pairsPerThread()).putLong(launch.pairs()).putLong(seed);
            in.write(header.array());
            in.write(CudaHarness.array(batch.legInts()));
            in.write(CudaHarness.array(batch.legDoubles()));
            in.write(CudaHarness.array(batch.stepLengths()));
            in.write(CudaHarness.array(batch.stepRoots()));
            in.write(CudaHarness.array(batch.eventSteps()));
            in.write(CudaHarness.array(batch.eventFlags()));
            in.write(CudaHarness.array(batch.eventAmounts()));
        }
        byte[] bytes = harness.getInputStream().readAllBytes();
        assertTrue(harness.waitFor(120, TimeUnit.SECONDS), "harness finished");
        assertEquals(0, harness.exitValue());
        double[] partials = new double[(int) launch.partialDoubles(batch.contracts())];
        assertEquals(partials.length * 8, bytes.length);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(partials);
        return partials;
    }

}
