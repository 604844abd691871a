package meridian.write.abs;

import meridian.domain.abs.EligibilityCriteria;
import meridian.domain.abs.Loan;
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
import meridian.domain.common.CborSerializable;
import meridian.domain.common.Decision;
import meridian.write.common.CommandReply;
import meridian.write.common.Decisions;
import meridian.write.common.EntityTags;
import meridian.write.common.PersistFailure;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.apache.pekko.cluster.sharding.typed.javadsl.Entity;
import org.apache.pekko.cluster.sharding.typed.javadsl.EntityTypeKey;
import org.apache.pekko.persistence.typed.PersistenceId;
import org.apache.pekko.persistence.typed.javadsl.CommandHandlerWithReply;
import org.apache.pekko.persistence.typed.javadsl.EventHandler;
import org.apache.pekko.persistence.typed.javadsl.EventSourcedBehaviorWithEnforcedReplies;
import org.apache.pekko.persistence.typed.javadsl.ReplyEffect;
import org.apache.pekko.persistence.typed.javadsl.RetentionCriteria;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * One ABS product of one tenant, as a sharded event-sourced entity. Id: {@code tenant:productId}. The rules are
 * {@link AbsProductRules}; heavy computations (cash flows, Monte Carlo losses, coupon model) run outside and come
 * in as {@code Record...} commands carrying the basis version they were computed on.
 */
