package meridian.domain.kyc.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import meridian.domain.kyc.screening.ScreeningSubject;
import meridian.domain.kyc.screening.SubjectRole;
import org.junit.jupiter.api.Test;

class NegativeNewsScreenerTest {
    private static final ScreeningSubject COMPANY =
            new ScreeningSubject(SubjectRole.INSTITUTION, "institution.name", "福建省福州市明远精密制造有限公司");
    private static final ScreeningSubject OWNER =
            new ScreeningSubject(SubjectRole.BENEFICIAL_OWNER, "beneficialOwners[0].name", "陈立新");

    private final NegativeNewsScreener screener = NegativeNewsScreener.standard();
    private final NegativeLexicon lexicon = NegativeLexicon.standard();

    private static NewsItem item(String id, String title, String body, int day) {
        return new NewsItem(id, title, body, LocalDate.of(2026, 2, day), "demo-wire");
    }

    @Test
    void theLexiconScoresNegativeEventsAndIgnoresNegatedOnes() {
        NegativeLexicon.Assessment bad = lexicon.assess("某公司被立案调查", "公司债券已构成违约，并被列为失信被执行人。");
        assertEquals(Set.of("立案调查", "失信被执行人", "违约"),
                bad.terms().stream().map(NegativeLexicon.Term::text).collect(Collectors.toSet()));
        assertTrue(bad.negativity() > 0.95);
        assertEquals(0.0, lexicon.assess("公司发布年报", "报告期内未发生违约，无逾期债务。").negativity());
        double lawsuit = lexicon.assess("", "公司涉及一起合同诉讼").negativity();
        assertEquals(0.3, lawsuit, 1e-9);
    }

    @Test
    void negativeNewsIsTiedToTheCompanyByItsShortName() {
        NewsItem news = item("n1", "明远精密制造被证监会立案调查", "据悉，明远精密制造涉嫌信息披露违法违规。", 3);
        List<NewsHit> hits = screener.screen(List.of(news), List.of(COMPANY, OWNER));
        assertEquals(1, hits.size());
        assertEquals(COMPANY, hits.get(0).subject());
        assertEquals(1.0, hits.get(0).relevance());
        assertEquals(List.of("立案调查"), hits.get(0).terms());
    }

    @Test
    void traditionalTextAndOneWrongCharacterStillTieTheItem() {
        NewsItem news = item("n2", "明遠精蜜製造遭行政處罰", "", 4);
        List<NewsHit> hits = screener.screen(List.of(news), List.of(COMPANY));
        assertEquals(1, hits.size());
        assertTrue(hits.get(0).relevance() >= 0.85 && hits.get(0).relevance() < 1.0);
    }

    @Test
    void personalNamesMustAppearExactly() {
        NewsItem aboutSomeoneElse = item("n3", "陈立华被逮捕", "", 5);
        NewsItem aboutOwner = item("n4", "陈立新被限制高消费", "", 5);
        List<NewsHit> hits = screener.screen(List.of(aboutSomeoneElse, aboutOwner), List.of(OWNER));
        assertEquals(List.of("n4"), hits.stream().map(h -> h.item().id()).toList());
    }

    @Test
    void neutralNewsIsNotAHit() {
        NewsItem neutral = item("n5", "明远精密制造发布新产品", "公司今日发布新一代数控机床。", 6);
        assertEquals(List.of(), screener.screen(List.of(neutral), List.of(COMPANY)));
    }

    @Test
    void repostsAreFoldedIntoTheEarliestItem() {
        String body = "明远精密制造有限公司因未按期偿还贷款本息，被债权银行提起诉讼，法院已冻结其部分银行账户，涉及金额约三亿元。";
        NewsItem original = item("a", "明远精密制造贷款逾期遭起诉", body, 7);
        NewsItem repost = item("b", "明远精密制造逾期被诉，账户遭冻结", body.replace("约三亿元", "约3亿元"), 8);
        NewsItem other = item("c", "明远精密制造收到警示函", "福建证监局对公司出具警示函。", 8);
        Map<NewsItem, List<String>> stories = new NearDuplicates(0.6, TextFolding.standard()).group(List.of(repost, other, original));
        assertEquals(2, stories.size());
        assertEquals(List.of("b"), stories.get(original));

        List<NewsHit> hits = screener.screen(List.of(repost, original, other), List.of(COMPANY));
        assertEquals(List.of("a", "c"), hits.stream().map(h -> h.item().id()).toList());
        assertEquals(List.of("b"), hits.get(0).duplicateIds());
    }

    @Test
    void latinSubjectsAreFoundByTheirTokens() {
        ScreeningSubject subject = new ScreeningSubject(SubjectRole.BENEFICIAL_OWNER, "beneficialOwners[1].name", "John Harrington");
        NewsItem news = item("n6", "Fund manager John Harrington 被逮捕", "涉嫌内幕交易", 9);
        assertEquals(1, screener.screen(List.of(news), List.of(subject)).size());
    }
}
