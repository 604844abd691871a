package meridian.api;

import meridian.api.http.Endpoint;
import meridian.api.http.HttpMetrics;
import meridian.api.http.ProblemHandlers;
import meridian.api.ops.OpsRoutes;
import meridian.api.security.SecurityRoutes;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.Route;

import java.util.List;
import java.util.stream.Stream;

/** The whole HTTP surface: every route, wrapped in latency metrics and problem-document error handling. */
public final class ApiRoutes extends AllDirectives {

    public static final List<Endpoint> ENDPOINTS = Stream.of(OpsRoutes.ENDPOINTS, SecurityRoutes.ENDPOINTS)
            .flatMap(List::stream).toList();

    private final HttpMetrics metrics = new HttpMetrics(ENDPOINTS);
    private final List<Route> routes;

    public ApiRoutes(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    public Route route() {
        return extractRequest(request -> {
            long started = System.nanoTime();
            return mapResponse(response -> {
                metrics.observe(request.method().name(), request.getUri().path(), response.status().intValue(), started);
                return response;
            }, () -> handleExceptions(ProblemHandlers.exceptions(), () ->
                    handleRejections(ProblemHandlers.rejections(), () -> concat(routes.get(0), routes.subList(1, routes.size()).toArray(Route[]::new)))));
        });
    }
}
