package meridian.write.abs;

import com.typesafe.config.ConfigFactory;
import meridian.domain.abs.Amortization;
import meridian.domain.abs.Assumptions;
import meridian.domain.abs.EligibilityCriteria;
import meridian.domain.abs.Fee;
import meridian.domain.abs.Loan;
import meridian.domain.abs.Structure;
import meridian.domain.abs.Tranche;
import meridian.domain.abs.WaterfallType;
import meridian.domain.abs.product.AbsAssetType;
import meridian.domain.abs.product.AbsProduct;
import meridian.domain.abs.product.AbsProductEvent;
import meridian.domain.abs.product.AbsProductRules;
import meridian.domain.abs.product.AbsProductState;
import meridian.domain.abs.product.AbsProductSummary;
import meridian.domain.abs.product.Alert;
import meridian.domain.abs.product.AllocationRequest;
import meridian.domain.abs.product.CashflowSummary;
import meridian.domain.abs.product.CouponEstimation;
import meridian.domain.abs.product.LossSummary;
import meridian.domain.abs.product.Order;
import meridian.domain.abs.product.ProductTerms;
import meridian.domain.abs.product.ServicerReport;
import meridian.domain.abs.product.StructureTerms;
import meridian.domain.common.Caller;
import meridian.write.common.CommandReply;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.persistence.testkit.javadsl.EventSourcedBehaviorTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.*;

/** The ABS product entity: every step persisted and answered; refusals persist nothing and name the state. */
class AbsProductEntityTest {

    private static final ActorTestKit TEST_KIT = ActorTestKit.create(
            EventSourcedBehaviorTestKit.config().withFallback(ConfigFactory.load()));
    private static final Caller MANAGER = new Caller("maria", "galaxy");
    private static final Caller STRANGER = new Caller("oscar", "orion");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-10T09:00:00Z"), ZoneOffset.UTC);

    private EventSourcedBehaviorTestKit<AbsProductEntity.Command, AbsProductEvent, AbsProductState> kit;

    @BeforeEach
    void setUp() {
        // Serialization of commands, events and state is verified on every step (the test kit's default).
        kit = EventSourcedBehaviorTestKit.create(TEST_KIT.system(),
                AbsProductEntity.create(AbsProductEntity.entityId("galaxy", "GAL-1"), CLOCK));
    }

