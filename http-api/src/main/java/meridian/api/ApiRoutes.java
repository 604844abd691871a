package meridian.api;

import meridian.api.http.ApiModule;
import meridian.api.http.Endpoint;
import meridian.api.http.HttpMetrics;
import meridian.api.http.ProblemHandlers;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.Route;

import java.util.List;

/** The whole HTTP surface: every module's routes, wrapped in latency metrics and problem-document error handling. */
public final class ApiRoutes extends AllDirectives {

    private final List<ApiModule> modules;
    private final HttpMetrics metrics;

    public ApiRoutes(List<ApiModule> modules) {
        this.modules = List.copyOf(modules);
        this.metrics = new HttpMetrics(endpoints());
    }

    public List<Endpoint> endpoints() {
        return modules.stream().flatMap(m -> m.endpoints().stream()).toList();
    }

    public Route route() {
        Route[] routes = modules.stream().map(ApiModule::routes).toArray(Route[]::new);
        return extractRequest(request -> {
            long started = System.nanoTime();
            return mapResponse(response -> {
                metrics.observe(request.method().name(), request.getUri().path(), response.status().intValue(), started);
                return response;
            }, () -> handleExceptions(ProblemHandlers.exceptions(), () ->
                    handleRejections(ProblemHandlers.rejections(), () -> concat(routes[0], java.util.Arrays.copyOfRange(routes, 1, routes.length)))));
        });
    }
}
