package meridian.api.kyc;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import meridian.domain.kyc.caseflow.KycStatus;
import meridian.read.kyc.KycRepository;
import meridian.read.kyc.RescreenTrigger;
import meridian.write.kyc.KycCaseEntity;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.apache.pekko.stream.javadsl.Source;

/**
 * Asks every monitored (approved) case of a tenant to screen itself again, a few at a time; completes once each has
 * stored its outcome, so the monitoring projection moves on only after every client was screened.
 */
final class KycRescreenTrigger implements RescreenTrigger {

    private static final int PARALLELISM = 4;
    /** The first case of a new version may wait for the tenant's index to be built. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final ActorSystem<?> system;
    private final ClusterSharding sharding;
    private final KycRepository repository;

    KycRescreenTrigger(ActorSystem<?> system, KycRepository repository) {
        this.system = system;
        this.sharding = ClusterSharding.get(system);
        this.repository = repository;
    }

    @Override
    public CompletionStage<Outcome> rescreen(String tenant, long version) {
        return repository.caseIdsIn(tenant, KycStatus.MONITORING).thenCompose(caseIds -> Source.from(caseIds)
                .mapAsyncUnordered(PARALLELISM, caseId -> sharding.entityRefFor(KycCaseEntity.TYPE_KEY,
                        KycCaseEntity.entityId(tenant, caseId)).<KycCaseEntity.Rescreened>ask(
                                replyTo -> new KycCaseEntity.Rescreen(version, replyTo), TIMEOUT))
                .runFold(new Outcome(0, 0), (o, r) -> new Outcome(o.cases() + 1,
                        o.alerts() + (r.status() == KycStatus.IN_REVIEW ? 1 : 0)), system));
    }
}