    @AfterAll
    static void tearDown() {
        TEST_KIT.shutdownTestKit();
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private EventSourcedBehaviorTestKit.CommandResultWithReply<AbsProductEntity.Command, AbsProductEvent, AbsProductState,
            CommandReply<AbsProductSummary>> run(Function<ActorRef<CommandReply<AbsProductSummary>>, AbsProductEntity.Command> command) {
        return kit.runCommand(command::apply);
    }

    private AbsProductSummary accepted(Function<ActorRef<CommandReply<AbsProductSummary>>, AbsProductEntity.Command> command) {
        var result = run(command);
        if (result.reply() instanceof CommandReply.Rejected<AbsProductSummary> r) fail("refused: " + r.reason());
        return ((CommandReply.Accepted<AbsProductSummary>) result.reply()).summary();
    }

    private String rejected(Function<ActorRef<CommandReply<AbsProductSummary>>, AbsProductEntity.Command> command) {
        var result = run(command);
        assertTrue(result.hasNoEvents(), "a refusal persists nothing");
        return assertInstanceOf(CommandReply.Rejected.class, result.reply()).reason();
    }

    private static ProductTerms terms() {
        return new ProductTerms("Galaxy Auto 2026-1", "Galaxy Leasing", "AA", AbsAssetType.AUTO_LOAN, d("1000000"),
                null, "Galaxy Servicing", 4, true, true);
    }

    private static List<Loan> tape() {
        return List.of(
                new Loan("L1", d("400000.00"), d("5.5"), 36, Amortization.LEVEL_PAY, "Chen Motors", "automotive", "Shanghai", "AA"),
                new Loan("L2", d("300000.00"), d("6.0"), 48, Amortization.LEVEL_PAY, "Li Logistics", "transportation", "Jiangsu", "A"),
                new Loan("L3", d("200000.00"), d("7.0"), 24, Amortization.EQUAL_PRINCIPAL, "Wang Retail", "retail", "Zhejiang", "BBB"),
                new Loan("L4", d("100000.00"), d("9.0"), 60, Amortization.BULLET, "Zhao Mining", "coal mining", "Shanxi", "B"));
    }

    private static StructureTerms structure() {
        Structure structure = new Structure(List.of(new Fee("trustee", d("0.05"))),
                List.of(new Tranche("A", d("700000.00"), d("3.0")), new Tranche("B", d("100000.00"), d("4.5")),
                        new Tranche("Sub", d("100000.00"), null)), WaterfallType.SEQUENTIAL);
        return new StructureTerms(LocalDate.of(2026, 1, 31), structure, new Assumptions(d("5"), d("2"), d("40"), 6),
                null, Map.of("A", "AAA", "B", "A"));
    }

    private static CashflowSummary cashflows() {
        Map<String, CashflowSummary.TrancheFlow> flows = new LinkedHashMap<>();
        for (String name : List.of("A", "B", "Sub")) {
            flows.put(name, new CashflowSummary.TrancheFlow(d("0.00"), d("0.00"), d("0.00"), d("0.00"), d("0.00")));
        }
        List<CashflowSummary.Period> periods = List.of(new CashflowSummary.Period(1, LocalDate.of(2026, 2, 28),
                d("900000.00"), d("1500.00"), d("4000.00"), d("890000.00"), d("8500.00"), d("0.00"), d("0.00"), d("37.50"),
                null, null, null, flows));
        Map<String, CashflowSummary.TrancheTotals> totals = new LinkedHashMap<>();
        for (String name : List.of("A", "B", "Sub")) {
            totals.put(name, new CashflowSummary.TrancheTotals(d("0.00"), d("0.00"), d("0.00"), d("0.0833"), 1, 1, null, null, null));
        }
        return new CashflowSummary(periods, totals, null);
    }

    private static LossSummary losses() {
        LossSummary.LossFigures none = new LossSummary.LossFigures(d("1.00"), d("0.00"), d("0.0000"), d("0.00"), d("0.0000"), d("0.0000"));
        return new LossSummary("CPU", 1000, 7L, 0.15, 40, 20, none, Map.of("A", none, "B", none, "Sub", none));
    }

    private static CouponEstimation coupons() {
        return new CouponEstimation(LocalDate.of(2026, 2, 10), d("2.5"), "SYNTHETIC", List.of(
                new CouponEstimation.CouponEstimate("A", "AAA", d("0.08"), d("0.7"), d("22.2222"), d("2.95"),
                        List.of(new CouponEstimation.SimilarIssue("SYN-00001", "SYNTHETIC", LocalDate.of(2019, 5, 3),
                                "AUTO_LOAN", "AAA", d("1.50"), d("3.10"), d("0.8200")))),
                new CouponEstimation.CouponEstimate("B", "A", d("0.08"), d("0.1"), d("11.1111"), d("3.90"), List.of())));
    }

    private void structureIt() {
        accepted(r -> new AbsProductEntity.Originate(terms(), MANAGER, r));
        accepted(r -> new AbsProductEntity.LoadLoanTape(tape(), MANAGER, r));
        accepted(r -> new AbsProductEntity.ScreenPool(new EligibilityCriteria(null, null, null, null, null, "BBB-",
                Set.of(), Set.of(), Set.of(), null), MANAGER, r));
        int basis = accepted(r -> new AbsProductEntity.DefineStructure(structure(), MANAGER, r)).basisVersion();
        accepted(r -> new AbsProductEntity.RecordCashflows(basis, cashflows(), MANAGER, r));
        accepted(r -> new AbsProductEntity.RecordLossSimulation(basis, losses(), MANAGER, r));
        accepted(r -> new AbsProductEntity.RecordCouponEstimates(basis, coupons(), MANAGER, r));
    }

    @Test
    void theWholeLifeIsPersistedTaggedAndAnswered() {
        var originated = run(r -> new AbsProductEntity.Originate(terms(), MANAGER, r));
        var event = assertInstanceOf(AbsProductEvent.ProductOriginated.class, originated.event());
        assertEquals("galaxy", event.tenant());
        assertEquals("GAL-1", event.productId());
        assertEquals("maria", event.by());
        assertEquals(CLOCK.instant(), event.at());
        assertTrue(AbsProductEntity.TAGS.all().contains(AbsProductEntity.TAGS.tagFor("galaxy:GAL-1")));

        AbsProductSummary loaded = accepted(r -> new AbsProductEntity.LoadLoanTape(tape(), MANAGER, r));
        assertEquals("Structuring", loaded.phase());
        assertEquals(4, loaded.tapeLoans());
        AbsProductSummary screened = accepted(r -> new AbsProductEntity.ScreenPool(new EligibilityCriteria(null, null,
                null, null, null, "BBB-", Set.of(), Set.of(), Set.of(), null), MANAGER, r));
        assertEquals(3, screened.eligibleLoans());
        assertEquals("L4", screened.rejectedLoans().get(0).loanId());
        AbsProductSummary structured = accepted(r -> new AbsProductEntity.DefineStructure(structure(), MANAGER, r));
        assertNotNull(structured.compositeScore());
        int basis = structured.basisVersion();
        accepted(r -> new AbsProductEntity.RecordCashflows(basis, cashflows(), MANAGER, r));
        accepted(r -> new AbsProductEntity.RecordLossSimulation(basis, losses(), MANAGER, r));
        accepted(r -> new AbsProductEntity.RecordCouponEstimates(basis, coupons(), MANAGER, r));
        assertEquals("Issuance", accepted(r -> new AbsProductEntity.OpenIssuance(MANAGER, r)).phase());
        accepted(r -> new AbsProductEntity.PlaceOrder(new Order("O1", "Fund One", "A", d("700000.00"), null), MANAGER, r));
        AbsProductSummary priced = accepted(r -> new AbsProductEntity.SetFinalCoupons(
                Map.of("A", d("3.0"), "B", d("4.5")), MANAGER, r));
        accepted(r -> new AbsProductEntity.AllocateBook(List.of(new AllocationRequest("O1", d("650000.00"))), MANAGER, r));
        AbsProductSummary closed = accepted(r -> new AbsProductEntity.CloseIssuance(LocalDate.of(2026, 2, 15),
                priced.basisVersion(), cashflows(), MANAGER, r));
        assertEquals("Surveillance", closed.phase());
        assertEquals(d("650000.00"), closed.tranches().get(0).allocated());

        AbsProductSummary reported = accepted(r -> new AbsProductEntity.RecordServicerReport(new ServicerReport(1,
                LocalDate.of(2026, 3, 10), d("4000.00"), d("20000.00"), d("5000.00"), d("1000.00"), d("0.00"),
                d("874000.00"), d("3000.00"), d("0.00"), d("400.00")), MANAGER, r));
        assertEquals(d("874000.00"), reported.poolBalance());
        assertEquals(d("26837.50"), reported.lastPeriod().payments().tranches().get("A").principalPaid());
        accepted(r -> new AbsProductEntity.ChangeRating("B", "BBB", "Rating Co", "defaults", MANAGER, r));
        AbsProductSummary alerted = accepted(r -> new AbsProductEntity.RaiseObligorAlert("Li Logistics",
                Alert.Severity.HIGH, "Li Logistics sued by creditors", "court filing", MANAGER, r));
        assertEquals(List.of(Alert.Kind.RATING_DOWNGRADE, Alert.Kind.OBLIGOR_NEWS),
                alerted.alerts().stream().map(Alert::kind).toList());

        var restarted = kit.restart();
        AbsProduct product = assertInstanceOf(AbsProduct.class, restarted.state());
        assertEquals("Surveillance", product.stateName());
        assertEquals(4, product.tape().size());
        assertEquals(1, product.surveillance().reports().size());
        assertEquals("BBB", product.ratings().get("B"));
    }

    @Test
    void refusedCommandsPersistNothingAndNameTheState() {
        String none = rejected(r -> new AbsProductEntity.LoadLoanTape(tape(), MANAGER, r));
        assertTrue(none.startsWith(AbsProductRules.NO_PRODUCT) && none.contains("NotOriginated"), none);
        accepted(r -> new AbsProductEntity.Originate(terms(), MANAGER, r));
        assertTrue(rejected(r -> new AbsProductEntity.OpenIssuance(MANAGER, r)).contains("Origination"));
        assertTrue(rejected(r -> new AbsProductEntity.RecordServicerReport(new ServicerReport(1, LocalDate.of(2026, 3, 10),
                d("1.00"), d("0"), d("0"), d("0"), d("0"), d("0"), null, null, null), MANAGER, r)).contains("state Origination"));
        structureIt();
        assertTrue(rejected(r -> new AbsProductEntity.PlaceOrder(new Order("O1", "Fund", "A", d("1.00"), null), MANAGER, r))
                .contains("not in state Structuring"));
        assertTrue(rejected(r -> new AbsProductEntity.Mature(LocalDate.of(2030, 1, 1), MANAGER, r)).contains("state Structuring"));
    }

    @Test
    void anotherTenantIsToldTheProductDoesNotExist() {
        accepted(r -> new AbsProductEntity.Originate(terms(), MANAGER, r));
        String reason = rejected(r -> new AbsProductEntity.LoadLoanTape(tape(), STRANGER, r));
        assertTrue(reason.startsWith(AbsProductRules.NO_PRODUCT), reason);
    }

    @Test
    void aStaleComputationIsRefused() {
        structureIt();
        AbsProduct before = (AbsProduct) kit.getState();
        accepted(r -> new AbsProductEntity.LoadLoanTape(tape().subList(0, 3), MANAGER, r));
        String reason = rejected(r -> new AbsProductEntity.RecordLossSimulation(before.basisVersion(), losses(), MANAGER, r));
        assertTrue(reason.contains("define the structure first"), reason);
    }

    @Test
    void theQueryAnswersWithTheWholeState() {
        structureIt();
        AbsProductState state = kit.<AbsProductState>runCommand(AbsProductEntity.GetProduct::new).reply();
        AbsProduct product = assertInstanceOf(AbsProduct.class, state);
        assertEquals(3, product.eligibleLoans().size());
        assertNotNull(product.coupons());
    }
}
