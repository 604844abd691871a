package meridian.pricing.cluster;

import java.util.List;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import meridian.domain.common.CborSerializable;
import meridian.domain.common.FieldError;
import meridian.domain.pricing.api.PriceResponse;
import meridian.domain.pricing.api.SolveResponse;
import meridian.pricing.book.ContractRisk;

/** A worker's answer to one {@link PricingJob}, naming the worker that did it. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
@JsonSubTypes({
        @JsonSubTypes.Type(value = PricingJobResult.Priced.class, name = "Priced"),
        @JsonSubTypes.Type(value = PricingJobResult.Solved.class, name = "Solved"),
        @JsonSubTypes.Type(value = PricingJobResult.BookValued.class, name = "BookValued"),
        @JsonSubTypes.Type(value = PricingJobResult.LossesSimulated.class, name = "LossesSimulated"),
        @JsonSubTypes.Type(value = PricingJobResult.JobFailed.class, name = "JobFailed")})
public sealed interface PricingJobResult extends CborSerializable {
    String jobId();

    String worker();

    record Priced(String jobId, PriceResponse response, String worker) implements PricingJobResult {
    }

    record Solved(String jobId, SolveResponse response, String worker) implements PricingJobResult {
    }

    record BookValued(String jobId, List<ContractRisk> risks, String engine, String worker) implements PricingJobResult {
        public BookValued {
            risks = List.copyOf(risks);
        }
    }

    /** The pool losses of a {@link PricingJob.LossJob}'s scenarios, the first being scenario {@code from}. */
    record LossesSimulated(String jobId, int from, double[] poolLosses, String engine, String worker)
            implements PricingJobResult {
    }

    /** Bad input names its fields in {@code errors}; an engine failure has none and a message. */
    record JobFailed(String jobId, List<FieldError> errors, String message, String worker) implements PricingJobResult {
        public JobFailed {
            errors = List.copyOf(errors);
        }
    }
}
