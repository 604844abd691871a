package meridian.api.risk;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
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
import meridian.domain.pricing.api.PriceRequest;
import meridian.domain.pricing.calendar.CalendarId;
import meridian.domain.risk.MarketQuote;
import meridian.domain.risk.MarketSnapshot;
import meridian.domain.risk.RiskRunSummary;
import meridian.pricing.book.BookRun;
import meridian.pricing.cluster.ClusterPricingGateway;
import meridian.pricing.cluster.ScenarioGridRunner;
import meridian.pricing.scenario.PdeScenarioGrid;
import meridian.read.risk.ContractRiskView;
import meridian.read.risk.RiskAggregate;
import meridian.read.risk.RiskRepository;
import meridian.read.risk.RiskRunView;
import meridian.write.common.CommandReply;
import meridian.write.risk.MarketDataEntity;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.Route;

/**
 * {@code /api/v1/risk} (TRADER, RISK): market data updates, the live book, risk runs (on demand here, periodic by the
 * scheduler) with progress and ETA, results by contract, underlying or counterparty, and spot × vol scenario grids.
 */
public final class RiskRoutes extends ApiDirectives implements ApiModule {

    static final Set<Role> DESK = Set.of(Role.TRADER, Role.RISK);

    public static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/api/v1/risk/market-data", DESK),
            new Endpoint("POST", "/api/v1/risk/market-data", DESK),
            new Endpoint("GET", "/api/v1/risk/book", DESK),
            new Endpoint("GET", "/api/v1/risk/runs", DESK),
            new Endpoint("POST", "/api/v1/risk/runs", DESK),
            new Endpoint("GET", "/api/v1/risk/runs/{runId}", DESK),
            new Endpoint("GET", "/api/v1/risk/results", DESK),
            new Endpoint("POST", "/api/v1/risk/scenario-grids", DESK));

    private static final Map<String, Function<ContractRiskView, String>> GROUPINGS =
            Map.of("underlying", ContractRiskView::underlying, "counterparty", ContractRiskView::counterparty);

    private final ClusterSharding sharding;
    private final RiskRepository repository;
    private final RiskRunLauncher launcher;
    private final ClusterPricingGateway gateway;
    private final RiskSettings settings;
    private final Duration askTimeout;
    private final PdeScenarioGrid pdeGrid;

    RiskRoutes(ActorSystem<?> system, TokenVerifier verifier, IdempotencyStore idempotency, RiskRepository repository,
               RiskRunLauncher launcher, ClusterPricingGateway gateway, RiskSettings settings, Duration askTimeout,
               PdeScenarioGrid pdeGrid) {
        super(verifier, idempotency);
        this.sharding = ClusterSharding.get(system);
        this.repository = repository;
        this.launcher = launcher;
        this.gateway = gateway;
        this.settings = settings;
        this.askTimeout = askTimeout;
        this.pdeGrid = pdeGrid;
    }

    @Override
    public List<Endpoint> endpoints() {
        return ENDPOINTS;
    }

    @Override
    public String openApiFragment() {
        return "/meridian/api/openapi/risk.json";
    }

    @Override
    public Route routes() {
        return pathPrefix(PathMatchers.segment("api").slash("v1").slash("risk"), () -> concat(
                path("market-data", () -> concat(get(this::readMarket), post(this::quoteMarket))),
                path("book", () -> get(() -> authenticated(DESK, p -> respond(repository.book(p.tenant())
                        .thenApply(ApiResponse::ok))))),
                pathPrefix("runs", () -> concat(
                        pathEnd(() -> concat(
                                get(() -> authenticated(DESK, p -> respond(repository.runs(p.tenant()).thenApply(ApiResponse::ok)))),
                                post(this::startRun))),
                        path(PathMatchers.segment(), runId -> get(() -> authenticated(DESK, p ->
                                respond(repository.run(p.tenant(), runId).thenApply(found -> found.map(ApiResponse::ok)
                                        .orElseGet(() -> ApiResponse.problem(Problem.notFound("no risk run " + runId)))))))))),
                path("results", () -> get(this::results)),
                path("scenario-grids", () -> post(this::grid))));
    }

    private Route readMarket() {
        return authenticated(DESK, p -> respond(launcher.market(p.tenant()).thenApply(ApiResponse::ok)));
    }

    private Route quoteMarket() {
        return authenticated(DESK, p -> jsonBody(RiskRequests.MarketUpdate.class, update -> idempotent(p, update, () ->
                launcher.market(p.tenant()).thenCompose(current -> {
                    List<MarketQuote> quotes = update.updates().stream().map(u -> quote(u, current)).toList();
                    return sharding.entityRefFor(MarketDataEntity.TYPE_KEY, p.tenant())
                            .<CommandReply<MarketSnapshot>>ask(reply -> new MarketDataEntity.QuoteMarket(quotes, p.caller(), reply),
                                    askTimeout)
                            .thenApply(reply -> reply instanceof CommandReply.Accepted<MarketSnapshot> accepted
                                    ? ApiResponse.ok(accepted.summary())
                                    : ApiResponse.problem(Problem.conflict(((CommandReply.Rejected<MarketSnapshot>) reply).reason())));
                }))));
    }

    private static MarketQuote quote(RiskRequests.QuoteInput input, MarketSnapshot current) {
        MarketQuote previous = current.quotes().get(input.underlying());
        double rate = input.rate() != null ? input.rate() : previous != null ? previous.rate() : 0.0;
        double dividend = input.dividendYield() != null ? input.dividendYield() : previous != null ? previous.dividendYield() : 0.0;
        return new MarketQuote(input.underlying(), input.spot(), input.vol(), rate, dividend);
    }

    private Route startRun() {
        return authenticated(DESK, p -> jsonBody(RiskRequests.RunRequest.class, request -> idempotent(p, request, () ->
                launcher.launch(p.tenant(), "ON_DEMAND", p.subject(), request).thenApply(reply -> {
                    if (reply instanceof CommandReply.Accepted<RiskRunSummary> accepted) {
                        return new ApiResponse(202, started(accepted.summary()));
                    }
                    return ApiResponse.problem(Problem.conflict(((CommandReply.Rejected<RiskRunSummary>) reply).reason()));
                }))));
    }

    /** What a started run answers: its id, size and the contracts it leaves out; progress is at /runs/{runId}. */
    private static Map<String, Object> started(RiskRunSummary run) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("runId", run.runId());
        out.put("status", run.status());
        out.put("valuationDate", run.valuationDate());
        out.put("contracts", run.contracts());
        out.put("batches", run.batches());
        out.put("paths", run.paths());
        out.put("skipped", run.skipped());
        out.put("market", run.market());
        out.put("progress", "/api/v1/risk/runs/" + run.runId());
        return out;
    }

    private Route results() {
        return authenticated(DESK, p -> parameterOptional("by", by -> parameterOptional("run", run -> {
            String grouping = by.orElse("contract");
            if (!grouping.equals("contract") && !GROUPINGS.containsKey(grouping)) {
                return complete(problem(Problem.validation(List.of(
                        new FieldError("by", "one of contract, underlying, counterparty")))));
            }
            CompletionStage<java.util.Optional<RiskRunView>> chosen = run.isPresent()
                    ? repository.run(p.tenant(), run.get()) : repository.latestCompleted(p.tenant());
            return respond(chosen.thenCompose(found -> {
                if (found.isEmpty()) {
                    return CompletableFuture.completedFuture(ApiResponse.problem(Problem.notFound(run.isPresent()
                            ? "no risk run " + run.get() : "no completed risk run yet")));
                }
                RiskRunView view = found.get();
                return repository.results(p.tenant(), view.runId()).thenApply(rows -> {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("run", view);
                    out.put("by", grouping);
                    out.put("rows", grouping.equals("contract") ? rows : RiskAggregate.by(rows, GROUPINGS.get(grouping)));
                    return ApiResponse.ok(out);
                });
            }));
        })));
    }

    private Route grid() {
        return authenticated(DESK, p -> jsonBody(RiskRequests.GridRequest.class, request -> {
            int cells = request.spotShifts().size() * request.volShifts().size();
            if (cells > settings.maxGridCells()) {
                return complete(problem(Problem.validation(List.of(new FieldError("spotShifts",
                        "the grid has " + cells + " scenarios; at most " + settings.maxGridCells())))));
            }
            LocalDate valuationDate = request.valuationDate() != null ? request.valuationDate()
                    : launcher.today();
            BookRun run = new BookRun(request.paths() != null ? request.paths() : settings.paths(),
                    request.seed() != null ? request.seed() : PriceRequest.DEFAULT_SEED, CalendarId.CN_SSE);
            int batchSize = request.batchSize() != null ? request.batchSize() : settings.batchSize();
            return respond(launcher.market(p.tenant()).thenCombine(repository.book(p.tenant()),
                            (market, book) -> BookSnapshot.of(book, market, valuationDate))
                    .thenCompose(snapshot -> {
                        if (snapshot.contracts().isEmpty()) {
                            return CompletableFuture.completedFuture(ApiResponse.problem(
                                    Problem.conflict("the book has no contract to value")));
                        }
                        try {
                            ScenarioGridRunner runner = new ScenarioGridRunner(gateway, pdeGrid);
                            return (request.method().equals("MC")
                                    ? runner.run(snapshot.contracts(), snapshot.markets(), run, request.spotShifts(),
                                            request.volShifts(), batchSize)
                                    : runner.runPde(snapshot.contracts(), snapshot.markets(), run, request.spotShifts(),
                                            request.volShifts(), batchSize))
                                    .toCompletableFuture()
                                    .orTimeout(settings.gridTimeout().toMillis(), TimeUnit.MILLISECONDS)
                                    .thenApply(grid -> {
                                        Map<String, Object> out = new LinkedHashMap<>();
                                        out.put("valuationDate", valuationDate);
                                        out.put("paths", run.paths());
                                        out.put("grid", grid);
                                        out.put("skipped", snapshot.skipped());
                                        return ApiResponse.ok(out);
                                    });
                        } catch (ValidationException e) {
                            return CompletableFuture.completedFuture(ApiResponse.problem(Problem.validation(e.errors())));
                        }
                    }));
        }));
    }
}
