package meridian.api.security;

import meridian.api.auth.Principal;
import meridian.api.auth.Role;
import meridian.api.auth.TokenVerifier;
import meridian.api.http.ApiDirectives;
import meridian.api.http.ApiModule;
import meridian.api.http.ApiResponse;
import meridian.api.http.Endpoint;
import meridian.api.http.IdempotencyStore;
import meridian.api.http.Problem;
import meridian.domain.common.Tenants;
import meridian.domain.common.ValidationException;
import meridian.domain.security.Security;
import meridian.domain.security.SecurityState;
import meridian.read.security.SecurityRepository;
import meridian.write.common.CommandReply;
import meridian.write.security.SecurityEntity;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.Route;
import org.apache.pekko.japi.function.Function;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * {@code /api/v1/securities}: everyone reads (their tenant's entries and the shared master), ADMIN changes.
 * An ADMIN of the platform tenant changes the shared master; any other ADMIN changes its own tenant's entries.
 */
public final class SecurityRoutes extends ApiDirectives implements ApiModule {

    public static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/api/v1/securities", Set.of()),
            new Endpoint("POST", "/api/v1/securities", Set.of(Role.ADMIN)),
            new Endpoint("GET", "/api/v1/securities/{code}", Set.of()),
            new Endpoint("PUT", "/api/v1/securities/{code}", Set.of(Role.ADMIN)),
            new Endpoint("DELETE", "/api/v1/securities/{code}", Set.of(Role.ADMIN)));

    /** The body of PUT: everything but the code, which is in the path. */
    public record SecurityAmendment(String name, meridian.domain.security.SecurityType type, List<String> aliases) {
    }

    private final ClusterSharding sharding;
    private final SecurityRepository repository;
    private final Duration askTimeout;
    private final String platformTenant;

    public SecurityRoutes(ActorSystem<?> system, TokenVerifier verifier, IdempotencyStore idempotency,
                          SecurityRepository repository, Duration askTimeout, String platformTenant) {
        super(verifier, idempotency);
        this.sharding = ClusterSharding.get(system);
        this.repository = repository;
        this.askTimeout = askTimeout;
        this.platformTenant = platformTenant;
    }

    @Override
    public List<Endpoint> endpoints() {
        return ENDPOINTS;
    }

    @Override
    public String openApiFragment() {
        return "/meridian/api/openapi/securities.json";
    }

    @Override
    public Route routes() {
        return pathPrefix(PathMatchers.segment("api").slash("v1").slash("securities"), () -> concat(
                pathEnd(() -> concat(get(this::search), post(this::list))),
                path(PathMatchers.segment(), code -> concat(
                        get(() -> read(code)),
                        put(() -> amend(code)),
                        delete(() -> delist(code))))));
    }

    private Route search() {
        return authenticated(Set.of(), principal -> parameterOptional("q", q -> respond(q.isPresent()
                ? repository.lookup(principal.tenant(), q.get()).thenApply(ApiResponse::ok)
                : repository.all(principal.tenant()).thenApply(ApiResponse::ok))));
    }

    private Route read(String code) {
        return authenticated(Set.of(), principal -> respond(repository.byCode(principal.tenant(), code)
                .thenApply(found -> found.map(ApiResponse::ok)
                        .orElseGet(() -> ApiResponse.problem(Problem.notFound("no security " + code))))));
    }

    private Route list() {
        return authenticated(Set.of(Role.ADMIN), principal -> jsonBody(Security.class, security ->
                idempotent(principal, security, () -> command(principal, security.code(),
                        reply -> new SecurityEntity.ListSecurity(security, principal.caller(), reply), 201))));
    }

    private Route amend(String code) {
        return authenticated(Set.of(Role.ADMIN), principal -> jsonBody(SecurityAmendment.class, amendment -> {
            Security security;
            try {
                security = new Security(code, amendment.name(), amendment.type(), amendment.aliases());
            } catch (ValidationException e) {
                return complete(problem(Problem.validation(e.errors())));
            }
            return respond(command(principal, code,
                    reply -> new SecurityEntity.AmendSecurity(security, principal.caller(), reply), 200));
        }));
    }

    private Route delist(String code) {
        return authenticated(Set.of(Role.ADMIN), principal -> respond(command(principal, code,
                reply -> new SecurityEntity.DelistSecurity(principal.caller(), reply), 200)));
    }

    private CompletionStage<ApiResponse> command(Principal principal, String code,
                                                 Function<ActorRef<CommandReply<SecurityState>>, SecurityEntity.Command> message,
                                                 int successStatus) {
        String owner = principal.tenant().equals(platformTenant) ? Tenants.SHARED : principal.tenant();
        return sharding.entityRefFor(SecurityEntity.TYPE_KEY, SecurityEntity.entityId(owner, code))
                .<CommandReply<SecurityState>>ask(message::apply, askTimeout)
                .thenApply(reply -> {
                    if (reply instanceof CommandReply.Accepted<SecurityState> accepted) {
                        return new ApiResponse(successStatus, accepted.summary());
                    }
                    return ApiResponse.problem(Problem.conflict(((CommandReply.Rejected<SecurityState>) reply).reason()));
                });
    }

}
