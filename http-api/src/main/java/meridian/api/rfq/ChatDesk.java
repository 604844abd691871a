package meridian.api.rfq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import meridian.domain.common.Caller;
import meridian.domain.common.ValidationException;
import meridian.domain.deal.DealTerms;
import meridian.domain.pricing.api.PricingJson;
import meridian.domain.pricing.calendar.TradingCalendars;
import meridian.domain.rfq.desk.DeskRules;
import meridian.domain.rfq.desk.LegPricer;
import meridian.domain.rfq.desk.LegProduct;
import meridian.domain.rfq.flow.LegQuote;
import meridian.domain.rfq.flow.Rfq;
import meridian.domain.rfq.flow.RfqCommand;
import meridian.domain.rfq.flow.RfqEvent;
import meridian.domain.rfq.flow.RfqStatus;
import meridian.domain.rfq.parse.RfqLeg;
import meridian.domain.rfq.parse.RfqParser;
import meridian.domain.rfq.reply.QuoteReplyFormatter;
import meridian.domain.rfq.reply.QuotedLeg;
import meridian.read.deal.DealRepository;
import meridian.read.kyc.KycCaseView;
import meridian.read.kyc.KycRepository;
import meridian.write.common.CommandReply;
import meridian.write.deal.DealEntity;
import meridian.write.rfq.RfqDesk;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk behind every RFQ: reads the message, checks the client against KYC (an approved counterparty within its
 * notional limit, counting what is already booked), prices the legs, writes the quote into the chat, and books one deal
 * per leg once the client accepts. Refusals never carry a price and never say why in the chat.
 */
public final class ChatDesk implements RfqDesk {

    static final String UNBOUND = "unbound:";
    private static final Logger LOG = LoggerFactory.getLogger(ChatDesk.class);
    static final Duration KYC_CACHE = Duration.ofSeconds(5);
    private static final String NOT_UNDERSTOOD = "您好，没有识别到询价要素，请注明标的、结构和期限，例如：宁德时代 1个月 平值看涨 1000万";
    private static final String REFUSAL = "抱歉，暂时无法为您报价，请联系您的销售。";
    private static final String REJECTED = "抱歉，这笔暂时无法报价。";
    private static final String EXPIRED = "报价已失效，如需成交请重新询价。";
    private static final String LAPSED = "抱歉，这笔未能及时报价，如仍需要请重新询价。";

    private final RfqSettings settings;
    private final RfqParser parser;
    private final LegPricer pricer;
    private final QuoteReplyFormatter formatter;
    private final QuoteChannel channel;
    private final OpenQuotes openQuotes;
    private final KycRepository kyc;
    private final DealRepository deals;
    private final ActorSystem<?> system;
    private final Clock clock;
    private final Duration askTimeout;
    private final RfqTimings timings;
    /** KYC cases read for eligibility, kept briefly (a status change reaches quoting within {@code KYC_CACHE}). */
    private final BriefCache<String, Optional<KycCaseView>> kycCases = new BriefCache<>(KYC_CACHE, Optional::isPresent);

    public ChatDesk(RfqSettings settings, RfqParser parser, LegPricer pricer, QuoteReplyFormatter formatter, QuoteChannel channel,
                    OpenQuotes openQuotes, KycRepository kyc, DealRepository deals, ActorSystem<?> system, Clock clock, Duration askTimeout, RfqTimings timings) {
        this.settings = settings;
        this.parser = parser;
        this.pricer = pricer;
        this.formatter = formatter;
        this.channel = channel;
        this.openQuotes = openQuotes;
        this.kyc = kyc;
        this.deals = deals;
        this.system = system;
        this.clock = clock;
        this.askTimeout = askTimeout;
        this.timings = timings;
    }

    /** The message is read as it is received: its RfqParsed (or RfqIgnored) is stored with its RfqReceived. */
    @Override
    public Optional<RfqCommand> immediate(Rfq rfq) {
        if (rfq.status() != RfqStatus.RECEIVED) {
            return Optional.empty();
        }
        long parsing = System.nanoTime();
        List<RfqLeg> legs = parse(rfq.text());
        timings.record(rfq.rfqId(), "parse", parsing);
        return Optional.of(new RfqCommand.RecordParse(legs));
    }

