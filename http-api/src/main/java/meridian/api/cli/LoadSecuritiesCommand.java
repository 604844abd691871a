package meridian.api.cli;

import com.typesafe.config.ConfigFactory;
import meridian.api.auth.JwtKeys;
import meridian.api.auth.Role;
import meridian.api.auth.TokenIssuer;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code meridian load-securities [--url U] [--count N] [--concurrency C]}: lists N new securities for a load tenant
 * through HTTP, C requests in flight, and prints acknowledged commands per second with latency percentiles.
 * Not a test: a measuring tool against a running Meridian.
 */
public final class LoadSecuritiesCommand {

    private LoadSecuritiesCommand() {
    }

    public static int run(String[] args, PrintStream out) throws InterruptedException {
        Map<String, String> options = CliOptions.parse(args, List.of("url", "count", "concurrency"));
        String url = options.getOrDefault("url", "http://127.0.0.1:8080");
        int count = Integer.parseInt(options.getOrDefault("count", "2000"));
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "16"));
        Path keys = Path.of(ConfigFactory.load().getString("meridian.data-dir"), "keys");
        String token = new TokenIssuer(JwtKeys.loadOrCreate(keys).privateKey().orElseThrow())
                .issue("load", List.of(Role.ADMIN), "load", Duration.ofHours(1));
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Semaphore inFlight = new Semaphore(concurrency);
        long[] latencies = new long[count];
        AtomicInteger failures = new AtomicInteger();
        List<CompletableFuture<?>> all = new ArrayList<>(count);
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            inFlight.acquire();
            int index = i;
            String body = "{\"code\":\"" + run + String.format("%06d", i) + ".LD\",\"name\":\"Load " + i + "\",\"type\":\"STOCK\"}";
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/v1/securities"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long sent = System.nanoTime();
            all.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                latencies[index] = System.nanoTime() - sent;
                if (error != null || response.statusCode() != 201) {
                    failures.incrementAndGet();
                }
                inFlight.release();
            }));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        double seconds = (System.nanoTime() - started) / 1e9;
        Arrays.sort(latencies);
        int acknowledged = count - failures.get();
        out.printf("securities: %d commands, %d in flight, %d acknowledged, %d failed%n", count, concurrency, acknowledged, failures.get());
        out.printf("throughput: %.0f acknowledged commands/s over %.1f s%n", acknowledged / seconds, seconds);
        out.printf("latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", ms(latencies, 0.50), ms(latencies, 0.90),
                ms(latencies, 0.99), latencies[count - 1] / 1e6);
        return failures.get() == 0 ? 0 : 1;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
