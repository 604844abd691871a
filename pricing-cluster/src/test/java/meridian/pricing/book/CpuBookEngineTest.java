package meridian.pricing.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import meridian.domain.common.ValidationException;
import meridian.domain.pricing.api.Greeks;
import meridian.pricing.Fixtures;
import meridian.pricing.PricingService;
import org.junit.jupiter.api.Test;

/** The batched CPU engine gives PricingService's numbers, contract by contract, Greeks included. */
class CpuBookEngineTest {
    private final PricingService pricing = new PricingService();
    private final CpuBookEngine engine = new CpuBookEngine(pricing);

    @Test
    void batchMatchesPricingServicePerContract() {
        List<BookContract> book = BookFixtures.book();
        List<ContractRisk> risks = engine.value(book, BookFixtures.markets(), BookFixtures.RUN);
        assertEquals(book.size(), risks.size());
        double tolerance = 1e-9 * Fixtures.NOTIONAL;
        for (int i = 0; i < book.size(); i++) {
            ContractRisk batched = risks.get(i);
            ContractRisk single = engine.value(book.get(i), BookFixtures.markets(), BookFixtures.RUN);
            String what = book.get(i).product().type() + " " + batched.contractId();
            assertEquals(single.contractId(), batched.contractId());
            assertEquals(single.pv(), batched.pv(), tolerance, what + " pv");
            assertEquals(single.stdErr(), batched.stdErr(), tolerance, what + " stdErr");
            Greeks a = single.greeks();
            Greeks b = batched.greeks();
            assertEquals(a.delta(), b.delta(), tolerance, what + " delta");
            assertEquals(a.gamma(), b.gamma(), tolerance, what + " gamma");
            assertEquals(a.vega(), b.vega(), tolerance, what + " vega");
            assertEquals(a.theta(), b.theta(), tolerance, what + " theta");
            assertEquals(a.rho(), b.rho(), tolerance, what + " rho");
        }
    }

    @Test
    void booksAreNotTrivial() {
        List<ContractRisk> risks = engine.value(BookFixtures.book(), BookFixtures.markets(), BookFixtures.RUN);
        assertTrue(risks.stream().allMatch(r -> Double.isFinite(r.pv()) && r.greeks() != null));
        assertTrue(risks.stream().filter(r -> r.stdErr() > 0).count() > risks.size() / 2);
        assertTrue(risks.stream().anyMatch(r -> Math.abs(r.greeks().delta()) > 1000));
    }

    @Test
    void missingMarketNamesTheField() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> engine.value(BookFixtures.book(), Map.of(), BookFixtures.RUN));
        assertTrue(e.getMessage().contains("markets"), e.getMessage());
    }
}
