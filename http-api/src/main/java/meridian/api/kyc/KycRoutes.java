package meridian.api.kyc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import meridian.api.auth.Principal;
import meridian.api.auth.Role;
import meridian.api.http.ApiDirectives;
import meridian.api.http.ApiModule;
import meridian.api.http.ApiResponse;
import meridian.api.http.Endpoint;
import meridian.api.http.Json;
import meridian.api.http.Problem;
import meridian.api.kyc.KycViews.CaseSummary;
import meridian.api.node.NodeContext;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;
import meridian.domain.kyc.caseflow.Actor;
import meridian.domain.kyc.caseflow.ApprovalRecord;
import meridian.domain.kyc.caseflow.Decision;
import meridian.domain.kyc.caseflow.KycCase;
import meridian.domain.kyc.caseflow.KycCommand;
import meridian.domain.kyc.caseflow.KycRole;
import meridian.domain.kyc.caseflow.KycStatus;
import meridian.domain.kyc.caseflow.OnboardingCode;
import meridian.domain.kyc.caseflow.RejectionCode;
import meridian.domain.kyc.form.DocumentPolicy;
import meridian.domain.kyc.form.DocumentRef;
import meridian.domain.kyc.form.DocumentRefusedException;
import meridian.domain.kyc.form.DocumentType;
import meridian.domain.kyc.form.FormSection;
import meridian.read.kyc.KycCaseView;
import meridian.read.kyc.KycRepository;
import meridian.write.kyc.ApprovalSealer;
import meridian.write.kyc.KycCaseEntity;
import meridian.write.kyc.KycReply;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.apache.pekko.http.javadsl.model.ContentTypes;
import org.apache.pekko.http.javadsl.model.HttpEntity;
import org.apache.pekko.http.javadsl.model.HttpResponse;
import org.apache.pekko.http.javadsl.model.MediaType;
import org.apache.pekko.http.javadsl.model.Multipart;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.Route;
import org.apache.pekko.http.javadsl.unmarshalling.Unmarshaller;
import org.apache.pekko.stream.Materializer;
import scala.concurrent.duration.FiniteDuration;

/**
 * {@code /api/v1/kyc}: institutional client onboarding. SALES invites (the one-time code is in that answer only), the
 * CLIENT bound by the code fills the form, uploads documents and submits; screening runs by itself; COMPLIANCE, RISK
 * and AML review in the configured order from their queues; the approval is sealed with the firm's key. Refusals of
 * the case's state machine answer with the status of their {@link RejectionCode}; a case of another tenant is 404.
 */
public final class KycRoutes extends ApiDirectives implements ApiModule {