public final class AbsProductEntity
        extends EventSourcedBehaviorWithEnforcedReplies<AbsProductEntity.Command, AbsProductEvent, AbsProductState> {

    public static final EntityTypeKey<Command> TYPE_KEY = EntityTypeKey.create(Command.class, "AbsProduct");
    public static final EntityTags TAGS = new EntityTags("abs-product", 4);

    /** Every command but {@link GetProduct} is answered with the product's summary or the refusal. */
    public sealed interface Command extends CborSerializable {
    }

    /** A command that changes the product, sent by {@code caller}. */
    public sealed interface Change extends Command {
        Caller caller();

        ActorRef<CommandReply<AbsProductSummary>> replyTo();
    }

    public record Originate(ProductTerms terms, Caller caller, ActorRef<CommandReply<AbsProductSummary>> replyTo)
            implements Change {
    }

    public record LoadLoanTape(List<Loan> loans, Caller caller, ActorRef<CommandReply<AbsProductSummary>> replyTo)
            implements Change {
    }

    public record ScreenPool(EligibilityCriteria criteria, Caller caller, ActorRef<CommandReply<AbsProductSummary>> replyTo)
            implements Change {
    }

    public record DefineStructure(StructureTerms structure, Caller caller,
                                  ActorRef<CommandReply<AbsProductSummary>> replyTo) implements Change {
    }

    public record RecordCashflows(int basisVersion, CashflowSummary cashflows, Caller caller,
                                  ActorRef<CommandReply<AbsProductSummary>> replyTo) implements Change {
    }

    public record RecordLossSimulation(int basisVersion, LossSummary losses, Caller caller,
                                       ActorRef<CommandReply<AbsProductSummary>> replyTo) implements Change {
    }

    public record RecordCouponEstimates(int basisVersion, CouponEstimation coupons, Caller caller,
                                        ActorRef<CommandReply<AbsProductSummary>> replyTo) implements Change {
    }

    public record OpenIssuance(Caller caller, ActorRef<CommandReply<AbsProductSummary>> replyTo) implements Change {
    }

    public record PlaceOrder(Order order, Caller caller, ActorRef<CommandReply<AbsProductSummary>> replyTo)
            implements Change {
    }

    public record SetFinalCoupons(Map<String, BigDecimal> coupons, Caller caller,
                                  ActorRef<CommandReply<AbsProductSummary>> replyTo) implements Change {
    }

    public record AllocateBook(List<AllocationRequest> allocations, Caller caller,
                               ActorRef<CommandReply<AbsProductSummary>> replyTo) implements Change {
    }

    public record CloseIssuance(LocalDate closingDate, int basisVersion, CashflowSummary cashflows, Caller caller,
                                ActorRef<CommandReply<AbsProductSummary>> replyTo) implements Change {
    }

    public record RecordServicerReport(ServicerReport report, Caller caller,
                                       ActorRef<CommandReply<AbsProductSummary>> replyTo) implements Change {
    }

    public record ChangeRating(String tranche, String rating, String agency, String reason, Caller caller,
                               ActorRef<CommandReply<AbsProductSummary>> replyTo) implements Change {
    }

    public record RaiseObligorAlert(String obligor, Alert.Severity severity, String headline, String source,
                                    Caller caller, ActorRef<CommandReply<AbsProductSummary>> replyTo) implements Change {
    }

    public record Mature(LocalDate maturityDate, Caller caller, ActorRef<CommandReply<AbsProductSummary>> replyTo)
            implements Change {
    }

    public record Call(LocalDate callDate, String reason, Caller caller,
                       ActorRef<CommandReply<AbsProductSummary>> replyTo) implements Change {
    }

    /** The whole state (with the loan tape), for the computations that run outside the entity. */
    public record GetProduct(ActorRef<AbsProductState> replyTo) implements Command {
    }

    private final String entityId;
    private final String tenant;
    private final String productId;
    private final Clock clock;

    private AbsProductEntity(String entityId, Clock clock) {
        super(PersistenceId.of(TYPE_KEY.name(), entityId),
                PersistFailure.BACKOFF);
        int colon = entityId.indexOf(':');
        if (colon < 1) throw new IllegalArgumentException("an ABS product id is tenant:productId, was " + entityId);
        this.entityId = entityId;
        this.tenant = entityId.substring(0, colon);
        this.productId = entityId.substring(colon + 1);
        this.clock = clock;
    }

    public static String entityId(String tenant, String productId) {
        return tenant + ":" + productId;
    }

    public static Behavior<Command> create(String entityId, Clock clock) {
        return new AbsProductEntity(entityId, clock);
    }

    public static void init(ActorSystem<?> system, Clock clock) {
        ClusterSharding.get(system).init(Entity.of(TYPE_KEY, ctx -> create(ctx.getEntityId(), clock)).withRole("write"));
    }

    @Override
    public AbsProductState emptyState() {
        return AbsProductState.initial();
    }

    @Override
    public CommandHandlerWithReply<Command, AbsProductEvent, AbsProductState> commandHandler() {
        return newCommandHandlerWithReplyBuilder().forAnyState()
                .onCommand(GetProduct.class, (state, c) -> Effect().reply(c.replyTo(), state))
                .onCommand(Originate.class, (s, c) -> decide(s, c, (st, now) ->
                        AbsProductRules.originate(st, productId, c.terms(), c.caller(), now)))
                .onCommand(LoadLoanTape.class, (s, c) -> decide(s, c, (st, now) ->
                        AbsProductRules.loadTape(st, c.loans(), c.caller(), now)))
                .onCommand(ScreenPool.class, (s, c) -> decide(s, c, (st, now) ->
                        AbsProductRules.screen(st, c.criteria(), c.caller(), now)))
                .onCommand(DefineStructure.class, (s, c) -> decide(s, c, (st, now) ->
                        AbsProductRules.defineStructure(st, c.structure(), c.caller(), now)))
                .onCommand(RecordCashflows.class, (s, c) -> decide(s, c, (st, now) ->
                        AbsProductRules.recordCashflows(st, c.basisVersion(), c.cashflows(), c.caller(), now)))
                .onCommand(RecordLossSimulation.class, (s, c) -> decide(s, c, (st, now) ->
                        AbsProductRules.recordLosses(st, c.basisVersion(), c.losses(), c.caller(), now)))
                .onCommand(RecordCouponEstimates.class, (s, c) -> decide(s, c, (st, now) ->
                        AbsProductRules.recordCoupons(st, c.basisVersion(), c.coupons(), c.caller(), now)))
                .onCommand(OpenIssuance.class, (s, c) -> decide(s, c, (st, now) ->
                        AbsProductRules.openIssuance(st, c.caller(), now)))
                .onCommand(PlaceOrder.class, (s, c) -> decide(s, c, (st, now) ->
                        AbsProductRules.placeOrder(st, c.order(), c.caller(), now)))
                .onCommand(SetFinalCoupons.class, (s, c) -> decide(s, c, (st, now) ->
                        AbsProductRules.setFinalCoupons(st, c.coupons(), c.caller(), now)))
                .onCommand(AllocateBook.class, (s, c) -> decide(s, c, (st, now) ->
                        AbsProductRules.allocate(st, c.allocations(), c.caller(), now)))
                .onCommand(CloseIssuance.class, (s, c) -> decide(s, c, (st, now) ->
                        AbsProductRules.closeIssuance(st, c.closingDate(), c.basisVersion(), c.cashflows(), c.caller(), now)))
                .onCommand(RecordServicerReport.class, (s, c) -> decide(s, c, (st, now) ->
                        AbsProductRules.recordServicerReport(st, c.report(), c.caller(), now)))
                .onCommand(ChangeRating.class, (s, c) -> decide(s, c, (st, now) ->
                        AbsProductRules.changeRating(st, c.tranche(), c.rating(), c.agency(), c.reason(), c.caller(), now)))
                .onCommand(RaiseObligorAlert.class, (s, c) -> decide(s, c, (st, now) ->
                        AbsProductRules.raiseObligorAlert(st, c.obligor(), c.severity(), c.headline(), c.source(),
                                c.caller(), now)))
                .onCommand(Mature.class, (s, c) -> decide(s, c, (st, now) ->
                        AbsProductRules.mature(st, c.maturityDate(), c.caller(), now)))
                .onCommand(Call.class, (s, c) -> decide(s, c, (st, now) ->
                        AbsProductRules.call(st, c.callDate(), c.reason(), c.caller(), now)))
                .build();
    }

    /** The caller's tenant must own this entity: anyone else is told the product does not exist. */
    private ReplyEffect<AbsProductEvent, AbsProductState> decide(
            AbsProductState state, Change command,
            BiFunction<AbsProductState, Instant, Decision<AbsProductEvent>> rule) {
        Decision<AbsProductEvent> decision = command.caller().tenant().equals(tenant)
                ? rule.apply(state, clock.instant())
                : Decision.reject(AbsProductRules.NO_PRODUCT + " (state NotOriginated)");
        return Decisions.toEffect(Effect(), TYPE_KEY.name(), decision, command.replyTo(),
                s -> AbsProductSummary.of((AbsProduct) s));
    }

    @Override
    public EventHandler<AbsProductState, AbsProductEvent> eventHandler() {
        return AbsProductRules::apply;
    }

    @Override
    public Set<String> tagsFor(AbsProductEvent event) {
        return Set.of(TAGS.tagFor(entityId));
    }

    @Override
    public RetentionCriteria retentionCriteria() {
        return RetentionCriteria.snapshotEvery(100, 2);
    }
}
