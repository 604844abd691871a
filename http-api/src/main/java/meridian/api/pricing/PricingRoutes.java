package meridian.api.pricing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import meridian.api.auth.Principal;
import meridian.api.auth.Role;
import meridian.api.auth.TokenVerifier;
import meridian.api.http.ApiDirectives;
import meridian.api.http.ApiModule;
import meridian.api.http.ApiResponse;
import meridian.api.http.Endpoint;
import meridian.api.http.IdempotencyStore;
import meridian.api.http.Problem;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;
import meridian.domain.pricing.api.PricingJson;
import meridian.domain.pricing.api.TemplatePriceRequest;
import meridian.domain.pricing.api.TemplatePriceResponse;
import meridian.domain.pricing.api.TemplatePricingJson;
import meridian.domain.template.CompiledTemplate;
import meridian.domain.template.TemplateDefinition;
import meridian.domain.template.TemplateJson;
import meridian.domain.template.TemplateVersionStateException;
import meridian.domain.template.VersionStatus;
import meridian.domain.template.lifecycle.StructureTemplateState;
import meridian.domain.template.lifecycle.StructureTemplates;
import meridian.domain.template.lifecycle.VersionRecord;
import meridian.pricing.PricingService;
import meridian.pricing.template.TemplatePricingService;
import meridian.read.security.SecurityRepository;
import meridian.read.template.TemplateRepository;
import meridian.read.template.TemplateVersionView;
import meridian.write.common.CommandReply;
import meridian.write.template.StructureTemplateEntity;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.apache.pekko.http.javadsl.model.MediaTypes;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.Route;
import org.apache.pekko.http.javadsl.unmarshalling.Unmarshaller;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * {@code /api/v1/pricing}: price and solve per the pricing contract (TRADER, RISK, SALES, ADMIN), and structure
 * templates: RISK or ADMIN submit versions, RISK runs a version's test cases (which accept or reject it), pricers read
 * them and price with accepted versions. Pricing runs on its own executor, never on the HTTP dispatcher. Underlyings
 * must be listed in the security master visible to the caller's tenant; templates belong to the caller's tenant.
 */
public final class PricingRoutes extends ApiDirectives implements ApiModule {

    static final Set<Role> PRICERS = Set.of(Role.TRADER, Role.RISK, Role.SALES, Role.ADMIN);
    static final Set<Role> AUTHORS = Set.of(Role.RISK, Role.ADMIN);
    static final Set<Role> VALIDATORS = Set.of(Role.RISK);