    private static final Set<Role> REVIEWERS = Set.of(Role.COMPLIANCE, Role.RISK, Role.AML);
    private static final Set<Role> STAFF = Set.of(Role.SALES, Role.COMPLIANCE, Role.RISK, Role.AML);
    private static final Set<Role> STAFF_AND_REGULATOR = Set.of(Role.SALES, Role.COMPLIANCE, Role.RISK, Role.AML, Role.REGULATOR);
    private static final Set<Role> CASE_READERS = Set.of(Role.CLIENT, Role.SALES, Role.COMPLIANCE, Role.RISK, Role.AML, Role.REGULATOR);
    private static final Set<Role> REPORT_READERS = Set.of(Role.COMPLIANCE, Role.RISK, Role.AML, Role.REGULATOR);
    private static final Set<Role> DOCUMENT_READERS = Set.of(Role.CLIENT, Role.SALES, Role.COMPLIANCE, Role.RISK, Role.AML);
    private static final Pattern CASE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final Map<String, String> SECTIONS = Map.of("institution", "institution", "financial", "financial",
            "beneficialOwners", "beneficialOwners", "authorisedTraders", "authorisedTraders", "purpose", "purpose");
    private static final Duration MAX_CODE_VALIDITY = Duration.ofDays(30);
    private static final FiniteDuration READ_TIMEOUT = FiniteDuration.apply(60, TimeUnit.SECONDS);
    private static final MediaType.Binary PDF = org.apache.pekko.http.javadsl.model.MediaTypes.APPLICATION_PDF;
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    public static final List<Endpoint> CASE_ENDPOINTS = List.of(
            new Endpoint("POST", "/api/v1/kyc/cases", Set.of(Role.SALES)),
            new Endpoint("GET", "/api/v1/kyc/cases/{caseId}", CASE_READERS),
            new Endpoint("POST", "/api/v1/kyc/cases/{caseId}/invitation", Set.of(Role.SALES)),
            new Endpoint("POST", "/api/v1/kyc/cases/{caseId}/start", Set.of(Role.CLIENT)),
            new Endpoint("PUT", "/api/v1/kyc/cases/{caseId}/form/{section}", Set.of(Role.CLIENT)),
            new Endpoint("POST", "/api/v1/kyc/cases/{caseId}/documents", Set.of(Role.CLIENT)),
            new Endpoint("GET", "/api/v1/kyc/cases/{caseId}/documents/{sha256}", DOCUMENT_READERS),
            new Endpoint("DELETE", "/api/v1/kyc/cases/{caseId}/documents/{sha256}", Set.of(Role.CLIENT)),
            new Endpoint("POST", "/api/v1/kyc/cases/{caseId}/submit", Set.of(Role.CLIENT)),
            new Endpoint("POST", "/api/v1/kyc/cases/{caseId}/hit-resolutions", Set.of(Role.AML)),
            new Endpoint("POST", "/api/v1/kyc/cases/{caseId}/reviews", REVIEWERS),
            new Endpoint("GET", "/api/v1/kyc/cases/{caseId}/seal", CASE_READERS),
            new Endpoint("POST", "/api/v1/kyc/cases/{caseId}/close", Set.of(Role.SALES, Role.COMPLIANCE)),
            new Endpoint("GET", "/api/v1/kyc/cases/{caseId}/timeline", STAFF_AND_REGULATOR),
            new Endpoint("GET", "/api/v1/kyc/cases/{caseId}/report", REPORT_READERS),
            new Endpoint("GET", "/api/v1/kyc/review-queue", REVIEWERS),
            new Endpoint("GET", "/api/v1/kyc/my-cases", Set.of(Role.CLIENT)),
            new Endpoint("GET", "/api/v1/kyc/statistics", Set.of(Role.REGULATOR, Role.COMPLIANCE)),
            new Endpoint("POST", "/api/v1/kyc/seal-verifications", Set.of()));
    public static final List<Endpoint> ENDPOINTS = joined(CASE_ENDPOINTS, KycMonitoringRoutes.ENDPOINTS);

    private final ClusterSharding sharding;
    private final Duration askTimeout;
    private final Clock clock;
    private final KycSettings settings;
    private final KycCaseEntity.Services services;
    private final DocumentPolicy documentPolicy;
    private final KycRepository repository;
    private final KycDocumentStore documents;
    private final KycMonitoringRoutes monitoring;
    private final KycReviewReport report;
    private final SecureRandom random = new SecureRandom();

    public KycRoutes(NodeContext context, KycSettings settings, KycCaseEntity.Services services, KycRepository repository,
            KycDocumentStore documents, KycMonitoringRoutes monitoring) {
        super(context.verifier(), context.idempotency());
        this.monitoring = monitoring;
        this.report = new KycReviewReport(KycReviewReport.defaultFonts(settings.reportFont()));
        this.sharding = ClusterSharding.get(context.system());
        this.askTimeout = context.askTimeout();
        this.clock = context.clock();
        this.settings = settings;
        this.services = services;
        this.documentPolicy = new DocumentPolicy(settings.maxDocumentBytes());
        this.repository = repository;
        this.documents = documents;
    }

    @Override
    public List<Endpoint> endpoints() {
        return ENDPOINTS;
    }

    @Override
    public String openApiFragment() {
        return "/meridian/api/openapi/kyc.json";
    }

