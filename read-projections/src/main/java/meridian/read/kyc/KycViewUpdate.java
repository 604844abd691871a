package meridian.read.kyc;

import java.time.Instant;
import java.util.Optional;
import meridian.domain.kyc.caseflow.HitResolution;
import meridian.domain.kyc.caseflow.KycCase;
import meridian.domain.kyc.caseflow.KycEvent;
import meridian.domain.kyc.caseflow.KycRole;
import meridian.domain.kyc.caseflow.KycStatus;
import meridian.domain.kyc.caseflow.ReviewDecision;
import meridian.domain.kyc.screening.HitLevel;

/**
 * What one KYC event changes in the views, as a pure function of the case's view row before it: the row itself (the
 * masked case and where it waits), the review queues, the timeline, the client's list and the statistics row. An event
 * at or below the row's last sequence number was applied already and changes nothing, which makes the projection
 * idempotent under at-least-once delivery.
 */
public final class KycViewUpdate {

    private KycViewUpdate() {
    }

    /** The case as views hold it: personal values masked; {@code queueRole}/{@code waitingSince} locate its queue entry. */
    public record CaseRow(String tenant, String caseId, long lastSeq, KycCase state, KycRole queueRole, Instant waitingSince,
            Instant firstSubmittedAt, Instant createdAt, Instant updatedAt) {

        public static CaseRow empty(String tenant, String caseId) {
            return new CaseRow(tenant, caseId, 0, KycCase.EMPTY, null, null, null, null, null);
        }
    }

    /** A case waiting for a reviewer role, oldest first by {@code waitingSince}. */
    public record QueueEntry(String tenant, KycRole role, Instant waitingSince, String caseId, String institutionName,
            Instant submittedAt, String rating, int unresolvedBlockingHits, int reviewHits, int newsHits,
            Boolean professionalInvestor, int round) {
    }

    /** One line of the audit trail: who did what, when. */
    public record TimelineEntry(String tenant, String caseId, long seq, Instant at, String userId, KycRole role, String event,
            String summary) {
    }

    /** A case in its client's list. */
    public record ClientCase(String tenant, String clientUserId, String caseId, String institutionName, KycStatus status,
            Instant updatedAt) {
    }

    /** The facts about one case that the regulator's statistics are computed from. */
    public record StatsRow(String tenant, String caseId, KycStatus status, String rating, Instant submittedAt,
            Instant approvedAt, boolean screened, int blockHits, int reviewHits, int trueMatches, int falsePositives,
            int newsHits) {
    }

    /** Everything one event writes; {@code unqueue} is the entry to delete before {@code enqueue} is written. */
    public record Step(CaseRow row, Optional<QueueEntry> unqueue, Optional<QueueEntry> enqueue, TimelineEntry timeline,
            Optional<ClientCase> client, StatsRow stats) {
    }

    /** The writes for event {@code seq} (personal values already masked), or empty if the row has seen it. */
    public static Optional<Step> step(CaseRow before, long seq, KycEvent event) {
        if (seq <= before.lastSeq()) {
            return Optional.empty();
        }
        KycCase state = before.state().apply(event);
        // A REJECT or RETURN review is followed by the event that ends the round: the case waits for nobody.
        boolean endsRound = event instanceof KycEvent.ReviewRecorded r && r.decision() != ReviewDecision.APPROVE;
        KycRole role = endsRound ? null : state.nextReviewer().orElse(null);
        boolean sameWait = role != null && role == before.queueRole() && sameRound(before.state(), state);
        Instant waitingSince = role == null ? null : sameWait ? before.waitingSince() : event.at();
        Instant firstSubmitted = before.firstSubmittedAt() == null && event instanceof KycEvent.FormSubmitted
                ? event.at() : before.firstSubmittedAt();
        CaseRow row = new CaseRow(before.tenant(), before.caseId(), seq, state, role, waitingSince, firstSubmitted,
                before.createdAt() == null ? event.at() : before.createdAt(), event.at());

        Optional<QueueEntry> unqueue = before.queueRole() != null && !sameWait
                ? Optional.of(queueEntry(before, before.state(), before.queueRole(), before.waitingSince()))
                : Optional.empty();
        Optional<QueueEntry> enqueue = role == null ? Optional.empty()
                : Optional.of(queueEntry(row, state, role, waitingSince));
        TimelineEntry timeline = new TimelineEntry(before.tenant(), before.caseId(), seq, event.at(), event.by().userId(),
                event.by().role(), event.getClass().getSimpleName(), KycTimeline.describe(event));
        Optional<ClientCase> client = state.clientUserId() == null ? Optional.empty()
                : Optional.of(new ClientCase(before.tenant(), state.clientUserId(), before.caseId(), institution(state),
                        state.status(), event.at()));
        return Optional.of(new Step(row, unqueue, enqueue, timeline, client, stats(row)));
    }

    /** Whether both states are in the same review round (the reviews so far are the same ones). */
    private static boolean sameRound(KycCase before, KycCase after) {
        return before.status() == KycStatus.IN_REVIEW && after.status() == KycStatus.IN_REVIEW
                && before.reviews().equals(after.reviews());
    }

    private static QueueEntry queueEntry(CaseRow row, KycCase state, KycRole role, Instant waitingSince) {
        return new QueueEntry(row.tenant(), role, waitingSince, row.caseId(), institution(state), state.submittedAt(),
                state.rating() == null ? null : state.rating().level().name(), state.unresolvedBlockingHits().size(),
                (int) state.hits().stream().filter(h -> h.level() == HitLevel.REVIEW).count(), state.news().size(),
                state.suitability() == null ? null : state.suitability().professionalInvestor(), state.reviews().size() + 1);
    }

    private static StatsRow stats(CaseRow row) {
        KycCase state = row.state();
        int block = (int) state.hits().stream().filter(h -> h.level() == HitLevel.BLOCK).count();
        int review = (int) state.hits().stream().filter(h -> h.level() == HitLevel.REVIEW).count();
        int trueMatches = (int) state.resolutions().values().stream()
                .filter(r -> r.resolution() == HitResolution.TRUE_MATCH).count();
        int falsePositives = (int) state.resolutions().values().stream()
                .filter(r -> r.resolution() == HitResolution.FALSE_POSITIVE).count();
        return new StatsRow(row.tenant(), row.caseId(), state.status(),
                state.rating() == null ? null : state.rating().level().name(), row.firstSubmittedAt(), state.approvedAt(),
                state.rating() != null, block, review, trueMatches, falsePositives, state.news().size());
    }

    static String institution(KycCase state) {
        if (state.form().institution() != null && state.form().institution().name() != null) {
            return state.form().institution().name();
        }
        return state.invitation() == null ? null : state.invitation().institutionName();
    }
}
