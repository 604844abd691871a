package meridian.pricing.cluster;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import meridian.domain.pricing.calendar.CalendarId;
import meridian.domain.pricing.market.MarketData;
import meridian.domain.risk.ContractResult;
import meridian.pricing.PricingService;
import meridian.pricing.book.BookRun;
import meridian.pricing.book.CpuBookEngine;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.typed.ActorRef;

/**
 * A risk run's cost through the cluster machinery (work-pulling dispatcher, workers, coordinator) against the engine
 * called directly on the same book, in the same run. Not a test:
 * {@code mvn -B -o -q -pl core-domain,pricing-cluster -am test-compile -Pbench-risk [-Dcontracts=200 -Dpaths=2000 -Dworkers=1,2,4]}.
 */
public final class RiskRunBenchmark {

    private RiskRunBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        int contracts = Integer.getInteger("contracts", 200);
        int paths = Integer.getInteger("paths", 2_000);
        int batchSize = Integer.getInteger("batchSize", 25);
        String[] workerCounts = System.getProperty("workers", "1,2,4").split(",");
        LocalDate today = LocalDate.of(2026, 1, 5);
        Map<String, MarketData> markets = Map.of(
                "000300.SH", new MarketData(today, 4000, 4000, 0.22, 0.02, 0.01),
                "000905.SH", new MarketData(today, 6000, 6000, 0.28, 0.02, 0.0));
        List<WireContract> book = syntheticBook(contracts, today, new Random(7));
        // WEEKDAYS: the SSE holiday calendar shipped does not reach two years past the start date.
        BookRun run = new BookRun(paths, 42L, CalendarId.WEEKDAYS);

        CpuBookEngine engine = new CpuBookEngine(new PricingService());
        engine.value(book.subList(0, Math.min(20, book.size())).stream().map(WireContract::toContract).toList(), markets, run);
        long t0 = System.nanoTime();
        engine.value(book.stream().map(WireContract::toContract).toList(), markets, run);
        double direct = (System.nanoTime() - t0) / 1e9;

        System.out.printf("risk run: %d contracts, %d paths, batches of %d, %d cores%n", contracts, paths, batchSize,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("%-28s %8s %10s %14s%n", "how", "workers", "seconds", "contracts/s");
        System.out.printf("%-28s %8s %10.2f %14.1f%n", "engine directly (baseline)", "-", direct, contracts / direct);
        for (String w : workerCounts) {
            int workers = Integer.parseInt(w.strip());
            double seconds = throughCluster(book, markets, run, batchSize, workers);
            System.out.printf("%-28s %8d %10.2f %14.1f%n", "work-pulling workers", workers, seconds, contracts / seconds);
        }
    }

    private static double throughCluster(List<WireContract> book, Map<String, MarketData> markets, BookRun run, int batchSize,
                                         int workers) throws Exception {
        ActorTestKit kit = ActorTestKit.create(com.typesafe.config.ConfigFactory.parseString("pekko.loglevel = WARNING"));
        ExecutorService threads = Executors.newFixedThreadPool(workers);
        try {
            ActorRef<PricingDispatcher.Command> dispatcher = kit.spawn(PricingDispatcher.create(), "dispatcher");
            for (int i = 0; i < workers; i++) {
                kit.spawn(PricingWorker.create(new JobExecutor("w" + i, new CpuBookEngine(new PricingService()),
                        new PricingService()), threads), "worker-" + i);
            }
            CompletableFuture<Double> finished = new CompletableFuture<>();
            long start = System.nanoTime();
            RunJournal journal = new RunJournal() {
                @Override
                public CompletionStage<?> batchValued(int batch, String worker, String engine, List<ContractResult> results) {
                    return CompletableFuture.completedFuture(null);
                }

                @Override
                public CompletionStage<?> completed() {
                    finished.complete((System.nanoTime() - start) / 1e9);
                    return CompletableFuture.completedFuture(null);
                }

                @Override
                public CompletionStage<?> failed(String reason) {
                    finished.completeExceptionally(new IllegalStateException(reason));
                    return CompletableFuture.completedFuture(null);
                }
            };
            kit.spawn(RiskRunCoordinator.create(new RunPlan("bench", book, markets, run, batchSize), dispatcher, journal,
                    Duration.ofMinutes(10)), "run");
            return finished.get(30, TimeUnit.MINUTES);
        } finally {
            kit.shutdownTestKit();
            threads.shutdownNow();
        }
    }

    /** 60% snowballs, 20% sharkfins, 20% vanillas and digitals; tenors 1-24 months; two underlyings. */
    static List<WireContract> syntheticBook(int contracts, LocalDate start, Random random) {
        List<WireContract> book = new ArrayList<>();
        for (int i = 0; i < contracts; i++) {
            String underlying = random.nextBoolean() ? "000300.SH" : "000905.SH";
            int tenor = 1 + random.nextInt(24);
            String common = "\"underlying\":\"" + underlying + "\",\"notional\":1000000,\"startDate\":\"" + start
                    + "\",\"tenorMonths\":" + tenor;
            double kind = random.nextDouble();
            String product;
            if (kind < 0.6) {
                product = "{\"type\":\"SNOWBALL\"," + common + ",\"knockOutPct\":" + (100 + random.nextInt(6))
                        + ",\"knockInPct\":" + (70 + random.nextInt(11)) + ",\"couponPct\":" + (8 + random.nextInt(10)) + "}";
            } else if (kind < 0.8) {
                product = "{\"type\":\"SHARKFIN\"," + common + ",\"optionType\":\"CALL\",\"strikePct\":100,\"barrierPct\":"
                        + (110 + random.nextInt(15)) + ",\"participationPct\":80,\"rebatePct\":2,\"observation\":\"DAILY\"}";
            } else if (kind < 0.9) {
                product = "{\"type\":\"VANILLA\"," + common + ",\"optionType\":\"" + (random.nextBoolean() ? "CALL" : "PUT")
                        + "\",\"strikePct\":" + (90 + random.nextInt(21)) + "}";
            } else {
                product = "{\"type\":\"DIGITAL\"," + common + ",\"optionType\":\"CALL\",\"strikePct\":" + (95 + random.nextInt(11))
                        + ",\"payoutPct\":10}";
            }
            book.add(new WireContract("C" + i, underlying, product));
        }
        return book;
    }
}
