package meridian.domain.common;

import java.util.List;

/** What a state machine decides for a command: the events to record, or a refusal with its reason. */
public sealed interface Decision<E> {

    record Accept<E>(List<E> events) implements Decision<E> {
        public Accept {
            events = List.copyOf(events);
        }
    }

    record Reject<E>(String reason) implements Decision<E> {
    }

    @SafeVarargs
    static <E> Decision<E> accept(E... events) {
        return new Accept<>(List.of(events));
    }

    static <E> Decision<E> reject(String reason) {
        return new Reject<>(reason);
    }
}
