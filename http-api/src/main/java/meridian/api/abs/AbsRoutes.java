package meridian.api.abs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import meridian.api.auth.Principal;
import meridian.api.auth.Role;
import meridian.api.auth.TokenVerifier;
import meridian.api.http.ApiDirectives;
import meridian.api.http.ApiModule;
import meridian.api.http.ApiResponse;
import meridian.api.http.Endpoint;
import meridian.api.http.IdempotencyStore;
import meridian.api.http.Problem;
import meridian.domain.abs.Deal;
import meridian.domain.abs.DealJson;
import meridian.domain.abs.EligibilityCriteria;
import meridian.domain.abs.Loan;
import meridian.domain.abs.LoanTapeReader;
import meridian.domain.abs.product.AbsProduct;
import meridian.domain.abs.product.AbsProductRules;
import meridian.domain.abs.product.AbsProductState;
import meridian.domain.abs.product.AbsProductSummary;
import meridian.domain.abs.product.Order;
import meridian.domain.abs.product.Phase;
import meridian.domain.abs.product.ServicerReport;
import meridian.domain.abs.product.StructureTerms;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;
import meridian.pricing.abs.CashflowEngine;
import meridian.pricing.abs.ProjectionJson;
import meridian.pricing.abs.product.AbsProductEngines;
import meridian.pricing.cluster.ClusterLossSimulation;
import meridian.read.abs.AbsProductRepository;
import meridian.write.abs.AbsProductEntity;
import meridian.write.common.CommandReply;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.http.javadsl.model.MediaTypes;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.Route;
import org.apache.pekko.http.javadsl.unmarshalling.Unmarshaller;
import org.apache.pekko.japi.function.Function;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

/**
 * {@code /api/v1/abs}: the cash-flow calculator of the contract, ABS products from origination to surveillance
 * (OPERATIONS or ADMIN), the investor disclosure (INVESTOR) and the regulator's periodic reports (REGULATOR).
 * Cash flows, loss simulations and coupon estimates run on the engine executor and are recorded by the product.
 */
public final class AbsRoutes extends ApiDirectives implements ApiModule {

    static final Set<Role> MANAGERS = Set.of(Role.OPERATIONS, Role.ADMIN);
    static final Set<Role> INVESTORS = Set.of(Role.INVESTOR, Role.OPERATIONS, Role.ADMIN);
    static final Set<Role> REGULATORS = Set.of(Role.REGULATOR, Role.COMPLIANCE, Role.OPERATIONS, Role.ADMIN);
    /** Loan tapes may be larger than other bodies: about 100 bytes a loan. */
    static final long MAX_TAPE_BYTES = 16L * 1024 * 1024;
    private static final String P = "/api/v1/abs/products/{productId}";
    private static final Set<String> STRUCTURE_FIELDS = Set.of("cutoffDate", "assumptions", "structure", "ratings", "discountCurve");