    @Override
    public Route routes() {
        return pathPrefix(PathMatchers.segment("api").slash("v1").slash("kyc"), () -> concat(
                pathPrefix("cases", () -> concat(
                        pathEnd(() -> post(this::invite)),
                        pathPrefix(PathMatchers.segment(), caseId -> !CASE_ID.matcher(caseId).matches()
                                ? complete(problem(Problem.notFound("no KYC case " + caseId)))
                                : concat(
                                        pathEnd(() -> get(() -> read(caseId))),
                                        path("invitation", () -> post(() -> reissue(caseId))),
                                        path("start", () -> post(() -> start(caseId))),
                                        path(PathMatchers.segment("form").slash(PathMatchers.segment()),
                                                section -> put(() -> saveSection(caseId, section))),
                                        pathPrefix("documents", () -> concat(
                                                pathEnd(() -> post(() -> upload(caseId))),
                                                path(PathMatchers.segment(), sha -> concat(
                                                        get(() -> download(caseId, sha)),
                                                        delete(() -> removeDocument(caseId, sha)))))),
                                        path("submit", () -> post(() -> submit(caseId))),
                                        path("hit-resolutions", () -> post(() -> resolveHit(caseId))),
                                        path("reviews", () -> post(() -> review(caseId))),
                                        path("seal", () -> get(() -> seal(caseId))),
                                        path("close", () -> post(() -> close(caseId))),
                                        path("timeline", () -> get(() -> timeline(caseId))),
                                        path("report", () -> get(() -> report(caseId))))))),
                path("review-queue", () -> get(this::queue)),
                path("my-cases", () -> get(this::myCases)),
                path("statistics", () -> get(this::statistics)),
                path("seal-verifications", () -> post(this::verifySeal)),
                monitoring.routes()));
    }

    // ---- SALES

    private Route invite() {
        return authenticated(Set.of(Role.SALES), principal -> jsonBody(KycViews.InviteRequest.class, request ->
                optionalHeaderValueByName("Idempotency-Key", key -> {
                    Duration validity = request.codeValidity() == null ? settings.codeValidity() : request.codeValidity();
                    Optional<Problem> badValidity = checkValidity(validity);
                    if (badValidity.isPresent()) {
                        return complete(problem(badValidity.get()));
                    }
                    // With an Idempotency-Key a retried invitation reaches the same case (and is refused there): the
                    // one-time code is never stored, so it cannot be replayed.
                    String caseId = key.map(k -> "KYC-" + sha256(principal.tenant() + "\n" + principal.subject() + "\n" + k)
                            .substring(0, 16).toUpperCase()).orElseGet(this::newCaseId);
                    String code = OnboardingCode.generate(random);
                    Instant now = clock.instant();
                    KycCommand command = new KycCommand.InviteProspect(caseId, request.institutionName(),
                            request.unifiedSocialCreditCode(), request.contact(), OnboardingCode.hash(caseId, code),
                            now.plus(validity), settings.reviewSequence(), actor(principal, KycRole.SALES), now);
                    return respond(ask(principal, caseId, command).thenApply(reply -> {
                        if (reply instanceof KycReply.Accepted accepted) {
                            KycCase state = accepted.state();
                            return ApiResponse.created(new KycViews.InvitationIssued(caseId, state.status(),
                                    state.invitation().institutionName(), code, state.invitation().expiresAt(),
                                    state.reviewSequence()));
                        }
                        KycReply.Rejected rejected = (KycReply.Rejected) reply;
                        if (key.isPresent() && rejected.code() == RejectionCode.WRONG_STATE) {
                            return ApiResponse.problem(Problem.conflict("this Idempotency-Key already invited case " + caseId
                                    + "; its onboarding code is shown only once: issue a new one with POST /api/v1/kyc/cases/"
                                    + caseId + "/invitation"));
                        }
                        return ApiResponse.problem(problem(rejected, caseId));
                    }));
                })));
    }

    private Route reissue(String caseId) {
        return authenticated(Set.of(Role.SALES), principal -> jsonBody(KycViews.ReissueRequest.class, request -> {
            Duration validity = request.codeValidity() == null ? settings.codeValidity() : request.codeValidity();
            Optional<Problem> badValidity = checkValidity(validity);
            if (badValidity.isPresent()) {
                return complete(problem(badValidity.get()));
            }
            String code = OnboardingCode.generate(random);
            Instant now = clock.instant();
            return respond(command(principal, caseId, new KycCommand.ReissueInvitation(OnboardingCode.hash(caseId, code),
                    now.plus(validity), actor(principal, KycRole.SALES), now), 200, state -> new KycViews.InvitationIssued(
                    caseId, state.status(), state.invitation().institutionName(), code, state.invitation().expiresAt(),
                    state.reviewSequence())));
        }));
    }

