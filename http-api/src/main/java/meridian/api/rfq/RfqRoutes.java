package meridian.api.rfq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;
import meridian.api.auth.Role;
import meridian.api.http.ApiDirectives;
import meridian.api.http.ApiModule;
import meridian.api.http.ApiResponse;
import meridian.api.http.BadRequestBody;
import meridian.api.http.Endpoint;
import meridian.api.http.Json;
import meridian.api.http.Problem;
import meridian.api.node.NodeContext;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;
import meridian.domain.rfq.chat.ChatMessage;
import meridian.domain.rfq.chat.WebhookSignature;
import meridian.domain.rfq.flow.LegQuote;
import meridian.domain.rfq.flow.Rfq;
import meridian.domain.rfq.flow.RfqCommand;
import meridian.domain.rfq.flow.RfqStatus;
import meridian.domain.rfq.parse.RfqJson;
import meridian.domain.rfq.parse.RfqParser;
import meridian.domain.rfq.reply.AcceptanceIntent;
import meridian.domain.rfq.reply.AcceptanceReader;
import meridian.read.deal.DealRepository;
import meridian.read.kyc.KycRepository;
import meridian.read.rfq.RfqRepository;
import meridian.read.rfq.RfqView;
import meridian.write.common.CommandReply;
import meridian.write.rfq.RfqEntity;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.Route;
import org.apache.pekko.http.javadsl.unmarshalling.Unmarshaller;

/**
 * {@code /api/v1/rfq} and {@code /api/v1/deals}: the parser, the chat webhook (signed by the gateway, each message id
 * once), the trader's queue, approvals and rejections, client hit ratios, chat-group bindings, and booked deals.
 */
public final class RfqRoutes extends ApiDirectives implements ApiModule {

