package meridian.domain.kyc.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import meridian.domain.kyc.KycFixtures;
import meridian.domain.kyc.caseflow.Actor;
import meridian.domain.kyc.caseflow.Contact;
import meridian.domain.kyc.caseflow.KycEvent;
import meridian.domain.kyc.caseflow.KycRole;
import meridian.domain.kyc.form.AuthorisedTrader;
import meridian.domain.kyc.form.AuthorisedTraders;
import meridian.domain.kyc.form.BeneficialOwners;
import org.junit.jupiter.api.Test;

class EventPersonalDataTest {
    private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");
    private static final Actor CLIENT = new Actor("client.chen", KycRole.CLIENT);
    private final SecureRandom random = new SecureRandom();
    private final PersonalDataCipher cipher = new PersonalDataCipher(PersonalDataCipher.newKey(random), "galaxy:kyc-1", random);

    private final KycEvent invited = new KycEvent.ProspectInvited("kyc-1", "福州明远精密制造有限公司", KycFixtures.CREDIT_CODE,
            new Contact("陈立新", "13900001111", "chen@example.com"), "0".repeat(64), AT.plusSeconds(60), List.of(),
            new Actor("sales.li", KycRole.SALES), AT);
    private final KycEvent owners = new KycEvent.DraftSaved(new BeneficialOwners(KycFixtures.owners()), CLIENT, AT);
    private final KycEvent traders = new KycEvent.DraftSaved(new AuthorisedTraders(List.of(
            new AuthorisedTrader("王海", KycFixtures.TRADER_ID, "13812345678", "wanghai@example.com"))), CLIENT, AT);

    @Test
    void contactPhoneAndEmailOwnerAndTraderIdsAndPhonesAreEncryptedAndComeBack() {
        KycEvent.ProspectInvited sealedInvite = (KycEvent.ProspectInvited) EventPersonalData.map(invited, cipher::encrypt);
        assertTrue(PersonalDataCipher.isEncrypted(sealedInvite.contact().phone()));
        assertTrue(PersonalDataCipher.isEncrypted(sealedInvite.contact().email()));
        assertEquals("陈立新", sealedInvite.contact().name());

        KycEvent.DraftSaved sealedOwners = (KycEvent.DraftSaved) EventPersonalData.map(owners, cipher::encrypt);
        BeneficialOwners o = (BeneficialOwners) sealedOwners.section();
        assertTrue(o.owners().stream().allMatch(b -> PersonalDataCipher.isEncrypted(b.idNumber())));
        assertEquals("陈立新", o.owners().get(0).name());

        KycEvent.DraftSaved sealedTraders = (KycEvent.DraftSaved) EventPersonalData.map(traders, cipher::encrypt);
        AuthorisedTrader t = ((AuthorisedTraders) sealedTraders.section()).traders().get(0);
        assertTrue(PersonalDataCipher.isEncrypted(t.idNumber()));
        assertTrue(PersonalDataCipher.isEncrypted(t.phone()));
        assertEquals("wanghai@example.com", t.email());

        assertEquals(invited, EventPersonalData.map(sealedInvite, cipher::decrypt));
        assertEquals(owners, EventPersonalData.map(sealedOwners, cipher::decrypt));
        assertEquals(traders, EventPersonalData.map(sealedTraders, cipher::decrypt));
    }

    @Test
    void eventsWithoutPersonalDataAreLeftAlone() {
        KycEvent submitted = new KycEvent.FormSubmitted(CLIENT, AT);
        assertSame(submitted, EventPersonalData.map(submitted, v -> "x"));
    }

    @Test
    void maskedEventsKeepOnlyTheEnds() {
        KycEvent.ProspectInvited m = (KycEvent.ProspectInvited) EventPersonalData.masked(invited);
        assertEquals("139****1111", m.contact().phone());
        assertEquals("c***@example.com", m.contact().email());
        BeneficialOwners o = (BeneficialOwners) ((KycEvent.DraftSaved) EventPersonalData.masked(owners)).section();
        assertEquals("1101**********002X", o.owners().get(0).idNumber());
        AuthorisedTrader t = ((AuthorisedTraders) ((KycEvent.DraftSaved) EventPersonalData.masked(traders)).section())
                .traders().get(0);
        assertEquals("138****5678", t.phone());
        assertFalse(t.idNumber().contains("19900307"));
    }
}