    private Route close(String caseId) {
        return authenticated(Set.of(Role.SALES, Role.COMPLIANCE), principal -> jsonBody(KycViews.CloseRequest.class, request ->
                idempotent(principal, Map.of("close", caseId, "reason", String.valueOf(request.reason())), () -> command(
                        principal, caseId, new KycCommand.CloseCase(request.reason(), actor(principal,
                                principal.roles().contains(Role.SALES) ? KycRole.SALES : KycRole.COMPLIANCE), clock.instant()),
                        200, CaseSummary::of))));
    }

    // ---- CLIENT

    private Route start(String caseId) {
        return authenticated(Set.of(Role.CLIENT), principal -> jsonBody(KycViews.StartRequest.class, request ->
                blank(request.code()) ? complete(problem(Problem.validation(List.of(new FieldError("code", "is required")))))
                : idempotent(principal, Map.of("start", caseId, "code", String.valueOf(request.code())), () -> command(principal,
                        caseId, new KycCommand.StartOnboarding(request.code(), actor(principal, KycRole.CLIENT), clock.instant()),
                        200, CaseSummary::of))));
    }

    private Route saveSection(String caseId, String section) {
        return authenticated(Set.of(Role.CLIENT), principal -> {
            if (!SECTIONS.containsKey(section)) {
                return complete(problem(Problem.notFound("no form section " + section + "; sections are "
                        + List.of("institution", "financial", "beneficialOwners", "authorisedTraders", "purpose"))));
            }
            return jsonBody(JsonNode.class, body -> {
                if (!body.isObject()) {
                    return complete(problem(Problem.validation(List.of(new FieldError("body", "must be a JSON object")))));
                }
                JsonNode named = body.get("section");
                if (named != null && !section.equals(named.asText())) {
                    return complete(problem(Problem.validation(List.of(new FieldError("section",
                            "the body is the " + named.asText() + " section but the path names " + section)))));
                }
                ObjectNode withSection = ((ObjectNode) body).deepCopy();
                withSection.put("section", section);
                FormSection parsed = Json.read(Json.write(withSection), FormSection.class);
                return respond(command(principal, caseId, new KycCommand.SaveDraft(parsed, actor(principal, KycRole.CLIENT),
                        clock.instant()), 200, CaseSummary::of));
            });
        });
    }

    private Route submit(String caseId) {
        return authenticated(Set.of(Role.CLIENT), principal -> idempotent(principal, Map.of("submit", caseId), () ->
                command(principal, caseId, new KycCommand.SubmitForm(actor(principal, KycRole.CLIENT), clock.instant()),
                        202, CaseSummary::of)));
    }

    private Route removeDocument(String caseId, String sha256) {
        return authenticated(Set.of(Role.CLIENT), principal -> respond(command(principal, caseId,
                new KycCommand.RemoveDocument(sha256, actor(principal, KycRole.CLIENT), clock.instant()), 200, CaseSummary::of)));
    }

    /** A raw body with its Content-Type ({@code ?type=BUSINESS_LICENCE&fileName=...}), or multipart fields type and file. */
    private Route upload(String caseId) {
        return authenticated(Set.of(Role.CLIENT), principal -> withoutSizeLimit(() -> extractRequestEntity(entity ->
                extractMaterializer(materializer -> {
                    MediaType media = entity.getContentType().mediaType();
                    if (media.isMultipart() && media.subType().equals("form-data")) {
                        return multipartUpload(principal, caseId);
                    }
                    return rawUpload(principal, caseId, entity, materializer);
                }))));
    }

    private Route rawUpload(Principal principal, String caseId, HttpEntity entity, Materializer materializer) {
        return parameterOptional("type", type -> parameterOptional("fileName", fileName -> {
            String contentType = entity.getContentType().mediaType().toString();
            OptionalLong length = entity.getContentLengthOption();
            try {
                documentPolicy.checkDeclared(contentType, length.orElse(1));
            } catch (DocumentRefusedException e) {
                return discardThen(entity, materializer, length, refusal(e));
            }
            Optional<DocumentType> documentType = documentType(type);
            if (documentType.isEmpty()) {
                return discardThen(entity, materializer, length, problem(Problem.validation(List.of(new FieldError("type",
                        "give the document type as ?type=, one of " + List.of(DocumentType.values()))))));
            }
            return withSizeLimit(documentPolicy.maxBytes(), () -> entity(Unmarshaller.entityToByteArray(), bytes ->
                    attach(principal, caseId, documentType.get(), fileName.orElse("document"), contentType, bytes)));
        }));
    }

