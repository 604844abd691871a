package meridian.domain.kyc.caseflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.List;
import meridian.domain.kyc.KycFixtures;
import meridian.domain.kyc.form.BeneficialOwner;
import meridian.domain.kyc.form.BeneficialOwners;
import meridian.domain.kyc.form.OnboardingForm;
import org.junit.jupiter.api.Test;

/** Events, commands and state survive a Jackson round trip, as the write side persists them. */
class KycSerializationTest {
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void everyEventOfAJourneyRoundTrips() throws Exception {
        OnboardingForm form = KycFixtures.completeForm().with(new BeneficialOwners(List.of(
                new BeneficialOwner("钱国东", "CN", KycFixtures.OWNER_1_ID, new java.math.BigDecimal("60"), 2, true))));
        Journey j = new Journey();

        List<KycEvent> events = new ArrayList<>();
        KycCase replayed = KycCase.EMPTY;
        KycCase s = KycCase.EMPTY;
        s = step(j, s, j.invite(), events);
        s = step(j, s, new KycCommand.StartOnboarding(Journey.CODE, Journey.CLIENT, j.now()), events);
        for (var section : Journey.sections(form)) {
            s = step(j, s, new KycCommand.SaveDraft(section, Journey.CLIENT, j.now()), events);
        }
        for (var document : form.documents()) {
            s = step(j, s, new KycCommand.AttachDocument(document, Journey.CLIENT, j.now()), events);
        }
        s = step(j, s, new KycCommand.SubmitForm(Journey.CLIENT, j.now()), events);
        s = step(j, s, j.assessor.assess(s.form(), List.of(), Journey.SYSTEM, j.now()), events);
        assertEquals(1, s.hits().size());
        s = step(j, s, new KycCommand.ResolveHit(s.hits().get(0).key(), HitResolution.FALSE_POSITIVE, "other person",
                Journey.AML, j.now()), events);
        s = step(j, s, new KycCommand.ReviewCase(ReviewDecision.APPROVE, "ok", null, Journey.COMPLIANCE, j.now()), events);
        s = step(j, s, new KycCommand.ReviewCase(ReviewDecision.APPROVE, "ok", Journey.LIMIT, Journey.RISK, j.now()), events);
        s = step(j, s, new KycCommand.ReviewCase(ReviewDecision.APPROVE, "ok", null, Journey.AML, j.now()), events);
        s = step(j, s, j.seal(s), events);
        s = step(j, s, new KycCommand.CloseCase("left", Journey.SALES, j.now()), events);

        for (KycEvent event : events) {
            String json = mapper.writeValueAsString(event);
            KycEvent back = mapper.readValue(json, KycEvent.class);
            assertEquals(event, back, json);
            replayed = replayed.apply(back);
        }
        assertEquals(s, replayed);
        KycCase snapshot = mapper.readValue(mapper.writeValueAsString(s), KycCase.class);
        assertEquals(s, snapshot);
    }

    @Test
    void commandsRoundTripToo() throws Exception {
        Journey j = new Journey();
        KycCommand command = new KycCommand.SaveDraft(KycFixtures.financial("1", "2", 3), Journey.CLIENT, j.now());
        assertEquals(command, mapper.readValue(mapper.writeValueAsString(command), KycCommand.class));
    }

    private static KycCase step(Journey j, KycCase state, KycCommand command, List<KycEvent> events) {
        Decision.Accepted accepted = assertInstanceOf(Decision.Accepted.class, j.decider.decide(state, command),
                () -> j.decider.decide(state, command).toString());
        events.addAll(accepted.events());
        return j.decider.applyAll(state, accepted.events());
    }
}
