package meridian.api.kyc;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;
import meridian.api.auth.Principal;
import meridian.api.auth.Role;
import meridian.api.http.ApiDirectives;
import meridian.api.http.ApiResponse;
import meridian.api.http.Endpoint;
import meridian.api.http.Problem;
import meridian.api.node.NodeContext;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;
import meridian.domain.kyc.caseflow.Actor;
import meridian.domain.kyc.caseflow.KycRole;
import meridian.domain.kyc.news.NewsItem;
import meridian.domain.kyc.screening.WatchListCsv;
import meridian.domain.kyc.screening.WatchListEntry;
import meridian.read.kyc.KycMonitoringRepository;
import meridian.write.kyc.KycMonitoringEntity;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.apache.pekko.http.javadsl.model.MediaTypes;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.Route;
import org.apache.pekko.http.javadsl.unmarshalling.Unmarshaller;

/**
 * Ongoing monitoring over {@code /api/v1/kyc}: COMPLIANCE and AML load watch lists (Meridian's CSV format, see
 * {@link WatchListCsv}) and post negative-news items; each change is persisted by the tenant's
 * {@link KycMonitoringEntity} before it is acknowledged (202), then every approved client is screened again.
 */
final class KycMonitoringRoutes extends ApiDirectives {

    private static final Set<Role> EDITORS = Set.of(Role.COMPLIANCE, Role.AML);
    private static final Set<Role> READERS = Set.of(Role.COMPLIANCE, Role.AML, Role.REGULATOR);
    private static final Pattern LIST = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("PUT", "/api/v1/kyc/watch-lists/{list}", EDITORS),
            new Endpoint("POST", "/api/v1/kyc/watch-lists/{list}/entries", EDITORS),
            new Endpoint("POST", "/api/v1/kyc/news", EDITORS),
            new Endpoint("GET", "/api/v1/kyc/monitoring", READERS));

    /** A stored change; {@code version} is the tenant's monitoring version it made. */
    record ChangeAccepted(long version, String list, boolean replaced, int entries, int newsItems) {
    }

    record MonitoringView(long version, java.time.Instant changedAt, long rescreenedVersion, int rescreenedCases,
            int alerts, List<KycMonitoringRepository.ListSummary> lists, int newsItems) {
    }

    private final ClusterSharding sharding;
    private final Duration askTimeout;
    private final Clock clock;
    private final KycMonitoringRepository repository;

    KycMonitoringRoutes(NodeContext context, KycMonitoringRepository repository) {
        super(context.verifier(), context.idempotency());
        this.sharding = ClusterSharding.get(context.system());
        this.askTimeout = context.askTimeout();
        this.clock = context.clock();
        this.repository = repository;
    }

    /** Mounted under {@code /api/v1/kyc}. */
    Route routes() {
        return concat(
                pathPrefix("watch-lists", () -> pathPrefix(PathMatchers.segment(), list -> !LIST.matcher(list).matches()
                        ? complete(problem(Problem.validation(List.of(new FieldError("list",
                                "1 to 64 letters, digits, '_', '.' or '-', starting with a letter or digit")))))
                        : concat(
                                pathEnd(() -> put(() -> loadList(list, true))),
                                path("entries", () -> post(() -> loadList(list, false)))))),
                path("news", () -> post(this::postNews)),
                path("monitoring", () -> get(this::status)));
    }

    private Route loadList(String list, boolean replace) {
        return authenticated(EDITORS, principal -> extractRequestEntity(entity -> {
            if (!entity.getContentType().mediaType().equals(MediaTypes.TEXT_CSV)) {
                return complete(problem(Problem.of("unsupported-media-type", "Unsupported media type", 415,
                        "a watch list is text/csv with the header " + WatchListCsv.HEADER + ", was " + entity.getContentType())));
            }
            return entity(Unmarshaller.entityToString(), csv -> {
                List<WatchListEntry> entries;
                try {
                    entries = WatchListCsv.read(new StringReader(csv), list);
                } catch (ValidationException e) {
                    return complete(problem(Problem.validation(e.errors())));
                } catch (IOException e) {
                    return complete(problem(Problem.validation(List.of(new FieldError("body", e.getMessage())))));
                }
                if (entries.isEmpty() && !replace) {
                    return complete(problem(Problem.validation(List.of(new FieldError("body",
                            "has no entries after the header; PUT the list to empty it")))));
                }
                return idempotent(principal, Map.of("list", list, "replace", replace, "csv", csv), () -> change(principal,
                        replyTo -> new KycMonitoringEntity.LoadWatchList(list, entries, replace, actor(principal),
                                clock.instant(), replyTo)).thenApply(changed -> new ApiResponse(202,
                        new ChangeAccepted(changed.version(), list, replace, changed.count(), 0))));
            });
        }));
    }

    private Route postNews() {
        return authenticated(EDITORS, principal -> jsonBody(JsonNode.class, body -> {
            List<FieldError> errors = new ArrayList<>();
            List<NewsItem> items = newsItems(body, errors);
            if (!errors.isEmpty()) {
                return complete(problem(Problem.validation(errors)));
            }
            return idempotent(principal, Map.of("news", body), () -> change(principal,
                    replyTo -> new KycMonitoringEntity.PostNews(items, actor(principal), clock.instant(), replyTo))
                    .thenApply(changed -> new ApiResponse(202, new ChangeAccepted(changed.version(), null, false, 0,
                            changed.count()))));
        }));
    }

    /** {@code [{"id", "title", "body", "publishedOn": "yyyy-MM-dd", "source"}, ...]}; bad fields named {@code [i].field}. */
    static List<NewsItem> newsItems(JsonNode body, List<FieldError> errors) {
        if (!body.isArray() || body.isEmpty()) {
            errors.add(new FieldError("body", "must be a non-empty JSON array of news items"));
            return List.of();
        }
        Set<String> known = Set.of("id", "title", "body", "publishedOn", "source");
        List<NewsItem> items = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            JsonNode n = body.get(i);
            String at = "[" + i + "].";
            if (!n.isObject()) {
                errors.add(new FieldError("[" + i + "]", "must be an object"));
                continue;
            }
            int before = errors.size();
            n.fieldNames().forEachRemaining(f -> {
                if (!known.contains(f)) {
                    errors.add(new FieldError(at + f, "is not a field of a news item"));
                }
            });
            LocalDate published = null;
            boolean badDate = false;
            if (n.hasNonNull("publishedOn")) {
                try {
                    published = LocalDate.parse(n.get("publishedOn").asText());
                } catch (DateTimeParseException e) {
                    badDate = true;
                    errors.add(new FieldError(at + "publishedOn", "'" + n.get("publishedOn").asText() + "' is not a yyyy-MM-dd date"));
                }
            }
            try {
                NewsItem item = new NewsItem(text(n, "id"), text(n, "title"), text(n, "body"), published, text(n, "source"));
                if (errors.size() == before) {
                    items.add(item);
                }
            } catch (ValidationException e) {
                boolean dateNamed = badDate;
                e.errors().stream().filter(f -> !(dateNamed && f.field().equals("publishedOn")))
                        .forEach(f -> errors.add(new FieldError(at + f.field(), f.message())));
            }
        }
        return items;
    }

    private Route status() {
        return authenticated(READERS, principal -> respond(repository.status(principal.tenant()).thenCompose(status ->
                repository.lists(principal.tenant()).thenCompose(lists -> repository.news(principal.tenant())
                        .thenApply(news -> ApiResponse.ok(new MonitoringView(status.version(), status.changedAt(),
                                status.rescreenedVersion(), status.rescreenedCases(), status.alerts(), lists, news.size())))))));
    }

    private CompletionStage<KycMonitoringEntity.Changed> change(Principal principal,
            org.apache.pekko.japi.function.Function<org.apache.pekko.actor.typed.ActorRef<KycMonitoringEntity.Changed>,
                    KycMonitoringEntity.Command> command) {
        return sharding.entityRefFor(KycMonitoringEntity.TYPE_KEY, principal.tenant()).ask(command, askTimeout);
    }

    private static Actor actor(Principal principal) {
        return new Actor(principal.subject(), principal.roles().contains(Role.AML) ? KycRole.AML : KycRole.COMPLIANCE);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