    private Route multipartUpload(Principal principal, String caseId) {
        return toStrictEntity(READ_TIMEOUT, documentPolicy.maxBytes() + MULTIPART_OVERHEAD, () ->
                extractMaterializer(materializer -> entity(Unmarshaller.entityToMultipartFormData(), form ->
                        onComplete(form.toStrict(READ_TIMEOUT.toMillis(), materializer), parsed -> {
                            if (parsed.isFailure()) {
                                return complete(problem(Problem.of("bad-request", "Bad request", 400,
                                        "the multipart body cannot be read: " + parsed.failed().get().getMessage())));
                            }
                            String type = null;
                            String fileName = null;
                            String contentType = null;
                            byte[] content = null;
                            for (Multipart.FormData.BodyPart.Strict part : parsed.get().getStrictParts()) {
                                if (part.getName().equals("type")) {
                                    type = part.getEntity().getData().utf8String().strip();
                                } else if (part.getName().equals("file")) {
                                    fileName = part.getFilename().orElse("document");
                                    contentType = part.getEntity().getContentType().mediaType().toString();
                                    content = part.getEntity().getData().toArray();
                                }
                            }
                            List<FieldError> errors = new ArrayList<>();
                            Optional<DocumentType> documentType = documentType(Optional.ofNullable(type));
                            if (documentType.isEmpty()) {
                                errors.add(new FieldError("type", "give the document type in the form field type, one of "
                                        + List.of(DocumentType.values())));
                            }
                            if (content == null) {
                                errors.add(new FieldError("file", "the form has no file field"));
                            }
                            if (!errors.isEmpty()) {
                                return complete(problem(Problem.validation(errors)));
                            }
                            return attach(principal, caseId, documentType.get(), fileName, contentType, content);
                        }))));
    }

    /**
     * Checks the file, then asks the case whether it takes a document now (so nothing is stored for a case that would
     * refuse it), stores the bytes under their SHA-256 and records the reference.
     */
    private Route attach(Principal principal, String caseId, DocumentType type, String fileName, String contentType,
            byte[] content) {
        DocumentRef document;
        try {
            document = documentPolicy.accept(type, fileName, contentType, content);
        } catch (DocumentRefusedException e) {
            return complete(refusal(e));
        } catch (ValidationException e) {
            return complete(problem(Problem.validation(e.errors())));
        }
        KycCommand command = new KycCommand.AttachDocument(document, actor(principal, KycRole.CLIENT), clock.instant());
        return respond(state(principal, caseId).thenCompose(state -> {
            Decision check = services.decider().decide(state, command);
            if (check instanceof Decision.Rejected r) {
                return CompletableFuture.completedFuture(ApiResponse.problem(problem(
                        new KycReply.Rejected(r.code(), r.reason(), r.errors(), state.status()), caseId)));
            }
            return documents.put(principal.tenant(), caseId, document.sha256(), document.contentType(), content)
                    .thenCompose(stored -> command(principal, caseId, command, 201,
                            after -> new KycViews.DocumentAttached(document, CaseSummary.of(after))));
        }));
    }

    private Route download(String caseId, String sha256) {
        return authenticated(DOCUMENT_READERS, principal -> onComplete(readable(principal, caseId).thenCompose(view -> {
            if (view.isEmpty() || view.get().state().form().documents().stream().noneMatch(d -> d.sha256().equals(sha256))) {
                return CompletableFuture.completedFuture(problem(Problem.notFound("case " + caseId + " has no document " + sha256)));
            }
            return documents.get(principal.tenant(), caseId, sha256).thenApply(stored -> stored
                    .map(d -> HttpResponse.create().withEntity(ContentTypes.parse(d.contentType()), d.content()))
                    .orElseGet(() -> problem(Problem.notFound("document " + sha256 + " is not stored"))));
        }), result -> complete(result.isSuccess() ? result.get() : failure(result.failed().get()))));
    }

    // ---- reviewers

    private Route resolveHit(String caseId) {
        return authenticated(Set.of(Role.AML), principal -> jsonBody(KycViews.HitResolutionRequest.class, request ->
                blank(request.hitKey()) ? complete(problem(Problem.validation(List.of(new FieldError("hitKey",
                        "give the key of the hit, as the case view lists it")))))
                : idempotent(principal, Map.of("resolve", caseId, "request", request), () -> command(principal, caseId,
                        new KycCommand.ResolveHit(request.hitKey(), request.resolution(), request.comment(),
                                actor(principal, KycRole.AML), clock.instant()), 200, CaseSummary::of))));
    }

