package meridian.api.rfq;

import java.net.URI;
import meridian.api.http.ApiModule;
import meridian.api.node.MeridianArea;
import meridian.api.node.NodeContext;
import meridian.api.pricing.PricingArea;
import meridian.domain.rfq.chat.WebhookSignature;
import meridian.domain.rfq.desk.LegPricer;
import meridian.domain.rfq.parse.CsvUnderlyingDirectory;
import meridian.domain.rfq.parse.RfqParser;
import meridian.domain.rfq.parse.UnderlyingDirectory;
import meridian.domain.rfq.reply.QuoteReplyFormatter;
import meridian.pricing.LocalPricingGateway;
import meridian.pricing.PricingService;
import meridian.read.common.TaggedProjections;
import meridian.read.deal.DealRepository;
import meridian.read.deal.DealViewHandler;
import meridian.read.kyc.KycRepository;
import meridian.read.rfq.RfqRepository;
import meridian.read.rfq.RfqViewHandler;
import meridian.write.deal.DealEntity;
import meridian.write.rfq.RfqEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RFQ desk (issue 6): RFQ and deal entities, their view projections, the sweeper that wakes RFQs after a restart,
 * and the routes. Configured by {@code meridian.rfq} ({@link RfqSettings}).
 */
public final class RfqArea implements MeridianArea {

    private static final Logger LOG = LoggerFactory.getLogger(RfqArea.class);

    private RfqSettings settings;
    private RfqParser parser;
    private ChatBindings bindings;
    private final RfqTimings timings = new RfqTimings();

    @Override
    public void start(NodeContext context) {
        settings = RfqSettings.from(context.config());
        UnderlyingDirectory directory = CsvUnderlyingDirectory.fromClasspath();
        parser = new RfqParser(directory);
        bindings = new ChatBindings(settings.bindings(), context.session(), context.viewsKeyspace());
        WebhookSignature signature = WebhookSignature.fromText(settings.webhookSecret());
        QuoteChannel channel = settings.outbound().equals("http")
                ? new HttpCallbackChannel(URI.create(settings.callbackUrl()), signature) : new LogQuoteChannel();
        // PDE and Monte Carlo legs go to the pricing cluster's quote lane; closed forms take microseconds, so they run
        // here on the default dispatcher rather than making the round trip
        LegPricer pricer = new LegPricer(PricingArea.quoteGateway(context),
                new LocalPricingGateway(new PricingService(), context.system().executionContext()), settings.rules(),
                settings.market(), java.util.Set.copyOf(directory.all().stream().map(u -> u.code()).toList())::contains);
        ChatDesk desk = new ChatDesk(settings, parser, pricer, new QuoteReplyFormatter(directory), channel,
                new OpenQuotes(context.session(), context.viewsKeyspace()),
                new KycRepository(context.session(), context.viewsKeyspace()),
                new DealRepository(context.session(), context.viewsKeyspace()), context.system(), context.clock(),
                context.askTimeout(), timings);
        RfqEntity.init(context.system(), context.clock(), desk);
        DealEntity.init(context.system(), context.clock());
        if (context.hasRole("read")) {
            TaggedProjections.startGrouped(context.system(), RfqViewHandler.PROJECTION, RfqEntity.TAGS.all(),
                    () -> new RfqViewHandler(context.session(), context.viewsKeyspace(), settings.zone()));
            TaggedProjections.start(context.system(), DealViewHandler.PROJECTION, DealEntity.TAGS.all(),
                    () -> new DealViewHandler(context.session(), context.viewsKeyspace()));
        }
        if (context.hasRole("write")) {
            RfqSweeper.start(context.system(), new RfqRepository(context.session(), context.viewsKeyspace()), settings.tenant(),
                    settings.sweepInterval(), context.clock());
        }
        LOG.info("RFQ desk: tenant {}, bot {}, replies via {}{}, quotes valid {}", settings.tenant(), settings.botId(),
                settings.outbound(), settings.outbound().equals("http") ? " " + settings.callbackUrl() : "",
                settings.rules().validity());
    }

    @Override
    public ApiModule api(NodeContext context) {
        return new RfqRoutes(context, settings, parser, bindings, timings);
    }
}
