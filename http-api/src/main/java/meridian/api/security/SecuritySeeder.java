package meridian.api.security;

import meridian.domain.common.Caller;
import meridian.domain.common.Tenants;
import meridian.domain.security.Security;
import meridian.domain.security.SecurityMasterCsv;
import meridian.domain.security.SecurityState;
import meridian.write.common.CommandReply;
import meridian.write.security.SecurityEntity;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Lists the shipped security master in the shared tenant. Listing an identical entry is a no-op, so every
 * start (and every node) may seed; entries changed since by an ADMIN are left as they are.
 */
public final class SecuritySeeder {

    private static final Logger LOG = LoggerFactory.getLogger(SecuritySeeder.class);
    private static final Caller SEEDER = new Caller("seed", Tenants.SHARED);

    private SecuritySeeder() {
    }

    public static CompletionStage<Integer> seed(ActorSystem<?> system, Duration timeout) {
        List<Security> securities = SecurityMasterCsv.seed();
        ClusterSharding sharding = ClusterSharding.get(system);
        List<CompletableFuture<Boolean>> replies = securities.stream()
                .map(s -> sharding.entityRefFor(SecurityEntity.TYPE_KEY, SecurityEntity.entityId(Tenants.SHARED, s.code()))
                        .<CommandReply<SecurityState>>ask(reply -> new SecurityEntity.ListSecurity(s, SEEDER, reply), timeout)
                        .thenApply(reply -> reply instanceof CommandReply.Accepted)
                        .toCompletableFuture())
                .toList();
        return CompletableFuture.allOf(replies.toArray(CompletableFuture[]::new)).thenApply(v -> {
            int accepted = (int) replies.stream().filter(CompletableFuture::join).count();
            LOG.info("security master: {} shared entries in place, {} kept as amended by an ADMIN",
                    accepted, securities.size() - accepted);
            return accepted;
        });
    }
}