    private Route review(String caseId) {
        return authenticated(REVIEWERS, principal -> jsonBody(KycViews.ReviewRequest.class, request -> {
            Object role = reviewerRole(principal, Optional.ofNullable(request.role()), "role");
            if (role instanceof Problem p) {
                return complete(problem(p));
            }
            return idempotent(principal, Map.of("review", caseId, "request", request), () -> command(principal, caseId,
                    new KycCommand.ReviewCase(request.decision(), request.comment(), request.notionalLimitCny(),
                            actor(principal, (KycRole) role), clock.instant()), 200, CaseSummary::of));
        }));
    }

    private Route queue() {
        return authenticated(REVIEWERS, principal -> parameterOptional("role", requested -> {
            Optional<KycRole> asked;
            try {
                asked = requested.map(r -> KycRole.valueOf(r.strip().toUpperCase()));
            } catch (IllegalArgumentException e) {
                return complete(problem(Problem.validation(List.of(new FieldError("role", "one of COMPLIANCE, RISK, AML")))));
            }
            Object role = reviewerRole(principal, asked, "role");
            if (role instanceof Problem p) {
                return complete(problem(p));
            }
            Instant now = clock.instant();
            return respond(repository.queue(principal.tenant(), (KycRole) role).thenApply(entries -> ApiResponse.ok(
                    entries.stream().map(e -> KycViews.QueueItem.of(e, settings.reviewSla(), now)).toList())));
        }));
    }

    // ---- reads

    private Route read(String caseId) {
        return authenticated(CASE_READERS, principal -> respond(readable(principal, caseId).thenCompose(view -> {
            if (view.isEmpty()) {
                return CompletableFuture.completedFuture(ApiResponse.problem(Problem.notFound("no KYC case " + caseId)));
            }
            if (isStaff(principal)) {
                Set<KycRole> reviewerRoles = EnumSet.noneOf(KycRole.class);
                principal.roles().stream().filter(REVIEWERS::contains).forEach(r -> reviewerRoles.add(KycRole.valueOf(r.name())));
                return CompletableFuture.completedFuture(ApiResponse.ok(KycViews.staff(view.get(), reviewerRoles)));
            }
            return repository.timeline(principal.tenant(), caseId)
                    .thenApply(timeline -> ApiResponse.ok(KycViews.client(view.get(), timeline)));
        })));
    }

    private Route timeline(String caseId) {
        return authenticated(STAFF_AND_REGULATOR, principal -> respond(repository.timeline(principal.tenant(), caseId)
                .thenApply(entries -> entries.isEmpty()
                        ? ApiResponse.problem(Problem.notFound("no KYC case " + caseId))
                        : ApiResponse.ok(entries.stream().map(t -> new KycViews.TimelineItem(t.seq(), t.at(), t.userId(),
                                t.role(), t.event(), t.summary())).toList()))));
    }

    /** The review report as a PDF, built from the masked case view and its timeline. */
    private Route report(String caseId) {
        return authenticated(REPORT_READERS, principal -> onComplete(repository.byId(principal.tenant(), caseId)
                .thenCompose(view -> view.isEmpty()
                        ? CompletableFuture.completedFuture(problem(Problem.notFound("no KYC case " + caseId)))
                        : repository.timeline(principal.tenant(), caseId).thenApplyAsync(timeline -> HttpResponse.create()
                                .withEntity(ContentTypes.create(PDF), report.render(view.get(), timeline, clock.instant()))
                                .addHeader(org.apache.pekko.http.javadsl.model.headers.RawHeader.create("Content-Disposition",
                                        "inline; filename=\"kyc-report-" + caseId + ".pdf\"")))),
                result -> complete(result.isSuccess() ? result.get() : failure(result.failed().get()))));
    }

    private Route myCases() {
        return authenticated(Set.of(Role.CLIENT), principal -> respond(repository.clientCases(principal.tenant(),
                principal.subject()).thenApply(ApiResponse::ok)));
    }

    private Route statistics() {
        return authenticated(Set.of(Role.REGULATOR, Role.COMPLIANCE), principal -> respond(
                repository.statistics(principal.tenant()).thenApply(ApiResponse::ok)));
    }