    public static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/api/v1/abs/cashflows", Set.of()),
            new Endpoint("GET", "/api/v1/abs/products", MANAGERS),
            new Endpoint("POST", "/api/v1/abs/products", MANAGERS),
            new Endpoint("GET", P, MANAGERS),
            new Endpoint("PUT", P + "/loan-tape", MANAGERS),
            new Endpoint("POST", P + "/eligibility", MANAGERS),
            new Endpoint("PUT", P + "/structure", MANAGERS),
            new Endpoint("POST", P + "/cashflows", MANAGERS),
            new Endpoint("POST", P + "/loss-simulation", MANAGERS),
            new Endpoint("POST", P + "/coupon-estimate", MANAGERS),
            new Endpoint("POST", P + "/issuance", MANAGERS),
            new Endpoint("POST", P + "/orders", MANAGERS),
            new Endpoint("PUT", P + "/final-coupons", MANAGERS),
            new Endpoint("PUT", P + "/allocations", MANAGERS),
            new Endpoint("POST", P + "/closing", MANAGERS),
            new Endpoint("POST", P + "/servicer-reports", MANAGERS),
            new Endpoint("POST", P + "/rating-changes", MANAGERS),
            new Endpoint("POST", P + "/alerts", MANAGERS),
            new Endpoint("POST", P + "/maturity", MANAGERS),
            new Endpoint("POST", P + "/call", MANAGERS),
            new Endpoint("GET", P + "/disclosure", INVESTORS),
            new Endpoint("GET", P + "/regulator-reports", REGULATORS),
            new Endpoint("GET", "/api/v1/abs/disclosures", INVESTORS),
            new Endpoint("GET", "/api/v1/abs/regulator-reports", REGULATORS));

    private final AbsService service;
    private final AbsProductRepository repository;

    public AbsRoutes(TokenVerifier verifier, IdempotencyStore idempotency, AbsService service, AbsProductRepository repository) {
        super(verifier, idempotency);
        this.service = service;
        this.repository = repository;
    }

    @Override
    public List<Endpoint> endpoints() {
        return ENDPOINTS;
    }

    @Override
    public String openApiFragment() {
        return "/meridian/api/openapi/abs.json";
    }

    @Override
    public Route routes() {
        return pathPrefix(PathMatchers.segment("api").slash("v1").slash("abs"), () -> concat(
                path("cashflows", () -> post(this::calculator)),
                path("disclosures", () -> get(this::offered)),
                path("regulator-reports", () -> get(this::latestReports)),
                pathPrefix("products", () -> concat(
                        pathEnd(() -> concat(get(this::list), post(this::originate))),
                        pathPrefix(PathMatchers.segment(), id -> concat(
                                pathEnd(() -> get(() -> detail(id))),
                                path("loan-tape", () -> put(() -> loanTape(id))),
                                path("eligibility", () -> post(() -> eligibility(id))),
                                path("structure", () -> put(() -> structure(id))),
                                path("cashflows", () -> post(() -> cashflows(id))),
                                path("loss-simulation", () -> post(() -> lossSimulation(id))),
                                path("coupon-estimate", () -> post(() -> couponEstimate(id))),
                                path("issuance", () -> post(() -> issuance(id))),
                                path("orders", () -> post(() -> order(id))),
                                path("final-coupons", () -> put(() -> finalCoupons(id))),
                                path("allocations", () -> put(() -> allocations(id))),
                                path("closing", () -> post(() -> closing(id))),
                                path("servicer-reports", () -> post(() -> servicerReport(id))),
                                path("rating-changes", () -> post(() -> ratingChange(id))),
                                path("alerts", () -> post(() -> alert(id))),
                                path("maturity", () -> post(() -> maturity(id))),
                                path("call", () -> post(() -> call(id))),
                                path("disclosure", () -> get(() -> disclosure(id))),
                                path("regulator-reports", () -> get(() -> reports(id)))))))));
    }

    // ------------------------------------------------------------------ the calculator

    /** The contract's projection of a deal; nothing is stored. */
    private Route calculator() {
        return authenticated(Set.of(), principal -> rawJson(body -> respond(service.compute(() -> {
            try {
                Deal deal = DealJson.read(body);
                return ApiResponse.ok(ProjectionJson.toJson(CashflowEngine.project(deal)));
            } catch (ValidationException e) {
                return ApiResponse.problem(Problem.validation(e.errors().stream()
                        .map(f -> f.field().isEmpty() ? new FieldError("body", f.message()) : f).toList()));
            } catch (ArithmeticException e) {
                return ApiResponse.problem(Problem.validation(List.of(new FieldError("body", "cannot be projected: " + e.getMessage()))));
            }
        }))));
    }

    // ------------------------------------------------------------------ manager: origination and structuring

    private Route list() {
        return authenticated(MANAGERS, principal -> respond(repository.managerRows(principal.tenant()).thenApply(ApiResponse::ok)));
    }

    private Route detail(String id) {
        return authenticated(MANAGERS, principal -> respond(repository.document(principal.tenant(), id)
                .thenApply(found -> found.<ApiResponse>map(ApiResponse::ok).orElseGet(() -> notFound(id)))));
    }

    private Route originate() {
        return authenticated(MANAGERS, principal -> jsonBody(AbsRequests.Origination.class, request ->
                idempotent(principal, request, () -> reply(request.productId(), service.command(principal.tenant(),
                        request.productId(), r -> new AbsProductEntity.Originate(request.terms(), principal.caller(), r)), 201))));
    }

    /** The tape as CSV, all or nothing: any bad cell refuses the whole tape, naming its row and column. */
    private Route loanTape(String id) {
        return product(id, principal -> withSizeLimit(MAX_TAPE_BYTES, () -> extractRequestEntity(entity -> {
            if (!entity.getContentType().mediaType().equals(MediaTypes.TEXT_CSV)) {
                return complete(problem(Problem.of("unsupported-media-type", "Unsupported media type", 415,
                        "the loan tape must be text/csv with the header " + LoanTapeReader.COLUMNS + ", was "
                                + entity.getContentType())));
            }
            return entity(Unmarshaller.entityToString(), csv -> {
                List<Loan> loans;
                try {
                    loans = LoanTapeReader.read(csv);
                } catch (ValidationException e) {
                    return complete(problem(Problem.validation(e.errors())));
                }
                return respond(reply(id, service.command(principal.tenant(), id,
                        r -> new AbsProductEntity.LoadLoanTape(loans, principal.caller(), r)), 200));
            });
        })));
    }

    private Route eligibility(String id) {
        return product(id, principal -> jsonBody(EligibilityCriteria.class, criteria ->
                idempotent(principal, List.of("eligibility", id, criteria), () -> reply(id, service.command(principal.tenant(), id,
                        r -> new AbsProductEntity.ScreenPool(criteria, principal.caller(), r)), 200))));
    }

    /**
     * The structure is read with the cash-flow contract's own validation, on the product's eligible pool: bad fields,
     * and tranches that do not add up to the pool, are a 400 naming the field.
     */
    private Route structure(String id) {
        return product(id, principal -> rawJson(body -> {
            JsonNode tree;
            try {
                tree = DealJson.MAPPER.readTree(body);
            } catch (Exception e) {
                return complete(problem(Problem.malformedJson("the body is not valid JSON")));
            }
            if (tree == null || !tree.isObject()) {
                return complete(problem(Problem.validation(List.of(new FieldError("body", "must be a JSON object")))));
            }
            List<FieldError> unknown = new ArrayList<>();
            tree.fieldNames().forEachRemaining(f -> {
                if (!STRUCTURE_FIELDS.contains(f)) unknown.add(new FieldError(f, "unknown field"));
            });
            if (!unknown.isEmpty()) return complete(problem(Problem.validation(unknown)));
            return respond(recoverValidation(service.product(principal.tenant(), id).thenCompose(state -> {
                if (!(state instanceof AbsProduct p)) return done(notFound(id));
                if (p.phase() != Phase.STRUCTURING) {
                    return done(ApiResponse.problem(Problem.conflict(
                            "the structure can be defined only in Structuring, not in state " + p.stateName())));
                }
                if (p.screening() == null || p.eligibleLoans().isEmpty()) {
                    return done(ApiResponse.problem(Problem.conflict(p.screening() == null
                            ? "screen the loan tape before structuring (state Structuring)"
                            : "no loan of the tape is eligible; there is no pool to structure (state Structuring)")));
                }
                StructureTerms terms;
                try {
                    terms = structureTerms((ObjectNode) tree, p);
                } catch (ValidationException e) {
                    return done(ApiResponse.problem(Problem.validation(e.errors())));
                }
                return reply(id, service.command(principal.tenant(), id,
                        r -> new AbsProductEntity.DefineStructure(terms, principal.caller(), r)), 200);
            })));
        }));
    }

    private static StructureTerms structureTerms(ObjectNode body, AbsProduct product) {
        ObjectNode deal = DealJson.MAPPER.createObjectNode();
        ObjectNode pool = deal.putObject("pool");
        if (body.has("cutoffDate")) pool.set("cutoffDate", body.get("cutoffDate"));
        ArrayNode loans = pool.putArray("loans");
        for (Loan loan : product.eligibleLoans()) {
            loans.addObject().put("id", loan.id()).put("balance", loan.balance()).put("ratePct", loan.ratePct())
                    .put("remainingTermMonths", loan.remainingTermMonths()).put("amortization", loan.amortization().name())
                    .put("obligor", loan.obligor()).put("industry", loan.industry()).put("region", loan.region())
                    .put("rating", loan.rating());
        }
        for (String part : List.of("assumptions", "structure", "discountCurve")) {
            if (body.has(part)) deal.set(part, body.get(part));
        }
        List<FieldError> errors = new ArrayList<>();
        Deal parsed = null;
        try {
            parsed = DealJson.fromTree(deal);
        } catch (ValidationException e) {
            e.errors().forEach(f -> errors.add(f.field().equals("pool.cutoffDate") ? new FieldError("cutoffDate", f.message())
                    : f.field().equals("structure.tranches") && f.message().contains("pool balance")
                    ? new FieldError(f.field(), f.message().replace("the pool balance", "the eligible pool balance")) : f));
        }
        Map<String, String> ratings = new java.util.LinkedHashMap<>();
        JsonNode ratingsNode = body.get("ratings");
        if (ratingsNode == null || !ratingsNode.isObject()) {
            errors.add(new FieldError("ratings", "required: an object of tranche name to rating, for every rated tranche"));
        } else {
            for (Iterator<Map.Entry<String, JsonNode>> it = ratingsNode.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (entry.getValue().isTextual()) ratings.put(entry.getKey(), entry.getValue().asText());
                else errors.add(new FieldError("ratings." + entry.getKey(), "must be a rating such as AAA"));
            }
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        return new StructureTerms(parsed.pool().cutoffDate(), parsed.structure(), parsed.assumptions(),
                parsed.discountCurve(), ratings);
    }

    /** Projects the product's deal and records the projection. */
    private Route cashflows(String id) {
        return product(id, principal -> idempotent(principal, List.of("cashflows", id), () ->
                recoverValidation(structured(principal, id, "cash flows can be projected").thenCompose(p -> p instanceof AbsProduct product
                        ? service.compute(() -> AbsProductEngines.cashflows(AbsProductEngines.deal(product, null)))
                        .thenCompose(summary -> reply(id, service.command(principal.tenant(), id,
                                r -> new AbsProductEntity.RecordCashflows(product.basisVersion(), summary, principal.caller(), r)), 200))
                        : done((ApiResponse) p)))));
    }

    /** Simulates the pool's credit losses (one-factor Gaussian copula) on the risk lane's workers and records them. */
    private Route lossSimulation(String id) {
        return product(id, principal -> optionalJson(AbsProductEngines.LossRequest.class,
                new AbsProductEngines.LossRequest(null, null, null, null, null), request ->
                        idempotent(principal, List.of("loss-simulation", id, request), () ->
                                recoverValidation(structured(principal, id, "losses can be simulated").thenCompose(p -> p instanceof AbsProduct product
                                        ? service.losses(product, request)
                                        .thenCompose(losses -> reply(id, service.command(principal.tenant(), id,
                                                r -> new AbsProductEntity.RecordLossSimulation(product.basisVersion(), losses,
                                                        principal.caller(), r)), 200))
                                        : done((ApiResponse) p))))));
    }

    /** Estimates each rated tranche's coupon with the coupon model and records the estimates. */
    private Route couponEstimate(String id) {
        return product(id, principal -> jsonBody(AbsProductEngines.CouponRequest.class, request ->
                idempotent(principal, List.of("coupon-estimate", id, request), () ->
                        recoverValidation(structured(principal, id, "coupons can be estimated").thenCompose(p -> {
                            if (!(p instanceof AbsProduct product)) return done((ApiResponse) p);
                            if (product.cashflows() == null) {
                                return done(ApiResponse.problem(Problem.conflict("project the cash flows first (state Structuring)")));
                            }
                            return service.couponModel().thenCompose(model -> service.compute(() ->
                                            AbsProductEngines.coupons(product, model, request, java.time.LocalDate.now(service.clock()))))
                                    .thenCompose(coupons -> reply(id, service.command(principal.tenant(), id,
                                            r -> new AbsProductEntity.RecordCouponEstimates(product.basisVersion(), coupons,
                                                    principal.caller(), r)), 200));
                        })))));
    }

    /**
     * The product in Structuring with a structure, or the answer to give instead: 404 when there is no product, or
     * the refusal naming the state.
     */
    private CompletionStage<Object> structured(Principal principal, String id, String what) {
        return service.product(principal.tenant(), id).thenApply(state -> {
            if (!(state instanceof AbsProduct p)) return notFound(id);
            if (p.phase() != Phase.STRUCTURING) {
                return ApiResponse.problem(Problem.conflict(what + " only in Structuring, not in state " + p.stateName()));
            }
            if (p.structure() == null) return ApiResponse.problem(Problem.conflict("define the structure first (state Structuring)"));
            return p;
        });
    }

    // ------------------------------------------------------------------ manager: issuance

    private Route issuance(String id) {
        return product(id, principal -> idempotent(principal, List.of("issuance", id), () -> reply(id,
                service.command(principal.tenant(), id, r -> new AbsProductEntity.OpenIssuance(principal.caller(), r)), 200)));
    }

    private Route order(String id) {
        return product(id, principal -> jsonBody(Order.class, order -> idempotent(principal, List.of("order", id, order), () ->
                reply(id, service.command(principal.tenant(), id, r -> new AbsProductEntity.PlaceOrder(order, principal.caller(), r)), 200))));
    }

    private Route finalCoupons(String id) {
        return product(id, principal -> jsonBody(AbsRequests.FinalCoupons.class, request -> respond(reply(id,
                service.command(principal.tenant(), id,
                        r -> new AbsProductEntity.SetFinalCoupons(request.coupons(), principal.caller(), r)), 200))));
    }

    private Route allocations(String id) {
        return product(id, principal -> jsonBody(AbsRequests.Allocations.class, request -> respond(reply(id,
                service.command(principal.tenant(), id,
                        r -> new AbsProductEntity.AllocateBook(request.allocations(), principal.caller(), r)), 200))));
    }

    /** Closes the issue: projects the deal again at the final coupons and records it as the projection to surveil against. */
    private Route closing(String id) {
        return product(id, principal -> jsonBody(AbsRequests.Closing.class, request ->
                idempotent(principal, List.of("closing", id, request), () -> recoverValidation(service.product(principal.tenant(), id).thenCompose(state -> {
                    if (!(state instanceof AbsProduct p)) return done(notFound(id));
                    if (p.phase() != Phase.ISSUANCE || p.finalCoupons().isEmpty()) {
                        // the entity's refusal names what is missing and the state
                        return reply(id, service.command(principal.tenant(), id, r -> new AbsProductEntity.CloseIssuance(
                                request.closingDate(), p.basisVersion(), p.cashflows(), principal.caller(), r)), 200);
                    }
                    return service.compute(() -> AbsProductEngines.cashflows(AbsProductEngines.deal(p, p.finalCoupons())))
                            .thenCompose(projection -> reply(id, service.command(principal.tenant(), id,
                                    r -> new AbsProductEntity.CloseIssuance(request.closingDate(), p.basisVersion(), projection,
                                            principal.caller(), r)), 200));
                })))));
    }

    // ------------------------------------------------------------------ manager: surveillance

    private Route servicerReport(String id) {
        return product(id, principal -> jsonBody(ServicerReport.class, report ->
                idempotent(principal, List.of("servicer-report", id, report), () -> reply(id, service.command(principal.tenant(), id,
                        r -> new AbsProductEntity.RecordServicerReport(report, principal.caller(), r)), 200))));
    }

    private Route ratingChange(String id) {
        return product(id, principal -> jsonBody(AbsRequests.RatingAction.class, action ->
                idempotent(principal, List.of("rating-change", id, action), () -> reply(id, service.command(principal.tenant(), id,
                        r -> new AbsProductEntity.ChangeRating(action.tranche(), action.rating(), action.agency(),
                                action.reason() == null ? "" : action.reason(), principal.caller(), r)), 200))));
    }

    private Route alert(String id) {
        return product(id, principal -> jsonBody(AbsRequests.ObligorAlert.class, alert ->
                idempotent(principal, List.of("alert", id, alert), () -> reply(id, service.command(principal.tenant(), id,
                        r -> new AbsProductEntity.RaiseObligorAlert(alert.obligor(), alert.severity(), alert.headline(),
                                alert.source(), principal.caller(), r)), 200))));
    }

    private Route maturity(String id) {
        return product(id, principal -> jsonBody(AbsRequests.Maturity.class, request ->
                idempotent(principal, List.of("maturity", id, request), () -> reply(id, service.command(principal.tenant(), id,
                        r -> new AbsProductEntity.Mature(request.maturityDate(), principal.caller(), r)), 200))));
    }

    private Route call(String id) {
        return product(id, principal -> jsonBody(AbsRequests.CallRequest.class, request ->
                idempotent(principal, List.of("call", id, request), () -> reply(id, service.command(principal.tenant(), id,
                        r -> new AbsProductEntity.Call(request.callDate(), request.reason(), principal.caller(), r)), 200))));
    }

    // ------------------------------------------------------------------ investors and regulators

    private Route disclosure(String id) {
        return authenticated(INVESTORS, principal -> respond(repository.disclosure(principal.tenant(), id)
                .thenApply(found -> found.filter(java.util.Objects::nonNull).<ApiResponse>map(ApiResponse::ok)
                        .orElseGet(() -> ApiResponse.problem(Problem.notFound("no ABS product " + id + " is offered to investors"))))));
    }

    private Route offered() {
        return authenticated(INVESTORS, principal -> respond(repository.offered(principal.tenant()).thenApply(ApiResponse::ok)));
    }

    private Route reports(String id) {
        return authenticated(REGULATORS, principal -> respond(repository.document(principal.tenant(), id).thenCompose(found ->
                found.isEmpty() ? done(notFound(id))
                        : repository.reports(principal.tenant(), id).thenApply(ApiResponse::ok))));
    }

    private Route latestReports() {
        return authenticated(REGULATORS, principal -> respond(repository.latestReports(principal.tenant()).thenApply(ApiResponse::ok)));
    }

    // ------------------------------------------------------------------ helpers

    /** A manager's call on one product: the id must be well formed. */
    private Route product(String id, java.util.function.Function<Principal, Route> inner) {
        return authenticated(MANAGERS, principal -> {
            if (!AbsProductRules.validProductId(id)) {
                return complete(problem(Problem.validation(List.of(new FieldError("productId",
                        "1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit")))));
            }
            return inner.apply(principal);
        });
    }

    /** The entity's answer: the summary, 404 for a product that does not exist (for this tenant), else 409 with the reason. */
    private CompletionStage<ApiResponse> reply(String id, CompletionStage<CommandReply<AbsProductSummary>> answer, int status) {
        return recoverValidation(answer.thenApply(reply -> {
            if (reply instanceof CommandReply.Accepted<AbsProductSummary> accepted) {
                return new ApiResponse(status, accepted.summary());
            }
            String reason = ((CommandReply.Rejected<AbsProductSummary>) reply).reason();
            return reason.startsWith(AbsProductRules.NO_PRODUCT) ? notFound(id) : ApiResponse.problem(Problem.conflict(reason));
        }));
    }

    /** Bad input found by an engine (a rating it cannot price, a tranche without principal) is a 400 naming the field. */
    private static CompletionStage<ApiResponse> recoverValidation(CompletionStage<ApiResponse> stage) {
        return stage.handle((response, failure) -> {
            if (failure == null) return CompletableFuture.completedFuture(response);
            Throwable cause = failure;
            while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof ValidationException v) {
                return CompletableFuture.completedFuture(ApiResponse.problem(Problem.validation(v.errors())));
            }
            if (cause instanceof ClusterLossSimulation.ChunkFailedException unavailable) {
                return CompletableFuture.completedFuture(ApiResponse.problem(Problem.unavailable(unavailable.getMessage())));
            }
            return CompletableFuture.<ApiResponse>failedFuture(cause);
        }).thenCompose(java.util.function.Function.identity());
    }

    private static ApiResponse notFound(String id) {
        return ApiResponse.problem(Problem.notFound("no ABS product " + id));
    }

    private static <T> CompletionStage<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }

    /** A JSON body as text (for the deal readers, which keep decimals exact and name every bad field themselves). */
    private Route rawJson(java.util.function.Function<String, Route> inner) {
        return extractRequestEntity(entity -> {
            if (!entity.getContentType().mediaType().equals(MediaTypes.APPLICATION_JSON)) {
                return complete(problem(Problem.of("unsupported-media-type", "Unsupported media type", 415,
                        "the body must be application/json, was " + entity.getContentType())));
            }
            return entity(Unmarshaller.entityToString(), body -> body.isBlank()
                    ? complete(problem(Problem.malformedJson("the request body is empty; a JSON object is expected")))
                    : inner.apply(body));
        });
    }

    /** A JSON body of the given type, or {@code fallback} when the request has no body at all. */
    private <T> Route optionalJson(Class<T> type, T fallback, java.util.function.Function<T, Route> inner) {
        return extractRequestEntity(entity -> entity.isKnownEmpty()
                || (entity.getContentLengthOption().isPresent() && entity.getContentLengthOption().getAsLong() == 0)
                ? inner.apply(fallback)
                : jsonBody(type, inner));
    }
}
