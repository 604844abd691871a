package meridian.write.common;

import meridian.domain.common.Decision;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.persistence.typed.javadsl.EffectFactories;
import org.apache.pekko.persistence.typed.javadsl.ReplyEffect;

import java.util.function.Function;

/** Turns a domain {@link Decision} into a persistence effect that replies once the events are stored. */
public final class Decisions {

    private Decisions() {
    }

    public static <E, S, T> ReplyEffect<E, S> toEffect(
            EffectFactories<E, S> effects, String entityType, Decision<E> decision,
            ActorRef<CommandReply<T>> replyTo, Function<S, T> summary) {
        if (decision instanceof Decision.Reject<E> reject) {
            EntityMetrics.rejected(entityType);
            return effects.reply(replyTo, new CommandReply.Rejected<>(reject.reason()));
        }
        var events = ((Decision.Accept<E>) decision).events();
        EntityMetrics.accepted(entityType, events.size());
        return effects.persist(events)
                .thenReply(replyTo, state -> new CommandReply.Accepted<>(summary.apply(state)));
    }
}