    private Route seal(String caseId) {
        return authenticated(CASE_READERS, principal -> respond(readable(principal, caseId).thenApply(view -> {
            if (view.isEmpty()) {
                return ApiResponse.problem(Problem.notFound("no KYC case " + caseId));
            }
            KycCase state = view.get().state();
            if (state.seal() == null) {
                return ApiResponse.problem(Problem.notFound("case " + caseId + " has no sealed approval; it is " + state.status()));
            }
            ApprovalRecord record = state.approvalRecord();
            ApprovalSealer sealer = services.sealer();
            boolean valid = record.sha256().equals(state.seal().recordSha256()) && sealer.keyId().equals(state.seal().keyId())
                    && sealer.verify(record.canonicalBytes(), state.seal().signature());
            return ApiResponse.ok(new KycViews.SealView(caseId, new String(record.canonicalBytes(), StandardCharsets.UTF_8),
                    state.seal().recordSha256(), state.seal().signature(), state.seal().keyId(), ApprovalSealer.ALGORITHM,
                    state.seal().at(), sealer.publicKeyPem(), valid));
        })));
    }

    private Route verifySeal() {
        return authenticated(Set.of(), principal -> jsonBody(KycViews.SealVerificationRequest.class, request -> {
            List<FieldError> errors = new ArrayList<>();
            if (request.record() == null || request.record().isBlank()) {
                errors.add(new FieldError("record", "give the approval record's canonical text"));
            }
            if (request.signature() == null || request.signature().isBlank()) {
                errors.add(new FieldError("signature", "is required"));
            }
            if (!errors.isEmpty()) {
                return complete(problem(Problem.validation(errors)));
            }
            ApprovalSealer sealer = services.sealer();
            byte[] bytes = request.record().getBytes(StandardCharsets.UTF_8);
            String digest = sha256(request.record());
            if (request.keyId() != null && !request.keyId().equals(sealer.keyId())) {
                return complete(toHttp(ApiResponse.ok(new KycViews.SealVerification(false, request.keyId(), digest,
                        "sealed with key " + request.keyId() + ", not with this firm's key " + sealer.keyId()))));
            }
            boolean valid = sealer.verify(bytes, request.signature());
            return complete(toHttp(ApiResponse.ok(new KycViews.SealVerification(valid, sealer.keyId(), digest, valid
                    ? "the signature is this firm's seal over exactly this record"
                    : "the signature does not match this record under this firm's key"))));
        }));
    }

    // ---- helpers

    private CompletionStage<KycReply> ask(Principal principal, String caseId, KycCommand command) {
        return sharding.entityRefFor(KycCaseEntity.TYPE_KEY, KycCaseEntity.entityId(principal.tenant(), caseId))
                .ask(reply -> new KycCaseEntity.Execute(command, reply), askTimeout);
    }

    private CompletionStage<KycCase> state(Principal principal, String caseId) {
        return sharding.entityRefFor(KycCaseEntity.TYPE_KEY, KycCaseEntity.entityId(principal.tenant(), caseId))
                .ask(KycCaseEntity.GetCase::new, askTimeout);
    }

    private CompletionStage<ApiResponse> command(Principal principal, String caseId, KycCommand command, int status,
            Function<KycCase, Object> body) {
        return ask(principal, caseId, command).thenApply(reply -> reply instanceof KycReply.Accepted accepted
                ? new ApiResponse(status, body.apply(accepted.state()))
                : ApiResponse.problem(problem((KycReply.Rejected) reply, caseId)));
    }

    /** The case's view if the caller may read it: staff of the tenant, or the client the case is bound to. */
    private CompletionStage<Optional<KycCaseView>> readable(Principal principal, String caseId) {
        return repository.byId(principal.tenant(), caseId).thenApply(view -> view.filter(v -> isStaff(principal)
                || principal.roles().contains(Role.REGULATOR)
                || principal.subject().equals(v.state().clientUserId())));
    }

    private static boolean isStaff(Principal principal) {
        return principal.roles().stream().anyMatch(STAFF_AND_REGULATOR::contains);
    }

