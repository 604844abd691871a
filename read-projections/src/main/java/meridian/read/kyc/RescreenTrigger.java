package meridian.read.kyc;

import java.util.concurrent.CompletionStage;

/** Screens every monitored client of a tenant again once its monitoring inputs reached {@code version}. */
@FunctionalInterface
public interface RescreenTrigger {

    CompletionStage<Outcome> rescreen(String tenant, long version);

    /** How many monitored cases were screened again, and how many of them went back to review with an alert. */
    record Outcome(int cases, int alerts) {
    }
}
