package meridian.domain.security;

import meridian.domain.common.Caller;
import meridian.domain.common.Decision;
import meridian.domain.common.ValidationException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SecurityMasterTest {

    private static final Caller ADMIN = new Caller("root", "galaxy");
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private final Security catl = new Security("300750.SZ", "宁德时代", SecurityType.STOCK, List.of("CATL", "宁王"));

    @Test
    void seedFileHasEveryRowOfTheSharedMaster() {
        List<Security> seed = SecurityMasterCsv.seed();
        assertEquals(100, seed.size());
        Security hs300 = seed.stream().filter(s -> s.code().equals("000300.SH")).findFirst().orElseThrow();
        assertEquals("沪深300", hs300.name());
        assertEquals(SecurityType.INDEX, hs300.type());
        assertTrue(hs300.lookupKeys().containsAll(List.of("沪深300", "hs300", "if", "000300.sh", "000300")));
    }

    @Test
    void badCsvRowsAreAllNamedAndNothingIsLoaded() {
        String csv = "code,name,type,aliases\n300750.SZ,宁德时代,STOCK,CATL\nbad,x,STOCK,\n600519.SH,茅台,BOND,\n";
        ValidationException e = assertThrows(ValidationException.class,
                () -> SecurityMasterCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
        assertEquals(List.of("row[3].code", "row[4].type"), e.errors().stream().map(f -> f.field()).toList());
    }

    @Test
    void invalidSecurityNamesEveryField() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new Security("300750", " ", null, List.of("")));
        assertEquals(List.of("code", "name", "type", "aliases[0]"), e.errors().stream().map(f -> f.field()).toList());
    }

    @Test
    void listAmendDelistFollowTheStateMachine() {
        SecurityState state = SecurityState.initial();
        Decision<SecurityEvent> listed = SecurityMaster.list(state, catl, ADMIN, NOW);
        SecurityEvent listedEvent = assertInstanceOf(Decision.Accept.class, listed).events().get(0) instanceof SecurityEvent ev ? ev : null;
        assertInstanceOf(SecurityEvent.SecurityListed.class, listedEvent);
        state = SecurityMaster.apply(state, listedEvent);
        assertEquals("Listed", state.name());

        assertEquals(List.of(), ((Decision.Accept<SecurityEvent>) SecurityMaster.list(state, catl, ADMIN, NOW)).events(),
                "listing the same entry again is a no-op, so seeding is idempotent");
        Security renamed = new Security("300750.SZ", "宁德时代", SecurityType.STOCK, List.of("CATL"));
        Decision.Reject<SecurityEvent> relist = assertInstanceOf(Decision.Reject.class, SecurityMaster.list(state, renamed, ADMIN, NOW));
        assertTrue(relist.reason().contains("state Listed"));

        SecurityEvent amended = ((Decision.Accept<SecurityEvent>) SecurityMaster.amend(state, renamed, ADMIN, NOW)).events().get(0);
        assertEquals(catl, ((SecurityEvent.SecurityAmended) amended).before());
        state = SecurityMaster.apply(state, amended);
        state = SecurityMaster.apply(state, ((Decision.Accept<SecurityEvent>) SecurityMaster.delist(state, ADMIN, NOW)).events().get(0));
        assertEquals("Delisted", state.name());
        Decision.Reject<SecurityEvent> refused = assertInstanceOf(Decision.Reject.class, SecurityMaster.amend(state, catl, ADMIN, NOW));
        assertTrue(refused.reason().contains("state Delisted"));
        assertInstanceOf(Decision.Reject.class, SecurityMaster.delist(state, ADMIN, NOW));
    }
}