    /** The reviewer role the caller acts in: the one asked for (if held), else the only one held; otherwise a problem. */
    private static Object reviewerRole(Principal principal, Optional<KycRole> asked, String field) {
        List<KycRole> held = principal.roles().stream().filter(REVIEWERS::contains).map(r -> KycRole.valueOf(r.name()))
                .sorted().toList();
        if (asked.isPresent()) {
            if (!held.contains(asked.get())) {
                return Problem.forbidden("you do not hold the role " + asked.get() + "; you hold " + held);
            }
            return asked.get();
        }
        if (held.size() == 1) {
            return held.get(0);
        }
        return Problem.validation(List.of(new FieldError(field, "you hold " + held + "; say which one you act in")));
    }

    private static Actor actor(Principal principal, KycRole role) {
        return new Actor(principal.subject(), role);
    }

    /** The problem document of a refusal: its code's status and type, the reason, the fields. */
    static Problem problem(KycReply.Rejected rejected, String caseId) {
        if (rejected.code() == RejectionCode.WRONG_STATE && rejected.status() == KycStatus.NEW) {
            return Problem.notFound("no KYC case " + caseId);
        }
        Problem base = switch (rejected.code()) {
            case WRONG_STATE -> Problem.of("wrong-state", "Not allowed in the case's state", 409, rejected.reason());
            case NOT_PERMITTED -> Problem.of("not-permitted", "Not permitted", 403, rejected.reason());
            case INVALID_CODE -> Problem.of("invalid-onboarding-code", "Invalid onboarding code", 403, rejected.reason());
            case CODE_EXPIRED -> Problem.of("onboarding-code-expired", "Onboarding code expired", 410, rejected.reason());
            case INVALID_INPUT -> rejected.errors().isEmpty()
                    ? Problem.of("validation", "Invalid request", 400, rejected.reason())
                    : Problem.validation(rejected.errors());
            case DOCUMENT_TOO_LARGE -> Problem.of("document-too-large", "Document too large", 413, rejected.reason());
            case UNSUPPORTED_DOCUMENT -> Problem.of("unsupported-document", "Unsupported document", 415, rejected.reason());
            case OUT_OF_TURN -> Problem.of("out-of-turn", "Another review is due first", 409, rejected.reason());
            case APPROVAL_BLOCKED -> Problem.of("approval-blocked", "Approval blocked", 409, rejected.reason());
            case NOT_FOUND -> Problem.of("not-found", "Not found", 404, rejected.reason());
        };
        if (base.status() != rejected.code().httpStatus()) {
            throw new IllegalStateException(rejected.code() + " must answer " + rejected.code().httpStatus());
        }
        return new Problem(base.type(), base.title(), base.status(), base.detail(), rejected.errors());
    }

    private static HttpResponse refusal(DocumentRefusedException e) {
        Problem problem = switch (e.reason()) {
            case TOO_LARGE -> Problem.of("document-too-large", "Document too large", 413, e.getMessage());
            case UNSUPPORTED_TYPE -> Problem.of("unsupported-document", "Unsupported document", 415, e.getMessage());
            case EMPTY -> Problem.validation(e.errors());
        };
        return problem(new Problem(problem.type(), problem.title(), problem.status(), problem.detail(), e.errors()));
    }

    /**
     * Answers a refusal after reading and dropping the body, so that the client, still sending, gets the answer rather
     * than a reset connection; a body far over the limit is not read (the connection closes after the answer).
     */
    private Route discardThen(HttpEntity entity, Materializer materializer, OptionalLong length, HttpResponse answer) {
        if (length.isPresent() && length.getAsLong() > 4 * documentPolicy.maxBytes()) {
            return complete(answer);
        }
        return onComplete(entity.discardBytes(materializer).completionStage(), done -> complete(answer));
    }

    private static List<Endpoint> joined(List<Endpoint> a, List<Endpoint> b) {
        List<Endpoint> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Optional<DocumentType> documentType(Optional<String> name) {
        try {
            return name.map(n -> DocumentType.valueOf(n.strip().toUpperCase()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Problem> checkValidity(Duration validity) {
        if (validity.isNegative() || validity.isZero() || validity.compareTo(MAX_CODE_VALIDITY) > 0) {
            return Optional.of(Problem.validation(List.of(new FieldError("codeValidity",
                    "must be more than zero and at most " + MAX_CODE_VALIDITY + " (ISO-8601, e.g. P7D)"))));
        }
        return Optional.empty();
    }

    private String newCaseId() {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return "KYC-" + HexFormat.of().withUpperCase().formatHex(bytes);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
