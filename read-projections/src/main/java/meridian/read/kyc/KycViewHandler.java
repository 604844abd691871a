package meridian.read.kyc;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import meridian.domain.kyc.caseflow.KycEvent;
import meridian.domain.kyc.privacy.CaseKeyStore;
import meridian.domain.kyc.privacy.EventPersonalData;
import meridian.domain.kyc.privacy.PersonalDataCipher;
import org.apache.pekko.Done;
import org.apache.pekko.projection.eventsourced.EventEnvelope;
import org.apache.pekko.projection.javadsl.Handler;
import org.apache.pekko.stream.connectors.cassandra.javadsl.CassandraSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the KYC views in step with the case events: {@code kyc_case} (the masked case), {@code kyc_review_queue},
 * {@code kyc_client_case}, {@code kyc_timeline} and {@code kyc_case_stats}. Personal values arrive encrypted; the
 * handler decrypts them with the case key and stores only masked values (an erased case's values stay absent).
 * Idempotent: every write is an upsert or delete, and the case row, written last, records the last event applied.
 */
public final class KycViewHandler extends Handler<EventEnvelope<KycEvent>> {

    public static final String PROJECTION = "kyc-views";
    private static final Logger LOG = LoggerFactory.getLogger(KycViewHandler.class);

    private final CassandraSession session;
    private final String keyspace;
    private final KycRepository repository;
    private final CaseKeyStore keys;
    private final SecureRandom random;

    public KycViewHandler(CassandraSession session, String keyspace, CaseKeyStore keys, SecureRandom random) {
        this.session = session;
        this.keyspace = keyspace;
        this.repository = new KycRepository(session, keyspace);
        this.keys = keys;
        this.random = random;
    }

    @Override
    public CompletionStage<Done> process(EventEnvelope<KycEvent> envelope) {
        String entityId = envelope.persistenceId().substring(envelope.persistenceId().indexOf('|') + 1);
        int colon = entityId.indexOf(':');
        String tenant = entityId.substring(0, colon);
        String caseId = entityId.substring(colon + 1);
        KycEvent masked = EventPersonalData.masked(reveal(entityId, envelope.event()));
        return repository.row(tenant, caseId).thenCompose(row -> KycViewUpdate
                .step(row.orElse(KycViewUpdate.CaseRow.empty(tenant, caseId)), envelope.sequenceNr(), masked)
                .map(this::write)
                .orElse(CompletableFuture.completedFuture(Done.getInstance())));
    }

    private KycEvent reveal(String entityId, KycEvent event) {
        if (!(event instanceof KycEvent.ProspectInvited) && !(event instanceof KycEvent.DraftSaved)) {
            return event;
        }
        Optional<PersonalDataCipher> cipher = keys.find(entityId).map(key -> new PersonalDataCipher(key, entityId, random));
        return EventPersonalData.map(event, value -> {
            if (!PersonalDataCipher.isEncrypted(value)) {
                return value;
            }
            try {
                return cipher.map(c -> c.decrypt(value)).orElse(null);
            } catch (IllegalArgumentException e) {
                LOG.error("a personal value of KYC case {} does not decrypt with the case key", entityId);
                return null;
            }
        });
    }

    private CompletionStage<Done> write(KycViewUpdate.Step step) {
        List<CompletionStage<Done>> writes = new ArrayList<>();
        KycViewUpdate.TimelineEntry t = step.timeline();
        writes.add(session.executeWrite("INSERT INTO " + keyspace + ".kyc_timeline (tenant, case_id, seq, at, user_id, role,"
                        + " event, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                t.tenant(), t.caseId(), t.seq(), t.at(), t.userId(), t.role().name(), t.event(), t.summary()));
        step.client().ifPresent(c -> writes.add(session.executeWrite("INSERT INTO " + keyspace + ".kyc_client_case (tenant,"
                        + " client_user, case_id, institution_name, status, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                c.tenant(), c.clientUserId(), c.caseId(), c.institutionName(), c.status().name(), c.updatedAt())));
        KycViewUpdate.StatsRow s = step.stats();
        writes.add(session.executeWrite("INSERT INTO " + keyspace + ".kyc_case_stats (tenant, case_id, status, rating,"
                        + " submitted_at, approved_at, screened, block_hits, review_hits, true_matches, false_positives, news_hits)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.tenant(), s.caseId(), s.status().name(), s.rating(), s.submittedAt(), s.approvedAt(), s.screened(),
                s.blockHits(), s.reviewHits(), s.trueMatches(), s.falsePositives(), s.newsHits()));
        CompletionStage<Done> queue = step.unqueue()
                .map(q -> session.executeWrite("DELETE FROM " + keyspace + ".kyc_review_queue WHERE tenant = ? AND role = ?"
                        + " AND waiting_since = ? AND case_id = ?", q.tenant(), q.role().name(), q.waitingSince(), q.caseId()))
                .orElse(CompletableFuture.completedFuture(Done.getInstance()));
        if (step.enqueue().isPresent()) {
            KycViewUpdate.QueueEntry q = step.enqueue().get();
            queue = queue.thenCompose(d -> session.executeWrite("INSERT INTO " + keyspace + ".kyc_review_queue (tenant, role,"
                            + " waiting_since, case_id, institution_name, submitted_at, rating, unresolved_blocking_hits,"
                            + " review_hits, news_hits, professional_investor, round) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    q.tenant(), q.role().name(), q.waitingSince(), q.caseId(), q.institutionName(), q.submittedAt(),
                    q.rating(), q.unresolvedBlockingHits(), q.reviewHits(), q.newsHits(), q.professionalInvestor(), q.round()));
        }
        writes.add(queue);
        KycViewUpdate.CaseRow r = step.row();
        return CompletableFuture.allOf(writes.stream().map(CompletionStage::toCompletableFuture).toArray(CompletableFuture[]::new))
                .thenCompose(v -> session.executeWrite("INSERT INTO " + keyspace + ".kyc_case (tenant, case_id, last_seq, status,"
                                + " institution_name, client_user, queue_role, waiting_since, first_submitted_at, state, created_at,"
                                + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        r.tenant(), r.caseId(), r.lastSeq(), r.state().status().name(), KycViewUpdate.institution(r.state()),
                        r.state().clientUserId(), r.queueRole() == null ? null : r.queueRole().name(), r.waitingSince(),
                        r.firstSubmittedAt(), KycJson.write(r.state()), r.createdAt(), r.updatedAt()));
    }
}