    public static final String SIGNATURE_HEADER = "X-Meridian-Signature";
    static final Set<Role> PARSERS = Set.of(Role.TRADER, Role.SALES, Role.RISK, Role.ADMIN);
    static final Set<Role> DESK = Set.of(Role.TRADER);
    static final Set<Role> BINDERS = Set.of(Role.SALES, Role.ADMIN);
    static final Set<Role> DEAL_READERS = Set.of(Role.TRADER, Role.SALES, Role.RISK, Role.OPERATIONS);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}");

    public static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/api/v1/rfq/parse", PARSERS),
            new Endpoint("POST", "/api/v1/rfq/chat/messages", Set.of()),
            new Endpoint("GET", "/api/v1/rfq/requests", DESK),
            new Endpoint("GET", "/api/v1/rfq/requests/{rfqId}", DESK),
            new Endpoint("POST", "/api/v1/rfq/requests/{rfqId}/approve", DESK),
            new Endpoint("POST", "/api/v1/rfq/requests/{rfqId}/reject", DESK),
            new Endpoint("GET", "/api/v1/rfq/clients", DESK),
            new Endpoint("GET", "/api/v1/rfq/chat-groups", Set.of(Role.SALES, Role.ADMIN, Role.TRADER)),
            new Endpoint("PUT", "/api/v1/rfq/chat-groups/{groupId}", BINDERS),
            new Endpoint("GET", "/api/v1/deals", DEAL_READERS),
            new Endpoint("GET", "/api/v1/deals/{dealId}", DEAL_READERS));

    private static final int CLIENT_STATS_DAYS = 30;
    private static final int MAX_STATS_DAYS = 366;
    private final RfqSettings settings;
    private final RfqParser parser;
    private final WebhookSignature signature;
    private final ChatMessageLog messages;
    private final ChatBindings bindings;
    private final OpenQuotes openQuotes;
    private final RfqTimings timings;
    private final RfqRepository rfqs;
    private final DealRepository deals;
    private final KycRepository kyc;
    private final ClusterSharding sharding;
    private final Duration askTimeout;
    private final Clock clock;

    public RfqRoutes(NodeContext context, RfqSettings settings, RfqParser parser, ChatBindings bindings, RfqTimings timings) {
        super(context.verifier(), context.idempotency());
        this.settings = settings;
        this.parser = parser;
        this.signature = WebhookSignature.fromText(settings.webhookSecret());
        this.messages = new ChatMessageLog(context.session(), context.viewsKeyspace());
        this.bindings = bindings;
        this.openQuotes = new OpenQuotes(context.session(), context.viewsKeyspace());
        this.timings = timings;
        this.rfqs = new RfqRepository(context.session(), context.viewsKeyspace());
        this.deals = new DealRepository(context.session(), context.viewsKeyspace());
        this.kyc = new KycRepository(context.session(), context.viewsKeyspace());
        this.sharding = ClusterSharding.get(context.system());
        this.askTimeout = context.askTimeout();
        this.clock = context.clock();
    }

    @Override
    public List<Endpoint> endpoints() {
        return ENDPOINTS;
    }

    @Override
    public String openApiFragment() {
        return "/meridian/api/openapi/rfq.json";
    }

    @Override
    public Route routes() {
        return concat(
                pathPrefix(PathMatchers.segment("api").slash("v1").slash("rfq"), () -> concat(
                        path("parse", () -> post(() -> authenticated(PARSERS, p ->
                                jsonBody(RfqRequests.ParseRequest.class, this::parse)))),
                        path(PathMatchers.segment("chat").slash("messages"), () -> post(this::webhook)),
                        pathPrefix("requests", this::requests),
                        path("clients", () -> get(() -> authenticated(DESK, p -> parameterOptional("from", from ->
                                parameterOptional("to", to -> respond(clients(p.tenant(), from.orElse(null), to.orElse(null)))))))),
                        pathPrefix("chat-groups", this::chatGroups))),
                pathPrefix(PathMatchers.segment("api").slash("v1").slash("deals"), this::deals));
    }

    private Route requests() {
        return concat(
                pathEnd(() -> get(() -> authenticated(DESK, p -> parameterOptional("status", status ->
                        parameterOptional("groupId", group -> parameterOptional("day", day ->
                                respond(queue(p.tenant(), status.orElse(null), group.orElse(null), day.orElse(null))))))))),
                pathPrefix(PathMatchers.segment(), rfqId -> !ID.matcher(rfqId).matches()
                        ? complete(problem(Problem.notFound("no RFQ " + rfqId)))
                        : concat(
                                pathEnd(() -> get(() -> authenticated(DESK, p -> respond(one(p.tenant(), rfqId))))),
                                path("approve", () -> post(() -> authenticated(DESK, p -> jsonBody(
                                        RfqRequests.ApproveRequest.class, body -> approve(p.tenant(), p.subject(), rfqId, body))))),
                                path("reject", () -> post(() -> authenticated(DESK, p -> jsonBody(
                                        RfqRequests.RejectRequest.class, body -> reject(p.tenant(), p.subject(), rfqId, body))))))));
    }

    private CompletionStage<ApiResponse> one(String tenant, String rfqId) {
        return rfqs.byId(tenant, rfqId).thenApply(v -> v.map(view -> ApiResponse.ok(queueEntry(view, clock.instant())))
                .orElseGet(() -> ApiResponse.problem(Problem.notFound("no RFQ " + rfqId))));
    }

    private Route chatGroups() {
        return concat(
                pathEnd(() -> get(() -> authenticated(Set.of(Role.SALES, Role.ADMIN, Role.TRADER), p ->
                        respond(bindings.all(p.tenant()).thenApply(all -> ApiResponse.ok(all.entrySet().stream()
                                .map(e -> new RfqRequests.Binding(e.getKey(), e.getValue())).toList())))))),
                path(PathMatchers.segment(), groupId -> put(() -> authenticated(BINDERS, p ->
                        jsonBody(RfqRequests.BindRequest.class, body -> bind(p.tenant(), p.subject(), groupId, body))))));
    }

    private Route deals() {
        return concat(
                pathEnd(() -> get(() -> authenticated(DEAL_READERS, p -> parameterOptional("counterparty", cp -> cp.isEmpty()
                        ? complete(problem(Problem.validation(List.of(new FieldError("counterparty", "is required")))))
                        : respond(deals.byCounterparty(p.tenant(), cp.get()).thenApply(ApiResponse::ok)))))),
                path(PathMatchers.segment(), dealId -> get(() -> authenticated(DEAL_READERS, p ->
                        respond(deals.byId(p.tenant(), dealId).thenApply(d -> d.map(ApiResponse::ok)
                                .orElseGet(() -> ApiResponse.problem(Problem.notFound("no deal " + dealId)))))))));
    }

    // ---- parser

    private Route parse(RfqRequests.ParseRequest request) {
        if (request.text() == null) {
            return complete(problem(Problem.validation(List.of(new FieldError("text", "is required")))));
        }
        try {
            ObjectNode legs = RfqJson.toNode(parser.parse(request.text()));
            return complete(toHttp(ApiResponse.ok(legs)));
        } catch (ValidationException e) {
            return complete(problem(Problem.validation(e.errors())));
        }
    }

    // ---- chat webhook

    private Route webhook() {
        return optionalHeaderValueByName(SIGNATURE_HEADER, header -> entity(Unmarshaller.entityToByteArray(), body -> {
            if (!signature.verify(body, header.orElse(null))) {
                return complete(problem(Problem.of("bad-signature", "Bad signature", 401,
                        "the body's " + SIGNATURE_HEADER + " (sha256=<hex HMAC-SHA256 of the body>) does not match")));
            }
            ChatMessage message;
            try {
                message = Json.read(new String(body, StandardCharsets.UTF_8), ChatMessage.class);
            } catch (BadRequestBody e) {
                return complete(problem(e.problem()));
            }
            long started = System.nanoTime();
            AcceptanceIntent intent = AcceptanceReader.read(message.text());
            if (intent == AcceptanceIntent.NONE && message.mentions(settings.botId())) {
                // A new RFQ: its entity (id from group and message id) refuses a second RfqReceived, durably, so the
                // message log's lightweight transaction is not needed on the quoting path.
                return respond(startRfq(settings.tenant(), message, started));
            }
            CompletionStage<ApiResponse> answer = messages.claim(message.groupId(), message.messageId(), clock.instant())
                    .thenCompose(fresh -> {
                        if (!fresh) {
                            return CompletableFuture.completedFuture(replayed(message));
                        }
                        return handle(message, intent, started).exceptionallyCompose(e -> messages.release(message.groupId(), message.messageId())
                                .thenCompose(d -> CompletableFuture.<ApiResponse>failedFuture(e)));
                    });
            return respond(answer);
        }));
    }

    private static ApiResponse replayed(ChatMessage message) {
        return ApiResponse.problem(new Problem(
                Problem.of("replayed-message", "Replayed message", 409, "").type(), "Replayed message", 409,
                "message " + message.messageId() + " of group " + message.groupId() + " was already received",
                List.of(new FieldError("messageId", "was already received"))));
    }

    /**
     * An answer (成交, 做了 …) goes to the group's open quote; when there is none, or the RFQ no longer takes answers
     * (expired, booked), the message is read like any other: a mention of the bot starts an RFQ.
     */
    private CompletionStage<ApiResponse> handle(ChatMessage message, AcceptanceIntent intent, long started) {
        String tenant = settings.tenant();
        CompletionStage<java.util.Optional<String>> open = intent == AcceptanceIntent.NONE
                ? CompletableFuture.completedFuture(java.util.Optional.empty())
                : openQuotes.of(tenant, message.groupId());
        return open.thenCompose(quote -> quote.isEmpty() ? newMessage(tenant, message, started)
                : ask(tenant, quote.get(), new RfqCommand.ClientReplied(message.messageId(), intent)).thenCompose(reply ->
                        reply instanceof CommandReply.Accepted
                                ? CompletableFuture.completedFuture(new ApiResponse(202, new RfqRequests.WebhookAnswer("reply", quote.get())))
                                : newMessage(tenant, message, started)));
    }

    private CompletionStage<ApiResponse> newMessage(String tenant, ChatMessage message, long started) {
        if (!message.mentions(settings.botId())) {
            return CompletableFuture.completedFuture(ApiResponse.ok(new RfqRequests.WebhookAnswer("ignored", null)));
        }
        return startRfq(tenant, message, started);
    }

    /** A message id seen before finds its RFQ past NEW, and is refused as a replay. */
    private CompletionStage<ApiResponse> startRfq(String tenant, ChatMessage message, long started) {
        String rfqId = "RFQ-" + sha256(message.groupId() + "\n" + message.messageId()).substring(0, 16).toUpperCase();
        return bindings.caseFor(tenant, message.groupId()).thenCompose(caseId -> ask(tenant, rfqId, new RfqCommand.Receive(
                rfqId, tenant, message.groupId(), caseId.orElse(ChatDesk.UNBOUND + message.senderId()), message.messageId(),
                message.text()))).thenApply(reply -> {
                    if (reply instanceof CommandReply.Accepted) {
                        timings.record(rfqId, "webhook", started);
                        return new ApiResponse(202, new RfqRequests.WebhookAnswer("rfq", rfqId));
                    }
                    return replayed(message);
                });
    }

    // ---- trader

    /**
     * One chat group's RFQs, or the RFQs received on {@code day} (the desk's calendar, default today) together with
     * every RFQ still under way, whatever day it came in.
     */
    private CompletionStage<ApiResponse> queue(String tenant, String status, String groupId, String day) {
        if (status != null) {
            try {
                RfqStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                return CompletableFuture.completedFuture(ApiResponse.problem(Problem.validation(List.of(new FieldError("status",
                        "one of " + java.util.Arrays.toString(RfqStatus.values()))))));
            }
        }
        Instant now = clock.instant();
        if (groupId != null && groupId.isBlank()) {
            return CompletableFuture.completedFuture(ApiResponse.problem(Problem.validation(List.of(
                    new FieldError("groupId", "must not be blank")))));
        }
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = date(day, "day", today(), errors);
        if (!errors.isEmpty()) {
            return CompletableFuture.completedFuture(ApiResponse.problem(Problem.validation(errors)));
        }
        CompletionStage<List<RfqView>> views = groupId == null ? rfqs.ofDays(tenant, List.of(date), true)
                : rfqs.ofGroup(tenant, groupId);
        return views.thenApply(all -> ApiResponse.ok(all.stream()
                .filter(v -> status == null || status.equals(v.status())).map(v -> queueEntry(v, now)).toList()));
    }

    static Map<String, Object> queueEntry(RfqView view, Instant now) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("rfqId", view.rfqId());
        entry.put("status", view.status());
        entry.put("ageSeconds", view.receivedAt() == null ? 0 : Duration.between(view.receivedAt(), now).toSeconds());
        entry.put("view", view);
        return entry;
    }

    private Route approve(String tenant, String trader, String rfqId, RfqRequests.ApproveRequest body) {
        List<LegQuote> edits = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        List<RfqRequests.EditedQuote> quotes = body.quotes() == null ? List.of() : body.quotes();
        Set<Integer> edited = new HashSet<>();
        for (int i = 0; i < quotes.size(); i++) {
            RfqRequests.EditedQuote q = quotes.get(i);
            if (q == null || q.leg() == null || q.leg() < 0) {
                errors.add(new FieldError("quotes[" + i + "].leg", "is required, 0 or more"));
            } else if (!edited.add(q.leg())) {
                errors.add(new FieldError("quotes[" + i + "].leg", "leg " + q.leg() + " is edited twice"));
            } else if (q.valuePct() == null) {
                errors.add(new FieldError("quotes[" + i + "].valuePct", "is required"));
            } else {
                edits.add(new LegQuote(q.leg(), q.valuePct()));
            }
        }
        if (!errors.isEmpty()) {
            return complete(problem(Problem.validation(errors)));
        }
        RfqCommand approve = new RfqCommand.Approve(trader, edits);
        if (edits.isEmpty()) {
            return respond(command(tenant, rfqId, approve));
        }
        // An edit of a leg the RFQ does not have is bad input (400), not a refusal of the RFQ's state.
        return respond(rfqs.byId(tenant, rfqId).thenCompose(view -> {
            int legs = view.map(RfqView::legs).map(JsonNode::size).orElse(Integer.MAX_VALUE);
            List<FieldError> unknown = new ArrayList<>();
            for (int i = 0; i < edits.size(); i++) {
                if (edits.get(i).leg() >= legs) {
                    unknown.add(new FieldError("quotes[" + i + "].leg", "the RFQ has " + legs + " leg" + (legs == 1 ? "" : "s")));
                }
            }
            return unknown.isEmpty() ? command(tenant, rfqId, approve)
                    : CompletableFuture.completedFuture(ApiResponse.problem(Problem.validation(unknown)));
        }));
    }

    private Route reject(String tenant, String trader, String rfqId, RfqRequests.RejectRequest body) {
        if (body.reason() == null || body.reason().isBlank()) {
            return complete(problem(Problem.validation(List.of(new FieldError("reason", "is required")))));
        }
        return respond(command(tenant, rfqId, new RfqCommand.Reject(trader, body.reason().strip())));
    }

    private CompletionStage<ApiResponse> command(String tenant, String rfqId, RfqCommand command) {
        return ask(tenant, rfqId, command).thenApply(reply -> {
            if (reply instanceof CommandReply.Accepted<Rfq> accepted) {
                Rfq rfq = accepted.summary();
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("rfqId", rfq.rfqId());
                body.put("status", rfq.status());
                body.put("quotes", rfq.quotes());
                return ApiResponse.ok(body);
            }
            String reason = ((CommandReply.Rejected<Rfq>) reply).reason();
            return reason.endsWith("state NEW") ? ApiResponse.problem(Problem.notFound("no RFQ " + rfqId))
                    : ApiResponse.problem(Problem.of("wrong-state", "Not allowed in the RFQ's state", 409, reason));
        });
    }

    /** Hit ratios over the RFQs received from {@code from} to {@code to} (default: the 30 days up to today). */
    private CompletionStage<ApiResponse> clients(String tenant, String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate last = date(to, "to", today(), errors);
        LocalDate first = date(from, "from", last.minusDays(CLIENT_STATS_DAYS - 1), errors);
        if (errors.isEmpty() && first.isAfter(last)) {
            errors.add(new FieldError("from", "must not be after to"));
        } else if (errors.isEmpty() && first.plusDays(MAX_STATS_DAYS).isBefore(last.plusDays(1))) {
            errors.add(new FieldError("from", "at most " + MAX_STATS_DAYS + " days before to"));
        }
        if (!errors.isEmpty()) {
            return CompletableFuture.completedFuture(ApiResponse.problem(Problem.validation(errors)));
        }
        return rfqs.ofDays(tenant, first.datesUntil(last.plusDays(1)).toList(), false).thenApply(all -> {
            Map<String, int[]> counts = new LinkedHashMap<>();
            for (RfqView v : all) {
                int[] c = counts.computeIfAbsent(v.clientId(), k -> new int[3]);
                c[0]++;
                if (v.sentAt() != null) {
                    c[1]++;
                }
                if ("ACCEPTED".equals(v.status()) || "BOOKED".equals(v.status())) {
                    c[2]++;
                }
            }
            return ApiResponse.ok(counts.entrySet().stream().map(e -> new RfqRequests.ClientStats(e.getKey(), e.getValue()[0],
                    e.getValue()[1], e.getValue()[2], e.getValue()[1] == 0 ? 0.0 : (double) e.getValue()[2] / e.getValue()[1]))
                    .toList());
        });
    }

    private static LocalDate date(String text, String field, LocalDate absent, List<FieldError> errors) {
        if (text == null) {
            return absent;
        }
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(new FieldError(field, "an ISO date, e.g. 2026-11-23"));
            return absent;
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), settings.zone());
    }

    private Route bind(String tenant, String by, String groupId, RfqRequests.BindRequest body) {
        if (!ID.matcher(groupId).matches()) {
            return complete(problem(Problem.validation(List.of(new FieldError("groupId", "letters, digits and _.:- only")))));
        }
        if (body.kycCaseId() == null || body.kycCaseId().isBlank()) {
            return complete(problem(Problem.validation(List.of(new FieldError("kycCaseId", "is required")))));
        }
        return respond(kyc.byId(tenant, body.kycCaseId()).thenCompose(found -> found.isEmpty()
                ? CompletableFuture.completedFuture(ApiResponse.problem(Problem.validation(List.of(
                        new FieldError("kycCaseId", "no KYC case " + body.kycCaseId())))))
                : bindings.bind(tenant, groupId, body.kycCaseId(), by, clock.instant())
                        .thenApply(d -> ApiResponse.ok(new RfqRequests.Binding(groupId, body.kycCaseId())))));
    }

    private CompletionStage<CommandReply<Rfq>> ask(String tenant, String rfqId, RfqCommand command) {
        return sharding.entityRefFor(RfqEntity.TYPE_KEY, RfqEntity.entityId(tenant, rfqId))
                .ask(reply -> new RfqEntity.Command(command, reply), askTimeout);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
