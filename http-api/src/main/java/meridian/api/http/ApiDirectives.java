package meridian.api.http;

import meridian.api.auth.Principal;
import meridian.api.auth.Role;
import meridian.api.auth.TokenVerifier;
import org.apache.pekko.http.javadsl.model.ContentType;
import org.apache.pekko.http.javadsl.model.ContentTypes;
import org.apache.pekko.http.javadsl.model.HttpCharsets;
import org.apache.pekko.http.javadsl.model.HttpResponse;
import org.apache.pekko.http.javadsl.model.MediaTypes;
import org.apache.pekko.http.javadsl.model.headers.RawHeader;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.Route;
import org.apache.pekko.http.javadsl.unmarshalling.Unmarshaller;
import org.apache.pekko.pattern.AskTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

/** What every route shares: bearer authentication, strict JSON bodies, idempotent POSTs and problem answers. */
public class ApiDirectives extends AllDirectives {

    public static final ContentType.WithFixedCharset PROBLEM_JSON =
            ContentTypes.create(MediaTypes.applicationWithFixedCharset("problem+json", HttpCharsets.UTF_8));
    private static final Logger LOG = LoggerFactory.getLogger(ApiDirectives.class);
    private static final int MAX_IDEMPOTENCY_KEY = 128;

    private final TokenVerifier verifier;
    private final IdempotencyStore idempotency;

    protected ApiDirectives(TokenVerifier verifier, IdempotencyStore idempotency) {
        this.verifier = verifier;
        this.idempotency = idempotency;
    }

    /** Lets the call through with a verified principal holding one of {@code roles} (any role when empty). */
    protected Route authenticated(Set<Role> roles, Function<Principal, Route> inner) {
        return optionalHeaderValueByName("Authorization", header -> {
            if (header.isEmpty() || !header.get().regionMatches(true, 0, "Bearer ", 0, 7)) {
                return complete(unauthorized("a bearer token is required (Authorization: Bearer <token>)"));
            }
            Principal principal;
            try {
                principal = verifier.verify(header.get().substring(7).strip());
            } catch (TokenVerifier.InvalidToken e) {
                return complete(unauthorized(e.getMessage()));
            }
            if (!principal.hasAny(roles)) {
                return complete(problem(Problem.forbidden("this call needs one of the roles " + roles)));
            }
            return inner.apply(principal);
        });
    }

    /** Reads a strict JSON body of the given type; anything else is a 4xx problem naming the field. */
    protected <T> Route jsonBody(Class<T> type, Function<T, Route> inner) {
        return extractRequestEntity(entity -> {
            if (!entity.getContentType().mediaType().equals(MediaTypes.APPLICATION_JSON)) {
                return complete(problem(Problem.of("unsupported-media-type", "Unsupported media type", 415,
                        "the body must be application/json, was " + entity.getContentType())));
            }
            return entity(Unmarshaller.entityToString(), body -> {
                T value;
                try {
                    value = Json.read(body, type);
                } catch (BadRequestBody e) {
                    return complete(problem(e.problem()));
                }
                return inner.apply(value);
            });
        });
    }

    /**
     * Runs a command once per {@code Idempotency-Key}: a retry with the same key and body gets the stored first
     * answer, durably. Without the header the command simply runs.
     */
    protected Route idempotent(Principal principal, Object request, Supplier<CompletionStage<ApiResponse>> command) {
        return optionalHeaderValueByName("Idempotency-Key", key -> {
            if (key.isEmpty()) {
                return respond(command.get());
            }
            if (key.get().isBlank() || key.get().length() > MAX_IDEMPOTENCY_KEY) {
                return complete(problem(Problem.validation(java.util.List.of(new meridian.domain.common.FieldError(
                        "Idempotency-Key", "must be 1 to " + MAX_IDEMPOTENCY_KEY + " characters")))));
            }
            String tenant = principal.tenant();
            String hash = sha256(principal.subject() + "\n" + Json.write(request));
            CompletionStage<HttpResponse> answer = idempotency.claim(tenant, key.get(), hash).thenCompose(claim -> {
                if (claim instanceof IdempotencyStore.Replay replay) {
                    return CompletableFuture.completedFuture(stored(replay));
                }
                if (claim instanceof IdempotencyStore.InProgress) {
                    return CompletableFuture.completedFuture(problem(Problem.conflict(
                            "a request with this Idempotency-Key is still being processed; retry later")));
                }
                if (claim instanceof IdempotencyStore.Reused) {
                    return CompletableFuture.completedFuture(problem(Problem.of("idempotency-key-reused",
                            "Idempotency-Key reused", 422, "this Idempotency-Key was used for a different request")));
                }
                return recover(command.get()).thenCompose(response -> {
                    String body = Json.write(response.body());
                    CompletionStage<?> record = response.status() >= 500
                            ? idempotency.release(tenant, key.get())
                            : idempotency.complete(tenant, key.get(), response.status(), body);
                    return record.thenApply(done -> toHttp(response));
                });
            });
            return onComplete(answer, result -> result.isSuccess()
                    ? complete(result.get())
                    : complete(failure(result.failed().get())));
        });
    }

    /** Completes with the handler's answer; failures of the back end become 503 problems. */
    protected Route respond(CompletionStage<ApiResponse> response) {
        return onComplete(recover(response), result -> complete(toHttp(result.get())));
    }

    private static CompletionStage<ApiResponse> recover(CompletionStage<ApiResponse> response) {
        return response.exceptionally(e -> ApiResponse.problem(statusProblem(e)));
    }

    private static Problem statusProblem(Throwable e) {
        Throwable cause = unwrap(e);
        if (cause instanceof AskTimeoutException || cause instanceof TimeoutException
                || cause.getClass().getName().startsWith("com.datastax.oss.driver")) {
            LOG.warn("back end unavailable: {}", cause.toString());
            return Problem.unavailable("the event store did not answer in time; the request was not completed, retry later");
        }
        LOG.error("unexpected failure", cause);
        return Problem.of("internal", "Internal error", 500, "an unexpected error occurred; it has been logged");
    }

    protected static HttpResponse failure(Throwable e) {
        return problem(statusProblem(e));
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    public static HttpResponse toHttp(ApiResponse response) {
        if (response.body() instanceof Problem p) {
            return problem(p);
        }
        return HttpResponse.create().withStatus(response.status())
                .withEntity(ContentTypes.APPLICATION_JSON, Json.write(response.body()));
    }

    private static HttpResponse stored(IdempotencyStore.Replay replay) {
        ContentType.NonBinary type = replay.status() >= 400 ? PROBLEM_JSON : ContentTypes.APPLICATION_JSON;
        return HttpResponse.create().withStatus(replay.status()).withEntity(type, replay.body())
                .addHeader(RawHeader.create("Idempotent-Replayed", "true"));
    }

    public static HttpResponse problem(Problem problem) {
        return HttpResponse.create().withStatus(problem.status()).withEntity(PROBLEM_JSON, Json.write(problem));
    }

    private static HttpResponse unauthorized(String detail) {
        return problem(Problem.unauthorized(detail))
                .addHeader(RawHeader.create("WWW-Authenticate", "Bearer realm=\"meridian\""));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
