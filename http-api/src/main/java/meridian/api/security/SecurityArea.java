package meridian.api.security;

import meridian.api.http.ApiModule;
import meridian.api.node.MeridianArea;
import meridian.api.node.NodeContext;
import meridian.read.common.TaggedProjections;
import meridian.read.security.SecurityRepository;
import meridian.read.security.SecurityViewHandler;
import meridian.write.security.SecurityEntity;
import org.apache.pekko.pattern.Patterns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/** The security master: entity, view projection, seeding of the shared master, and its routes. */
public final class SecurityArea implements MeridianArea {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityArea.class);
    private static final int SEED_ATTEMPTS = 5;

    @Override
    public void start(NodeContext context) {
        SecurityEntity.init(context.system(), context.clock());
        if (context.hasRole("read")) {
            TaggedProjections.start(context.system(), SecurityViewHandler.PROJECTION, SecurityEntity.TAGS.all(),
                    () -> new SecurityViewHandler(context.session(), context.viewsKeyspace()));
        }
        if (context.hasRole("write") && context.config().getBoolean("meridian.seed-security-master")) {
            // Idempotent, so retried: several nodes starting together can time out while the shards are allocated.
            Patterns.retry(() -> SecuritySeeder.seed(context.system(), Duration.ofSeconds(30)), SEED_ATTEMPTS,
                    Duration.ofSeconds(10), context.system().classicSystem().scheduler(),
                    context.system().executionContext()).exceptionally(e -> {
                LOG.warn("seeding the security master failed {} times; it is retried at the next start: {}",
                        SEED_ATTEMPTS, e.toString());
                return 0;
            });
        }
    }

    @Override
    public ApiModule api(NodeContext context) {
        return new SecurityRoutes(context.system(), context.verifier(), context.idempotency(),
                new SecurityRepository(context.session(), context.viewsKeyspace()), context.askTimeout(),
                context.config().getString("meridian.platform-tenant"));
    }
}
