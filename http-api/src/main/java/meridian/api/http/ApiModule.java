package meridian.api.http;

import org.apache.pekko.http.javadsl.server.Route;

import java.util.List;

/** One business area's slice of the HTTP API: its routes, their catalog, and its part of the OpenAPI document. */
public interface ApiModule {

    List<Endpoint> endpoints();

    Route routes();

    /** Classpath resource holding {@code {"paths": {...}, "components": {"schemas": {...}}}} for these endpoints. */
    String openApiFragment();
}
