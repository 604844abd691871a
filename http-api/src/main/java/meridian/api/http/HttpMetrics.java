package meridian.api.http;

import io.prometheus.client.Histogram;

import java.util.List;

/** Request latency by endpoint template, method and status: {@code meridian_http_request_seconds}. */
public final class HttpMetrics {

    private static final Histogram LATENCY = Histogram.build()
            .name("meridian_http_request_seconds").help("HTTP request latency")
            .labelNames("method", "endpoint", "status")
            .buckets(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
            .register();

    private final List<Endpoint> endpoints;

    public HttpMetrics(List<Endpoint> endpoints) {
        this.endpoints = List.copyOf(endpoints);
    }

    public void observe(String method, String path, int status, long startNanos) {
        String endpoint = endpoints.stream().filter(e -> e.matches(method, path)).map(Endpoint::template)
                .findFirst().orElse("unmatched");
        LATENCY.labels(method, endpoint, Integer.toString(status)).observe((System.nanoTime() - startNanos) / 1e9);
    }
}
