package meridian.pricing.cluster;

import java.util.List;
import meridian.domain.common.FieldError;
import meridian.domain.pricing.PricingMethod;
import meridian.domain.pricing.SolveFor;
import meridian.domain.pricing.api.Greeks;
import meridian.domain.pricing.api.PriceRequest;
import meridian.domain.pricing.api.PriceResponse;
import meridian.domain.pricing.api.SolveResponse;
import meridian.pricing.book.ContractRisk;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.SerializationTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Every message that crosses nodes goes through the CBOR serializer and comes back equal. */
class PricingMessagesSerializationTest {

    private static final ActorTestKit KIT = ActorTestKit.create();

    @AfterAll
    static void stop() {
        KIT.shutdownTestKit();
    }

    @Test
    void jobsAndResultsSurviveSerialization() {
        SerializationTestKit serialization = KIT.serializationTestKit();
        TestProbe<PricingJobResult> probe = KIT.createTestProbe();
        String request = RequestWire.write(PriceRequest.of(ProductWire.read(TestBook.SNOWBALL), TestBook.MARKETS.get("000905.SH")));
        List<Object> messages = List.of(
                new PricingJob.PriceJob("j1", request, probe.getRef()),
                new PricingJob.SolveJob("j2", RequestWire.write(new meridian.domain.pricing.api.SolveRequest(
                        RequestWire.readPrice(request), SolveFor.COUPON, 0)), probe.getRef()),
                new PricingJob.BookBatchJob("j3", TestBook.contracts(TestBook.ALL.toArray(String[]::new)), TestBook.MARKETS,
                        TestBook.RUN, probe.getRef()),
                new PricingDispatcher.Submit(new PricingJob.PriceJob("j4", request, probe.getRef())),
                new PricingJobResult.Priced("j1", new PriceResponse(12.5, 0.1, 0.3, new Greeks(1, 2, 3, 4, 5),
                        PricingMethod.MC, "mc", 1000, 7), "w"),
                new PricingJobResult.Solved("j2", new SolveResponse(SolveFor.COUPON, 14.2, 0.01, 9), "w"),
                new PricingJobResult.BookValued("j3", List.of(new ContractRisk("D0", 1.5, 0.01, new Greeks(1, 2, 3, 4, 5))),
                        "cpu", "w"),
                new PricingJobResult.JobFailed("j4", List.of(new FieldError("market.vol", "must be positive")), "bad", "w"));
        for (Object message : messages) {
            serialization.verifySerialization(message, true);
        }
    }
}
