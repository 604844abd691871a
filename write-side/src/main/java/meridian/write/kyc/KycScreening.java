package meridian.write.kyc;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;
import meridian.domain.kyc.caseflow.Actor;
import meridian.domain.kyc.caseflow.KycAssessor;
import meridian.domain.kyc.caseflow.KycCommand;
import meridian.domain.kyc.form.OnboardingForm;
import meridian.domain.kyc.news.NewsItem;

/**
 * What a KYC case runs after its form is submitted, and again while it is monitored: the assessor (watch lists through
 * the screening index, negative news, AML scorecard, suitability) over the watch lists and news feed current for the
 * case's tenant at that moment. Built once per node; shared by entities.
 */
public final class KycScreening {

    /** What a tenant's cases are screened with now. */
    public record Inputs(KycAssessor assessor, List<NewsItem> news) {
    }

    private final Function<String, CompletionStage<Inputs>> inputs;

    /** The same assessor and feed for every tenant. */
    public KycScreening(KycAssessor assessor, Supplier<List<NewsItem>> newsFeed) {
        this(tenant -> CompletableFuture.supplyAsync(() -> new Inputs(assessor, newsFeed.get()), Runnable::run));
    }

    /** Inputs per tenant, looked up (and perhaps loaded) for each screening. */
    public KycScreening(Function<String, CompletionStage<Inputs>> inputs) {
        this.inputs = inputs;
    }

    public CompletionStage<KycCommand.RecordScreening> assess(String tenant, OnboardingForm form, Instant at) {
        return inputs.apply(tenant).thenApply(i -> i.assessor().assess(form, i.news(), Actor.system(), at));
    }

    public CompletionStage<KycCommand.RecordRescreening> rescreen(String tenant, OnboardingForm form, Instant at) {
        return inputs.apply(tenant).thenApply(i -> i.assessor().rescreen(form, i.news(), Actor.system(), at));
    }
}
