package meridian.domain.kyc.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;
import org.junit.jupiter.api.Test;

class NameScreenerTest {
    private final NameScreener screener = NameScreener.of(WatchListCsv.demo());

    @Test
    void theDemoListLoadsAndSaysItIsFictitious() {
        List<WatchListEntry> demo = WatchListCsv.demo();
        assertTrue(demo.size() >= 20);
        assertTrue(demo.stream().allMatch(e -> e.program().startsWith("DEMO-")));
    }

    @Test
    void aTraditionalSpellingOfAListedCompanyBlocks() {
        ScreeningHit hit = screener.screen("東海遠星航運股份有限公司").get(0);
        assertEquals("DEMO-S-0001", hit.entry().id());
        assertEquals(HitLevel.BLOCK, hit.level());
        assertEquals(1.0, hit.score(), 1e-9);
    }

    @Test
    void aTypoInAListedPersonGoesToReviewWithTheEntry() {
        List<ScreeningHit> hits = screener.screen("钱国东");
        assertEquals(1, hits.size());
        assertEquals("DEMO-S-0010", hits.get(0).entry().id());
        assertEquals(HitLevel.REVIEW, hits.get(0).level());
        assertEquals(ListCategory.SANCTIONS, hits.get(0).entry().category());
    }

    @Test
    void latinAliasesAreScreenedToo() {
        ScreeningHit hit = screener.screen("Yousef Al Qatrani, Ahmed").get(0);
        assertEquals("DEMO-S-0006", hit.entry().id());
        assertTrue(hit.score() >= 0.85);
    }

    @Test
    void unrelatedNamesGiveNoHits() {
        assertEquals(List.of(), screener.screen("福州明远精密制造有限公司"));
        assertEquals(List.of(), screener.screen("Acme Widgets Ltd"));
        assertEquals(List.of(), screener.screen("  "));
    }

    @Test
    void theIndexFindsWhatAFullScanFinds() {
        for (String query : List.of("東海遠星航運", "钱国东", "赵德坤", "Victor Dromoff", "Golden Crescent Petrolium", "鄭志遠",
                "Silverline Asset Partner", "Kim Sol-Hwan", "孙力平", "Maria Castellon Ruiz")) {
            assertEquals(screener.screenByScan(query), screener.screen(query), query);
        }
    }

    @Test
    void theLoaderReadsQuotedFieldsAndAliases() throws IOException {
        String csv = "# test list\n" + WatchListCsv.HEADER + "\n"
                + "X-1,sanctions,person,\"Doe, John \"\"JJ\"\"\",Johnny Doe|J. Doe,US,TEST,2024-02-29\n";
        WatchListEntry entry = WatchListCsv.read(new StringReader(csv), "TEST").get(0);
        assertEquals("Doe, John \"JJ\"", entry.name());
        assertEquals(List.of("Johnny Doe", "J. Doe"), entry.aliases());
        assertEquals(ListCategory.SANCTIONS, entry.category());
        assertEquals("TEST", entry.source());
    }

    @Test
    void theLoaderNamesEveryBadLineAndField() {
        String csv = WatchListCsv.HEADER + "\n"
                + "X-1,SANCTIONS,PERSON,John Doe,,US,P,2024-01-01\n"
                + "X-1,SANCTIONS,ROBOT,,,US,P,01/02/2024\n"
                + "X-3,PEP,PERSON,Jane\n";
        ValidationException e = assertThrows(ValidationException.class, () -> WatchListCsv.read(new StringReader(csv), "T"));
        assertEquals(Set.of("lines[3].id", "lines[3].kind", "lines[3].name", "lines[3].listed_on", "lines[4]"),
                e.errors().stream().map(FieldError::field).collect(Collectors.toSet()));
    }
}