    @Override
    public CompletionStage<Optional<RfqCommand>> next(Rfq rfq) {
        switch (rfq.status()) {
            case RECEIVED:
                // Only an RFQ stored before its message was read (by an earlier version) gets here.
                return CompletableFuture.completedFuture(immediate(rfq));
            case PARSED:
                long checking = System.nanoTime();
                return refusal(rfq).thenCompose(reason -> {
                    timings.record(rfq.rfqId(), "kyc", checking);
                    return reason.isPresent() ? done(new RfqCommand.RefuseClient(reason.get())) : quote(rfq);
                });
            case APPROVED:
                return send(rfq);
            case ACCEPTED:
                return book(rfq).thenApply(ids -> Optional.of(new RfqCommand.RecordBooking(ids)));
            default:
                return CompletableFuture.completedFuture(Optional.empty());
        }
    }

    @Override
    public void announce(Rfq rfq, RfqEvent event) {
        String kind = null;
        String text = null;
        if (event instanceof RfqEvent.QuotesPriced) {
            timings.priced(rfq.rfqId(), Duration.between(rfq.receivedAt(), clock.instant()).toMillis());
        } else if (event instanceof RfqEvent.RfqIgnored || event instanceof RfqEvent.ClientRefused) {
            timings.forget(rfq.rfqId());
        }
        if (event instanceof RfqEvent.RfqIgnored && settings.answerUnrecognised()) {
            kind = "UNRECOGNISED";
            text = NOT_UNDERSTOOD;
        } else if (event instanceof RfqEvent.ClientRefused) {
            kind = "REFUSAL";
            text = REFUSAL;
        } else if (event instanceof RfqEvent.QuoteRejected) {
            kind = "REJECTED";
            text = REJECTED;
        } else if (event instanceof RfqEvent.QuoteExpired) {
            kind = "EXPIRED";
            text = EXPIRED;
        } else if (event instanceof RfqEvent.ApprovalLapsed) {
            kind = "LAPSED";
            text = LAPSED;
        } else if (event instanceof RfqEvent.RfqBooked booked) {
            kind = "BOOKED";
            text = "已成交，成交编号 " + String.join(", ", booked.dealIds());
        }
        if (text != null) {
            String what = kind;
            channel.send(new QuoteChannel.Outbound(rfq.groupId(), rfq.rfqId(), kind, text)).exceptionally(e -> {
                LOG.warn("RFQ {}: the {} reply did not reach the chat: {}", rfq.rfqId(), what, e.toString());
                return null;
            });
        }
    }

    /**
     * The group's open quote is recorded before the quote goes out, so the client's answer finds it however fast it
     * comes; the entity holds that answer until the quote is recorded as sent.
     */
    private CompletionStage<Optional<RfqCommand>> send(Rfq rfq) {
        String text = formatter.reply(quoted(rfq, rfq.quotes()));
        Instant validUntil = clock.instant().plus(settings.rules().validity());
        return openQuotes.record(rfq.tenant(), rfq.groupId(), rfq.rfqId(), validUntil)
                .thenCompose(d -> channel.send(new QuoteChannel.Outbound(rfq.groupId(), rfq.rfqId(), "QUOTE", text)))
                .thenApply(sent -> Optional.of(new RfqCommand.RecordSent(text, validUntil)));
    }

    private List<RfqLeg> parse(String text) {
        try {
            return parser.parse(text).legs();
        } catch (ValidationException e) {
            return List.of();
        }
    }

    /** Why this client gets no price, or empty when it may be quoted. */
    CompletionStage<Optional<String>> refusal(Rfq rfq) {
        String caseId = rfq.clientId();
        if (caseId == null || caseId.startsWith(UNBOUND)) {
            return done("chat group " + rfq.groupId() + " is bound to no KYC case");
        }
        BigDecimal asked = settings.rules().totalNotional(rfq.legs());
        CompletionStage<BigDecimal> bookedNotional = deals.bookedNotional(rfq.tenant(), caseId);
        return kycCases.get(rfq.tenant() + "\n" + caseId, k -> kyc.byId(rfq.tenant(), caseId)).thenCompose(view -> {
            if (view.isEmpty()) {
                return done("KYC case " + caseId + " does not exist");
            }
            var kycCase = view.get().state();
            return bookedNotional.thenApply(booked -> refusal(caseId, kycCase.isEligibleCounterparty(),
                    String.valueOf(kycCase.status()), kycCase.notionalLimitCny(), booked, asked));
        });
    }

