package meridian.write.risk;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import meridian.domain.common.Caller;
import meridian.domain.common.CborSerializable;
import meridian.domain.risk.MarketDataEvent;
import meridian.domain.risk.MarketQuote;
import meridian.domain.risk.MarketSnapshot;
import meridian.write.common.CommandReply;
import meridian.write.common.Decisions;
import meridian.write.common.EntityTags;
import meridian.write.common.PersistFailure;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.apache.pekko.cluster.sharding.typed.javadsl.Entity;
import org.apache.pekko.cluster.sharding.typed.javadsl.EntityTypeKey;
import org.apache.pekko.persistence.typed.PersistenceId;
import org.apache.pekko.persistence.typed.javadsl.CommandHandlerWithReply;
import org.apache.pekko.persistence.typed.javadsl.EventHandler;
import org.apache.pekko.persistence.typed.javadsl.EventSourcedBehaviorWithEnforcedReplies;

/**
 * A tenant's market data (spot, vol, rate, dividend yield per underlying) as an event-sourced entity: every update is
 * recorded, and a risk run copies the snapshot it reads into its own record. Id: the tenant.
 */
public final class MarketDataEntity extends EventSourcedBehaviorWithEnforcedReplies<MarketDataEntity.Command, MarketDataEvent, MarketSnapshot> {

    public static final EntityTypeKey<Command> TYPE_KEY = EntityTypeKey.create(Command.class, "MarketData");
    public static final EntityTags TAGS = new EntityTags("market-data", 2);

    public sealed interface Command extends CborSerializable {
    }

    public record QuoteMarket(List<MarketQuote> quotes, Caller caller, ActorRef<CommandReply<MarketSnapshot>> replyTo)
            implements Command {
    }

    public record GetSnapshot(ActorRef<MarketSnapshot> replyTo) implements Command {
    }

    private final String tenant;
    private final Clock clock;

    private MarketDataEntity(String tenant, Clock clock) {
        super(PersistenceId.of(TYPE_KEY.name(), tenant), PersistFailure.BACKOFF);
        this.tenant = tenant;
        this.clock = clock;
    }

    public static Behavior<Command> create(String tenant, Clock clock) {
        return new MarketDataEntity(tenant, clock);
    }

    public static void init(ActorSystem<?> system, Clock clock) {
        ClusterSharding.get(system).init(Entity.of(TYPE_KEY, ctx -> create(ctx.getEntityId(), clock)).withRole("write"));
    }

    @Override
    public MarketSnapshot emptyState() {
        return MarketSnapshot.EMPTY;
    }

    @Override
    public CommandHandlerWithReply<Command, MarketDataEvent, MarketSnapshot> commandHandler() {
        return newCommandHandlerWithReplyBuilder().forAnyState()
                .onCommand(QuoteMarket.class, (snapshot, c) -> Decisions.toEffect(Effect(), TYPE_KEY.name(),
                        snapshot.quote(tenant, c.quotes(), c.caller().subject(), clock.instant()), c.replyTo(), s -> s))
                .onCommand(GetSnapshot.class, (snapshot, c) -> Effect().reply(c.replyTo(), snapshot))
                .build();
    }

    @Override
    public EventHandler<MarketSnapshot, MarketDataEvent> eventHandler() {
        return MarketSnapshot::apply;
    }

    @Override
    public Set<String> tagsFor(MarketDataEvent event) {
        return Set.of(TAGS.tagFor(tenant));
    }
}
