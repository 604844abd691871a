package meridian.pricing.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import meridian.domain.common.ValidationException;
import meridian.domain.pricing.api.PriceRequest;
import meridian.domain.pricing.api.PriceResponse;
import meridian.domain.pricing.market.MarketData;
import meridian.pricing.PricingService;
import meridian.pricing.book.BookContract;
import meridian.pricing.book.BookEngine;
import meridian.pricing.book.BookRun;
import meridian.pricing.book.ContractRisk;
import meridian.pricing.book.CpuBookEngine;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class PricingWorkerTest {

    private static final ActorTestKit KIT = ActorTestKit.create();
    private static final ExecutorService THREADS = Executors.newFixedThreadPool(4);

    @AfterAll
    static void stop() {
        KIT.shutdownTestKit();
        THREADS.shutdownNow();
    }

    /** An engine that takes a batch and never finishes it, as a worker that hangs before it crashes. */
    private static final class StuckEngine implements BookEngine {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public String name() {
            return "stuck";
        }

        @Override
        public List<ContractRisk> value(List<BookContract> contracts, Map<String, MarketData> markets, BookRun run) {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("released");
        }
    }

    @Test
    void aStoppedWorkersBatchIsValuedByAnotherWorker() throws Exception {
        ActorRef<PricingDispatcher.Command> dispatcher = KIT.spawn(PricingDispatcher.create(), "dispatcher-redelivery");
        StuckEngine stuck = new StuckEngine();
        try {
            ActorRef<PricingWorker.Command> first = KIT.spawn(PricingWorker.create(
                    new JobExecutor("worker-1", stuck, new PricingService()), THREADS), "worker-1");
            List<WireContract> batch = TestBook.contracts(TestBook.VANILLA, TestBook.SNOWBALL, TestBook.SHARKFIN);
            TestProbe<PricingJobResult> requester = KIT.createTestProbe();
            dispatcher.tell(new PricingDispatcher.Submit(
                    new PricingJob.BookBatchJob("batch-1", batch, TestBook.MARKETS, TestBook.RUN, requester.getRef())));
            assertTrue(stuck.started.await(20, TimeUnit.SECONDS), "the first worker never got the batch");

            KIT.spawn(PricingWorker.create(new JobExecutor("worker-2", new CpuBookEngine(new PricingService()),
                    new PricingService()), THREADS), "worker-2");
            KIT.stop(first);

            PricingJobResult result = requester.expectMessageClass(PricingJobResult.class, Duration.ofSeconds(60));
            PricingJobResult.BookValued valued = assertInstanceOf(PricingJobResult.BookValued.class, result);
            assertEquals("worker-2", valued.worker());
            assertEquals("batch-1", valued.jobId());
            List<ContractRisk> direct = new CpuBookEngine(new PricingService())
                    .value(batch.stream().map(WireContract::toContract).toList(), TestBook.MARKETS, TestBook.RUN);
            assertEquals(direct, valued.risks());
            requester.expectNoMessage(Duration.ofMillis(300));
        } finally {
            stuck.release.countDown();
        }
    }

    @Test
    void theGatewayPricesOnTheWorkersAsTheServiceDoesAndNamesBadFields() {
        ActorRef<PricingDispatcher.Command> dispatcher = KIT.spawn(PricingDispatcher.create(), "dispatcher-gateway");
        for (int i = 0; i < 2; i++) {
            KIT.spawn(PricingWorker.create(new JobExecutor("gw-" + i, new CpuBookEngine(new PricingService()),
                    new PricingService()), THREADS), "gw-worker-" + i);
        }
        ClusterPricingGateway gateway = new ClusterPricingGateway(dispatcher, KIT.system().scheduler(), Duration.ofSeconds(60));
        PriceRequest request = PriceRequest.of(ProductWire.read(TestBook.BARRIER), TestBook.MARKETS.get("000300.SH"))
                .withPaths(4_000);
        PriceResponse viaCluster = gateway.price(request).toCompletableFuture().join();
        PriceResponse local = new PricingService().price(request);
        assertEquals(local.pv(), viaCluster.pv(), 0.0);
        assertEquals(local.greeks(), viaCluster.greeks());

        PriceRequest expired = request.withProduct(ProductWire.read(TestBook.VANILLA))
                .withPaths(2_000);
        PriceRequest late = new PriceRequest(expired.product(),
                expired.market().withValuationDate(java.time.LocalDate.of(2027, 1, 5)), null, 2_000, 1L,
                expired.calendar(), false);
        CompletionException failure = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class,
                () -> gateway.price(late).toCompletableFuture().join());
        ValidationException cause = assertInstanceOf(ValidationException.class, failure.getCause());
        assertEquals("market.valuationDate", cause.errors().get(0).field());

        List<WireContract> book = TestBook.contracts(TestBook.DIGITAL, TestBook.PHOENIX);
        PricingJobResult.BookValued valued = gateway.value(book, TestBook.MARKETS, TestBook.RUN).toCompletableFuture().join();
        assertEquals(List.of("D0", "D1"), valued.risks().stream().map(ContractRisk::contractId).toList());
        assertEquals("cpu", valued.engine());
    }

    @Test
    void quotesGoToTheQuoteLaneWhileTheRiskLaneIsBusy() throws Exception {
        StuckEngine stuck = new StuckEngine();
        List<ActorRef<?>> spawned = new java.util.ArrayList<>();
        try {
            ActorRef<PricingDispatcher.Command> risk = KIT.spawn(PricingDispatcher.create(PricingLane.RISK), "dispatcher-busy-risk");
            spawned.add(risk);
            spawned.add(KIT.spawn(PricingWorker.create(new JobExecutor("risk-busy", stuck, new PricingService()), THREADS,
                    PricingLane.RISK), "risk-busy"));
            TestProbe<PricingJobResult> riskRequester = KIT.createTestProbe();
            risk.tell(new PricingDispatcher.Submit(new PricingJob.BookBatchJob("risk-batch",
                    TestBook.contracts(TestBook.VANILLA), TestBook.MARKETS, TestBook.RUN, riskRequester.getRef())));
            assertTrue(stuck.started.await(20, TimeUnit.SECONDS), "the risk worker never got its batch");

            ActorRef<PricingDispatcher.Command> quotes = KIT.spawn(PricingDispatcher.create(PricingLane.QUOTES), "dispatcher-quotes");
            spawned.add(quotes);
            spawned.add(KIT.spawn(PricingWorker.create(new JobExecutor("quote-1", new CpuBookEngine(new PricingService()),
                    new PricingService()), THREADS, PricingLane.QUOTES), "quote-1"));
            PriceRequest request = PriceRequest.of(ProductWire.read(TestBook.VANILLA), TestBook.MARKETS.get("000300.SH"));
            TestProbe<PricingJobResult> quoteRequester = KIT.createTestProbe();
            quotes.tell(new PricingDispatcher.Submit(new PricingJob.PriceJob("quote", RequestWire.write(request),
                    quoteRequester.getRef())));
            PricingJobResult.Priced priced = assertInstanceOf(PricingJobResult.Priced.class,
                    quoteRequester.expectMessageClass(PricingJobResult.class, Duration.ofSeconds(30)));
            assertEquals("quote-1", priced.worker());
            assertEquals(new PricingService().price(request).pv(), priced.response().pv(), 0.0);
            riskRequester.expectNoMessage(Duration.ofMillis(200));
        } finally {
            // The other tests share the risk lane's service key in this actor system: leave no worker behind.
            spawned.forEach(KIT::stop);
            stuck.release.countDown();
        }
    }
}