    /** Why a KYC case may not be quoted {@code asked} more notional, or empty when it may. */
    static Optional<String> refusal(String caseId, boolean eligible, String status, BigDecimal limit, BigDecimal booked,
                                    BigDecimal asked) {
        if (!eligible) {
            return Optional.of("KYC case " + caseId + " is " + status + ", not an approved counterparty");
        }
        if (limit == null) {
            return Optional.of("KYC case " + caseId + " has no notional limit");
        }
        return booked.add(asked).compareTo(limit) > 0
                ? Optional.of("notional " + asked.toPlainString() + " with " + booked.toPlainString()
                        + " booked is over the limit " + limit.toPlainString())
                : Optional.empty();
    }

    private CompletionStage<Optional<RfqCommand>> quote(Rfq rfq) {
        long pricing = System.nanoTime();
        return pricer.price(rfq.legs(), today())
                .<Optional<RfqCommand>>thenApply(quotes -> {
                    timings.record(rfq.rfqId(), "pricing", pricing);
                    boolean autoApproved = settings.rules().autoApproves(rfq.legs());
                    // Milliseconds: what the views store, so the deadline the trader sees is the one the entity keeps.
                    Instant approveBy = autoApproved ? null
                            : clock.instant().plus(settings.rules().approvalWindow()).truncatedTo(ChronoUnit.MILLIS);
                    return Optional.of(new RfqCommand.RecordQuotes(quotes, autoApproved, approveBy));
                })
                .exceptionally(e -> {
                    Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                    if (cause instanceof ValidationException v) {
                        return Optional.of(new RfqCommand.RefuseClient("cannot price: " + v.errors()));
                    }
                    throw new CompletionException(cause);
                });
    }

    private CompletionStage<List<String>> book(Rfq rfq) {
        LocalDate today = today();
        ClusterSharding sharding = ClusterSharding.get(system);
        List<CompletableFuture<String>> booked = new ArrayList<>();
        for (LegQuote quote : rfq.quotes()) {
            RfqLeg leg = rfq.legs().get(quote.leg());
            String dealId = rfq.rfqId() + "-" + (quote.leg() + 1);
            DealTerms terms = terms(rfq, leg, quote, today);
            booked.add(sharding.entityRefFor(DealEntity.TYPE_KEY, DealEntity.entityId(rfq.tenant(), dealId))
                    .<CommandReply<meridian.domain.deal.Deal>>ask(reply -> new DealEntity.BookDeal(dealId, terms,
                            new Caller("rfq-desk", rfq.tenant()), reply), askTimeout)
                    .thenApply(reply -> {
                        if (reply instanceof CommandReply.Rejected<meridian.domain.deal.Deal> rejected) {
                            throw new IllegalStateException("deal " + dealId + " refused: " + rejected.reason());
                        }
                        return dealId;
                    }).toCompletableFuture());
        }
        return CompletableFuture.allOf(booked.toArray(CompletableFuture[]::new))
                .thenApply(v -> booked.stream().map(CompletableFuture::join).toList());
    }

    /** The deal as traded: the priced product with the quoted value in its solved field, and its schedule's dates. */
    DealTerms terms(Rfq rfq, RfqLeg leg, LegQuote quote, LocalDate tradeDate) {
        DeskRules rules = settings.rules();
        ObjectNode product = LegProduct.of(leg, tradeDate, rules, quote.valuePct());
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        request.set("product", product);
        request.set("market", settings.market().json(leg.underlying(), tradeDate));
        var priced = new PricingJson(code -> true).readPrice(request);
        LocalDate expiry = priced.product().terms().resolve(TradingCalendars.of(priced.calendar())).expiryDate();
        Map<String, BigDecimal> parameters = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = product.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().endsWith("Pct") && field.getValue().isNumber()) {
                parameters.put(field.getKey(), field.getValue().decimalValue());
            }
        }
        return new DealTerms(leg.structure().name(), "BUILTIN", leg.underlying(), tradeDate, tradeDate, expiry,
                rules.notional(leg), "CNY", leg.solveFor().name(), quote.valuePct(), rfq.clientId(), rfq.rfqId(),
                parameters, product.toString());
    }

    private List<QuotedLeg> quoted(Rfq rfq, List<LegQuote> quotes) {
        return quotes.stream().map(q -> new QuotedLeg(rfq.legs().get(q.leg()), q.valuePct())).toList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), settings.zone());
    }

    private static <T> CompletionStage<Optional<T>> done(T value) {
        return CompletableFuture.completedFuture(Optional.of(value));
    }
}
