package meridian.api.ops;

import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.exporter.common.TextFormat;
import meridian.api.auth.Role;
import meridian.api.auth.TokenVerifier;
import meridian.api.http.ApiDirectives;
import meridian.api.http.ApiModule;
import meridian.api.http.ApiResponse;
import meridian.api.http.Endpoint;
import meridian.api.http.IdempotencyStore;
import org.apache.pekko.http.javadsl.model.ContentTypes;
import org.apache.pekko.http.javadsl.model.HttpResponse;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.Route;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** {@code /health}, {@code /ready} (no token), {@code /metrics} (Prometheus text) and the OpenAPI document. */
public final class OpsRoutes extends ApiDirectives implements ApiModule {

    public static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/health", Set.of()),
            new Endpoint("GET", "/ready", Set.of()),
            new Endpoint("GET", "/metrics", Set.of(Role.OPERATIONS, Role.ADMIN)),
            new Endpoint("GET", "/api/v1/openapi.json", Set.of()),
            new Endpoint("GET", "/api/v1/admin/cluster", Set.of(Role.OPERATIONS, Role.ADMIN)));

    private final Readiness readiness;
    private final ClusterStatus clusterStatus;
    private final String openApi;

    /** {@code otherFragments}: the OpenAPI fragments of every other module on this node. */
    public OpsRoutes(TokenVerifier verifier, IdempotencyStore idempotency, Readiness readiness,
                     ClusterStatus clusterStatus, List<String> otherFragments) {
        super(verifier, idempotency);
        this.readiness = readiness;
        this.clusterStatus = clusterStatus;
        this.openApi = OpenApiDocument.compose(java.util.stream.Stream.concat(Stream.of(openApiFragment()), otherFragments.stream()).toList());
    }

    @Override
    public List<Endpoint> endpoints() {
        return ENDPOINTS;
    }

    @Override
    public String openApiFragment() {
        return "/meridian/api/openapi/ops.json";
    }

    @Override
    public Route routes() {
        return concat(
                path("health", () -> get(() -> complete(ApiDirectives.toHttp(ApiResponse.ok(Map.of("status", "up")))))),
                path("ready", () -> get(() -> onSuccess(readiness.check(), report ->
                        complete(ApiDirectives.toHttp(new ApiResponse(report.ready() ? 200 : 503, report)))))),
                path("metrics", () -> get(() -> authenticated(Set.of(Role.OPERATIONS, Role.ADMIN), principal ->
                        complete(HttpResponse.create().withEntity(
                                ContentTypes.create(org.apache.pekko.http.javadsl.model.MediaTypes.TEXT_PLAIN,
                                        org.apache.pekko.http.javadsl.model.HttpCharsets.UTF_8),
                                prometheusText()))))),
                path(PathMatchers.segment("api").slash("v1").slash("admin").slash("cluster"), () -> get(() ->
                        authenticated(Set.of(Role.OPERATIONS, Role.ADMIN), principal -> parameterOptional("entity", entity ->
                                respond(clusterStatus.report(entity.orElse("Security")).thenApply(ApiResponse::ok)))))),
                path(PathMatchers.segment("api").slash("v1").slash("openapi.json"), () -> get(() ->
                        authenticated(Set.of(), principal -> complete(HttpResponse.create()
                                .withEntity(ContentTypes.APPLICATION_JSON, openApi))))));
    }

    private static String prometheusText() {
        StringWriter out = new StringWriter();
        try {
            TextFormat.write004(out, CollectorRegistry.defaultRegistry.metricFamilySamples());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