    public static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/api/v1/pricing/price", PRICERS),
            new Endpoint("POST", "/api/v1/pricing/solve", PRICERS),
            new Endpoint("GET", "/api/v1/pricing/templates", PRICERS),
            new Endpoint("POST", "/api/v1/pricing/templates", AUTHORS),
            new Endpoint("GET", "/api/v1/pricing/templates/{name}/versions/{version}", PRICERS),
            new Endpoint("POST", "/api/v1/pricing/templates/{name}/versions/{version}/tests", VALIDATORS));

    private static final Pattern TEMPLATE_NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final int COMPILED_CACHE = 256;

    /** What a test run is keyed by for Idempotency-Key (it has no body). */
    record TestRunRequest(String name, int version) {
    }

    private final ClusterSharding sharding;
    private final SecurityRepository securities;
    private final TemplateRepository templates;
    private final PricingService pricing;
    private final TemplatePricingService templatePricing;
    private final Executor executor;
    private final Duration askTimeout;
    private final Map<String, CompiledTemplate> compiled = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompiledTemplate> eldest) {
            return size() > COMPILED_CACHE;
        }
    };

    public PricingRoutes(ActorSystem<?> system, TokenVerifier verifier, IdempotencyStore idempotency,
                         SecurityRepository securities, TemplateRepository templates, PricingService pricing,
                         TemplatePricingService templatePricing, Executor executor, Duration askTimeout) {
        super(verifier, idempotency);
        this.sharding = ClusterSharding.get(system);
        this.securities = securities;
        this.templates = templates;
        this.pricing = pricing;
        this.templatePricing = templatePricing;
        this.executor = executor;
        this.askTimeout = askTimeout;
    }

    @Override
    public List<Endpoint> endpoints() {
        return ENDPOINTS;
    }

    @Override
    public String openApiFragment() {
        return "/meridian/api/openapi/pricing.json";
    }

    @Override
    public Route routes() {
        return pathPrefix(PathMatchers.segment("api").slash("v1").slash("pricing"), () -> concat(
                path("price", () -> post(() -> authenticated(PRICERS, principal ->
                        jsonText(body -> respond(price(principal, body, false)))))),
                path("solve", () -> post(() -> authenticated(PRICERS, principal ->
                        jsonText(body -> respond(price(principal, body, true)))))),
                pathPrefix("templates", () -> concat(
                        pathEnd(() -> concat(get(this::listTemplates), post(this::submitVersion))),
                        pathPrefix(PathMatchers.segment().slash("versions").slash(PathMatchers.integerSegment()),
                                (name, version) -> concat(
                                        pathEnd(() -> get(() -> readVersion(name, version))),
                                        path("tests", () -> post(() -> runTests(name, version)))))))));
    }

    // ---- price and solve

    private CompletionStage<ApiResponse> price(Principal principal, String body, boolean solve) {
        JsonNode root;
        try {
            root = parse(body);
        } catch (ValidationException e) {
            return done(validation(e));
        }
        JsonNode underlyingNode = root.path("product").path("underlying");
        String underlying = underlyingNode.isTextual() ? underlyingNode.textValue().strip() : null;
        CompletionStage<Boolean> listed = underlying == null || underlying.isEmpty()
                ? CompletableFuture.completedFuture(false)
                : securities.byCode(principal.tenant(), underlying)
                        .thenApply(found -> found.filter(s -> "LISTED".equals(s.status())).isPresent());
        java.util.function.Function<Boolean, java.util.function.Predicate<String>> known =
                isListed -> code -> isListed && code.equals(underlying);
        if (TemplatePricingJson.isTemplate(root)) {
            if (solve) {
                return done(validation(new ValidationException("product.type",
                        "a TEMPLATE product is priced (POST /api/v1/pricing/price), not solved; solve takes the built-in types")));
            }
            return listed.thenCompose(isListed -> {
                TemplatePriceRequest request;
                try {
                    request = new TemplatePricingJson(known.apply(isListed)).readPrice(root);
                } catch (ValidationException e) {
                    return done(validation(e));
                }
                return template(principal.tenant(), request.template()).thenCompose(state -> {
                    VersionRecord version;
                    try {
                        if (!state.exists()) {
                            throw new ValidationException("product.template", "there is no template " + request.template());
                        }
                        version = StructureTemplates.forPricing(state, request.template(), request.version(), "product.version");
                    } catch (ValidationException e) {
                        return done(validation(e));
                    } catch (TemplateVersionStateException e) {
                        return done(ApiResponse.problem(Problem.conflict(e.getMessage())));
                    }
                    return compute(() -> ApiResponse.ok(templatePricing.price(compile(version),
                            new TemplatePriceResponse.TemplateUsed(version.name(), version.version(), version.hash()), request)));
                });
            });
        }
        return listed.thenCompose(isListed -> compute(() -> {
            PricingJson json = new PricingJson(known.apply(isListed));
            return ApiResponse.ok(solve ? pricing.solve(json.readSolve(root)) : pricing.price(json.readPrice(root)));
        }));
    }

    /** Runs {@code work} on the pricing executor; bad input found while pricing is a 400 naming the field. */
    private CompletionStage<ApiResponse> compute(Supplier<ApiResponse> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.get();
            } catch (ValidationException e) {
                return validation(e);
            }
        }, executor);
    }

    // ---- templates

    private Route listTemplates() {
        return authenticated(PRICERS, principal -> respond(templates.all(principal.tenant())
                .thenApply(ApiResponse::ok)));
    }

    private Route readVersion(String name, int version) {
        return authenticated(PRICERS, principal -> respond(templates.version(principal.tenant(), name, version)
                .thenApply(found -> found.map(ApiResponse::ok)
                        .orElseGet(() -> ApiResponse.problem(Problem.notFound("no version " + version + " of template " + name))))));
    }

    private Route submitVersion() {
        return authenticated(AUTHORS, principal -> jsonText(body -> {
            JsonNode tree;
            TemplateDefinition definition;
            try {
                tree = parse(body);
                definition = StructureTemplates.check(body);
            } catch (ValidationException e) {
                return complete(toHttp(validation(e)));
            }
            String canonical = TemplateJson.canonical(definition);
            return idempotent(principal, tree, () -> sharding
                    .entityRefFor(StructureTemplateEntity.TYPE_KEY,
                            StructureTemplateEntity.entityId(principal.tenant(), definition.name()))
                    .<CommandReply<StructureTemplateEntity.Submission>>ask(
                            reply -> new StructureTemplateEntity.SubmitVersion(canonical, principal.caller(), reply), askTimeout)
                    .thenApply(reply -> {
                        if (reply instanceof CommandReply.Accepted<StructureTemplateEntity.Submission> accepted) {
                            StructureTemplateEntity.Submission submission = accepted.summary();
                            return new ApiResponse(submission.created() ? 201 : 200, view(submission.version(), false));
                        }
                        return ApiResponse.problem(Problem.conflict(
                                ((CommandReply.Rejected<StructureTemplateEntity.Submission>) reply).reason()));
                    }));
        }));
    }

    private Route runTests(String name, int version) {
        return authenticated(VALIDATORS, principal -> {
            if (!TEMPLATE_NAME.matcher(name).matches()) {
                return complete(problem(Problem.notFound("no template " + name)));
            }
            return idempotent(principal, new TestRunRequest(name, version), () -> template(principal.tenant(), name)
                    .thenCompose(state -> {
                        VersionRecord record = state.version(version).orElse(null);
                        if (record == null) {
                            return done(ApiResponse.problem(Problem.notFound("no version " + version + " of template " + name)));
                        }
                        if (record.status() != VersionStatus.PENDING) {
                            return done(ApiResponse.problem(Problem.conflict("version " + version + " of " + name
                                    + " is in state " + record.status() + ": its tests have decided it for good;"
                                    + " submit a new version instead")));
                        }
                        return CompletableFuture.supplyAsync(() -> templatePricing.runTests(compile(record)), executor)
                                .thenCompose(runs -> sharding
                                        .entityRefFor(StructureTemplateEntity.TYPE_KEY,
                                                StructureTemplateEntity.entityId(principal.tenant(), name))
                                        .<CommandReply<VersionRecord>>ask(reply -> new StructureTemplateEntity.RecordTestRuns(
                                                version, record.hash(), runs, principal.caller(), reply), askTimeout))
                                .thenApply(reply -> {
                                    if (reply instanceof CommandReply.Accepted<VersionRecord> accepted) {
                                        return ApiResponse.ok(view(accepted.summary(), true));
                                    }
                                    return ApiResponse.problem(Problem.conflict(
                                            ((CommandReply.Rejected<VersionRecord>) reply).reason()));
                                });
                    }));
        });
    }

    /** The template entity's state: the authority on which versions exist and which are accepted. */
    private CompletionStage<StructureTemplateState> template(String tenant, String name) {
        return sharding.entityRefFor(StructureTemplateEntity.TYPE_KEY, StructureTemplateEntity.entityId(tenant, name))
                .ask(StructureTemplateEntity.GetTemplate::new, askTimeout);
    }

    private CompiledTemplate compile(VersionRecord version) {
        synchronized (compiled) {
            CompiledTemplate hit = compiled.get(version.hash());
            if (hit != null) {
                return hit;
            }
        }
        CompiledTemplate template = CompiledTemplate.compile(TemplateJson.parse(version.definition()));
        synchronized (compiled) {
            compiled.put(version.hash(), template);
        }
        return template;
    }

    private static TemplateVersionView view(VersionRecord v, boolean withResults) {
        return new TemplateVersionView(v.name(), v.version(), v.hash(), v.description(), v.status().name(),
                v.submittedBy(), v.submittedAt(), v.decidedBy(), v.decidedAt(), null, withResults ? v.results() : null);
    }

    // ---- bodies and answers

    /** The body as text, when it is application/json; else 415 as everywhere. */
    private Route jsonText(Function<String, Route> inner) {
        return extractRequestEntity(entity -> {
            if (!entity.getContentType().mediaType().equals(MediaTypes.APPLICATION_JSON)) {
                return complete(problem(Problem.of("unsupported-media-type", "Unsupported media type", 415,
                        "the body must be application/json, was " + entity.getContentType())));
            }
            return entity(Unmarshaller.entityToString(), inner::apply);
        });
    }

    /** Parses a JSON object (numbers kept exact), or fails naming {@code body}. */
    static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw new ValidationException("body", "is empty; a JSON object is expected");
        }
        JsonNode root;
        try {
            root = PricingJson.mapper().readerFor(JsonNode.class)
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(body);
        } catch (JsonProcessingException e) {
            throw new ValidationException("body", "is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ValidationException("body", "must be a JSON object");
        }
        return root;
    }

    static ApiResponse validation(ValidationException e) {
        return ApiResponse.problem(Problem.validation(e.errors().stream()
                .map(f -> f.field().isEmpty() ? new FieldError("body", f.message()) : f).toList()));
    }

    private static CompletionStage<ApiResponse> done(ApiResponse response) {
        return CompletableFuture.completedFuture(response);
    }
}
