package meridian.pricing.cluster;

import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import meridian.domain.common.CborSerializable;
import meridian.domain.pricing.market.MarketData;
import meridian.pricing.abs.loss.CreditLossModel;
import meridian.pricing.book.BookRun;
import org.apache.pekko.actor.typed.ActorRef;

/** Valuation work a pricing worker pulls; the answer goes to {@code replyTo}. Requests travel as contract JSON. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
@JsonSubTypes({
        @JsonSubTypes.Type(value = PricingJob.PriceJob.class, name = "PriceJob"),
        @JsonSubTypes.Type(value = PricingJob.SolveJob.class, name = "SolveJob"),
        @JsonSubTypes.Type(value = PricingJob.BookBatchJob.class, name = "BookBatchJob"),
        @JsonSubTypes.Type(value = PricingJob.LossJob.class, name = "LossJob")})
public sealed interface PricingJob extends CborSerializable {
    String jobId();

    ActorRef<PricingJobResult> replyTo();

    record PriceJob(String jobId, String requestJson, ActorRef<PricingJobResult> replyTo) implements PricingJob {
    }

    record SolveJob(String jobId, String requestJson, ActorRef<PricingJobResult> replyTo) implements PricingJob {
    }

    /** One batch of a book: every contract's market is in {@code markets} (by underlying). */
    record BookBatchJob(String jobId, List<WireContract> contracts, Map<String, MarketData> markets, BookRun run,
                        ActorRef<PricingJobResult> replyTo) implements PricingJob {
        public BookBatchJob {
            contracts = List.copyOf(contracts);
            markets = Map.copyOf(markets);
        }
    }

    /** Scenarios [from, to) of a Monte Carlo credit-loss run of {@code pool} under {@code model} with {@code seed}. */
    record LossJob(String jobId, LossPoolWire pool, CreditLossModel model, int from, int to, long seed,
                   ActorRef<PricingJobResult> replyTo) implements PricingJob {
    }
}
