package meridian.write.kyc;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import meridian.domain.kyc.caseflow.Actor;
import meridian.domain.kyc.caseflow.KycAssessor;
import meridian.domain.kyc.caseflow.KycCommand;
import meridian.domain.kyc.form.OnboardingForm;
import meridian.domain.kyc.news.NewsItem;

/**
 * What a KYC case runs after its form is submitted: the assessor (watch lists through the screening index, negative
 * news, AML scorecard, suitability) over the news feed current at that moment. Built once per node; shared by entities.
 */
public final class KycScreening {

    private final KycAssessor assessor;
    private final Supplier<List<NewsItem>> newsFeed;

    public KycScreening(KycAssessor assessor, Supplier<List<NewsItem>> newsFeed) {
        this.assessor = assessor;
        this.newsFeed = newsFeed;
    }

    public KycCommand.RecordScreening assess(OnboardingForm form, Instant at) {
        return assessor.assess(form, newsFeed.get(), Actor.system(), at);
    }
}
