package meridian.api.http;

import org.apache.pekko.http.javadsl.model.HttpEntity;
import org.apache.pekko.http.javadsl.model.HttpResponse;
import org.apache.pekko.http.javadsl.model.MediaTypes;
import org.apache.pekko.http.javadsl.server.ExceptionHandler;
import org.apache.pekko.http.javadsl.server.RejectionHandler;
import org.apache.pekko.http.scaladsl.model.EntityStreamSizeException;

import static org.apache.pekko.http.javadsl.server.Directives.complete;

/** Every refusal and failure leaves as an {@code application/problem+json} document. */
public final class ProblemHandlers {

    private ProblemHandlers() {
    }

    public static ExceptionHandler exceptions() {
        return ExceptionHandler.newBuilder()
                .match(BadRequestBody.class, e -> complete(ApiDirectives.problem(e.problem())))
                .match(EntityStreamSizeException.class, e -> complete(ApiDirectives.problem(tooLarge())))
                .matchAny(e -> complete(ApiDirectives.failure(e)))
                .build();
    }

    /** Pekko's own rejections (404, 405, 413, 415, ...) keep their status; their text becomes a problem detail. */
    public static RejectionHandler rejections() {
        return RejectionHandler.defaultHandler().mapRejectionResponse(ProblemHandlers::asProblem);
    }

    private static HttpResponse asProblem(HttpResponse response) {
        if (response.entity().getContentType().mediaType().equals(MediaTypes.applicationWithFixedCharset(
                "problem+json", org.apache.pekko.http.javadsl.model.HttpCharsets.UTF_8))) {
            return response;
        }
        int status = response.status().intValue();
        String detail = response.entity() instanceof HttpEntity.Strict strict
                ? strict.getData().utf8String() : response.status().reason();
        Problem problem = switch (status) {
            case 404 -> Problem.notFound(detail.isBlank() ? "no such resource" : detail);
            case 413 -> tooLarge();
            default -> Problem.of(kind(status), response.status().reason(), status, detail);
        };
        return ApiDirectives.problem(problem).withHeaders(response.getHeaders());
    }

    private static String kind(int status) {
        return switch (status) {
            case 405 -> "method-not-allowed";
            case 415 -> "unsupported-media-type";
            case 400 -> "bad-request";
            default -> "http-" + status;
        };
    }

    private static Problem tooLarge() {
        return Problem.of("payload-too-large", "Payload too large", 413, "the request body exceeds the size limit");
    }
}
