package meridian.pricing.abs.coupon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

class CouponModelTest {
    private static final CouponModel.Settings FAST = new CouponModel.Settings(200, 4, 0.08, 60, 7L);

    @Test
    void shippedDataSetIsTheDocumentedSimulatorsOutputAndPlainlySynthetic() {
        List<PastIssue> shipped = PastIssueCsv.loadSynthetic();
        assertTrue(shipped.size() >= 2000);
        assertTrue(shipped.stream().allMatch(p -> p.source().equals(PastIssueSimulator.SOURCE)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GeneratePastIssuesCli.run(new String[0], new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(shipped, PastIssueCsv.read(new StringReader(bytes.toString(StandardCharsets.UTF_8))));
    }

    @Test
    void beatsTheSameRatingMeanOutOfSample() {
        CouponBacktest.Result result = CouponBacktest.run(PastIssueCsv.loadSynthetic(), 0.2, FAST);
        assertEquals(500, result.testIssues());
        assertTrue(result.modelMaeBp() < 0.6 * result.naiveMaeBp(),
                "model " + result.modelMaeBp() + " bp vs naive " + result.naiveMaeBp() + " bp");
    }

    @Test
    void findsSimilarPastIssuesByForestProximity() {
        List<PastIssue> history = PastIssueSimulator.simulate(600, 3);
        CouponModel model = CouponModel.train(history, FAST);
        PastIssue known = history.get(100);
        List<CouponModel.SimilarIssue> similar = model.similarIssues(known.features(), 5);
        assertEquals(known, similar.get(0).issue());
        assertEquals(1.0, similar.get(0).proximity(), 1e-12);
        for (int i = 1; i < similar.size(); i++) {
            assertTrue(similar.get(i).proximity() <= similar.get(i - 1).proximity());
        }
        IssueFeatures aaa = new IssueFeatures(AssetType.AUTO_LOAN, "AAA", 2, 300, "A", 25, LocalDate.of(2020, 6, 1), 3);
        IssueFeatures bb = new IssueFeatures(AssetType.AUTO_LOAN, "BB", 2, 300, "A", 5, LocalDate.of(2020, 6, 1), 3);
        CouponModel.Estimate estimate = model.estimate(bb, 10);
        assertTrue(estimate.couponPct() > model.predict(aaa) + 1.5, "a BB tranche pays well above a AAA one");
        long bbLike = estimate.similarIssues().stream()
                .filter(s -> s.issue().features().trancheRating().startsWith("BB")).count();
        assertTrue(bbLike >= 7, "similar issues of a BB tranche are mostly BB: " + bbLike);
    }

    @Test
    void csvLoaderReportsEveryBadCell() {
        String csv = PastIssueCsv.HEADER + "\n"
                + "R1,BLOOMBERG,2021-03-04,AUTO_LOAN,AAA,2.1,500,AA,22,1.8,2.3\n"
                + "R2,BLOOMBERG,2021-13-04,BOAT_LOAN,AAA,x,500,AA,22,1.8,2.3\n"
                + "R3,BLOOMBERG,2021-03-04,CLO,ZZZ,2.1,500,AA,22,1.8,2.3\n"
                + "R4,BLOOMBERG,2021-03-04\n";
        ValidationException e = assertThrows(ValidationException.class, () -> PastIssueCsv.read(new StringReader(csv)));
        assertEquals(List.of("rows[2].issueDate", "rows[2].assetType", "rows[2].walYears", "rows[3].trancheRating", "rows[4]"),
                e.errors().stream().map(FieldError::field).toList());
        List<PastIssue> good = PastIssueCsv.read(new StringReader(PastIssueCsv.HEADER + "\n"
                + "R1,BLOOMBERG,2021-03-04,AUTO_LOAN,AAA,2.1,500,AA,22,1.8,2.3\n"));
        assertEquals("BLOOMBERG", good.get(0).source());
    }
}
