package meridian.domain.kyc.caseflow;

import java.time.Instant;
import java.util.List;
import meridian.domain.kyc.aml.AmlRating;
import meridian.domain.kyc.aml.AmlScorecard;
import meridian.domain.kyc.form.OnboardingForm;
import meridian.domain.kyc.news.NegativeNewsScreener;
import meridian.domain.kyc.news.NewsHit;
import meridian.domain.kyc.news.NewsItem;
import meridian.domain.kyc.screening.CaseScreener;
import meridian.domain.kyc.screening.NameScreener;
import meridian.domain.kyc.screening.ScreeningSubject;
import meridian.domain.kyc.screening.SubjectHit;
import meridian.domain.kyc.suitability.ProfessionalInvestorRule;
import meridian.domain.kyc.suitability.SuitabilityResult;

/**
 * Runs everything that follows a submission (watch-list screening, negative news, AML rating, suitability) and turns the
 * results into the command that records them. Pure given its inputs; the entity calls it after {@code FormSubmitted}
 * and on monitoring triggers, with the current watch-list index and news feed.
 */
public final class KycAssessor {
    private final CaseScreener watchLists;
    private final NegativeNewsScreener news;
    private final AmlScorecard scorecard;
    private final ProfessionalInvestorRule suitability;

    public KycAssessor(NameScreener watchLists, NegativeNewsScreener news, AmlScorecard scorecard,
            ProfessionalInvestorRule suitability) {
        this.watchLists = new CaseScreener(watchLists);
        this.news = news;
        this.scorecard = scorecard;
        this.suitability = suitability;
    }

    public static KycAssessor standard(NameScreener watchLists) {
        return new KycAssessor(watchLists, NegativeNewsScreener.standard(), AmlScorecard.standard(),
                ProfessionalInvestorRule.standard());
    }

    public KycCommand.RecordScreening assess(OnboardingForm form, List<NewsItem> feed, Actor by, Instant at) {
        List<SubjectHit> hits = watchLists.screen(form);
        List<NewsHit> stories = news.screen(feed, ScreeningSubject.of(form));
        AmlRating rating = scorecard.rate(form, hits, stories);
        SuitabilityResult suitable = suitability.assess(form.institution().type(), form.financial());
        return new KycCommand.RecordScreening(hits, stories, rating, suitable, by, at);
    }

    public KycCommand.RecordRescreening rescreen(OnboardingForm form, List<NewsItem> feed, Actor by, Instant at) {
        return new KycCommand.RecordRescreening(watchLists.screen(form), news.screen(feed, ScreeningSubject.of(form)), by, at);
    }
}
