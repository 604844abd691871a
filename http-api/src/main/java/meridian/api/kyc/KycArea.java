package meridian.api.kyc;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import meridian.api.http.ApiModule;
import meridian.api.node.MeridianArea;
import meridian.api.node.NodeContext;
import meridian.domain.kyc.caseflow.KycDecider;
import meridian.domain.kyc.form.DocumentPolicy;
import meridian.domain.kyc.form.FormValidator;
import meridian.domain.kyc.news.NewsItem;
import meridian.domain.kyc.screening.ScreeningThresholds;
import meridian.domain.kyc.screening.WatchListCsv;
import meridian.domain.kyc.screening.WatchListEntry;
import meridian.read.common.TaggedProjections;
import meridian.read.kyc.KycMonitoringHandler;
import meridian.read.kyc.KycMonitoringRepository;
import meridian.read.kyc.KycRepository;
import meridian.read.kyc.KycViewHandler;
import meridian.write.kyc.ApprovalSealer;
import meridian.write.kyc.CassandraCaseKeyStore;
import meridian.write.kyc.KycCaseEntity;
import meridian.write.kyc.KycMonitoringEntity;
import meridian.write.kyc.KycScreening;
import meridian.write.kyc.TenantKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * KYC onboarding (issue 3): the case entity with its screening, seal and case keys; the view projection; the routes.
 * Configured by {@code meridian.kyc} ({@link KycSettings}).
 */
public final class KycArea implements MeridianArea {

    private static final Logger LOG = LoggerFactory.getLogger(KycArea.class);

    private KycSettings settings;
    private KycCaseEntity.Services services;

    @Override
    public void start(NodeContext context) {
        settings = KycSettings.from(context.config());
        SecureRandom random = new SecureRandom();
        TenantKeys tenantKeys = new TenantKeys(settings.keyDir().resolve("tenants"), settings.tenantKeys(), random);
        CassandraCaseKeyStore keys = new CassandraCaseKeyStore(context.session(), context.viewsKeyspace(), tenantKeys, random,
                context.askTimeout());
        ApprovalSealer sealer = ApprovalSealer.loadOrCreate(settings.sealPrivateKey(), settings.sealPublicKey());
        DocumentPolicy documents = new DocumentPolicy(settings.maxDocumentBytes());
        KycMonitoringRepository monitoring = new KycMonitoringRepository(context.session(), context.viewsKeyspace());
        services = new KycCaseEntity.Services(new KycDecider(new FormValidator(documents), documents),
                screening(settings, monitoring), sealer, keys, context.clock(), random);
        KycCaseEntity.init(context.system(), services);
        KycMonitoringEntity.init(context.system());
        if (context.hasRole("read")) {
            TaggedProjections.start(context.system(), KycViewHandler.PROJECTION, KycCaseEntity.TAGS.all(),
                    () -> new KycViewHandler(context.session(), context.viewsKeyspace(), keys, random));
            KycRescreenTrigger trigger = new KycRescreenTrigger(context.system(),
                    new KycRepository(context.session(), context.viewsKeyspace()));
            TaggedProjections.start(context.system(), KycMonitoringHandler.PROJECTION, KycMonitoringEntity.TAGS.all(),
                    () -> new KycMonitoringHandler(context.session(), context.viewsKeyspace(), trigger));
        }
        LOG.info("KYC: case keys in Cassandra, wrapped by the tenant keys of {}, seal key {} ({}), review order {}", settings.keyDir().resolve("tenants"), sealer.keyId(),
                settings.sealPublicKey(), settings.reviewSequence());
    }

    @Override
    public ApiModule api(NodeContext context) {
        return new KycRoutes(context, settings, services, new KycRepository(context.session(), context.viewsKeyspace()),
                new KycDocumentStore(context.session(), context.viewsKeyspace()),
                new KycMonitoringRoutes(context, new KycMonitoringRepository(context.session(), context.viewsKeyspace())));
    }

    /** The configured base list and feed, with each tenant's monitored loads on top ({@link MonitoredScreening}). */
    static KycScreening screening(KycSettings settings, KycMonitoringRepository monitoring) {
        List<WatchListEntry> entries = watchList(settings.watchList());
        long started = System.nanoTime();
        List<NewsItem> feed = newsFeed(settings.newsFeed());
        MonitoredScreening screening = new MonitoredScreening(entries, feed,
                new ScreeningThresholds(settings.blockThreshold(), settings.reviewThreshold()), monitoring,
                ForkJoinPool.commonPool());
        LOG.info("KYC screening: {} base watch-list entries indexed in {} ms ({}), {} news items, thresholds block {} review {}",
                entries.size(), (System.nanoTime() - started) / 1_000_000,
                settings.watchList().isBlank() ? "the FICTITIOUS demo list" : settings.watchList(), feed.size(),
                settings.blockThreshold(), settings.reviewThreshold());
        return new KycScreening(screening);
    }

    private static List<WatchListEntry> watchList(String file) {
        if (file.isBlank()) {
            return WatchListCsv.demo();
        }
        Path path = Path.of(file);
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return WatchListCsv.read(reader, path.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the KYC watch list " + path, e);
        }
    }

    /** A JSON array of {@code {"id", "title", "body", "publishedOn": "yyyy-MM-dd", "source"}}. */
    private static List<NewsItem> newsFeed(String file) {
        if (file.isBlank()) {
            return List.of();
        }
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            return List.copyOf(mapper.readValue(Path.of(file).toFile(), new TypeReference<List<NewsItem>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the KYC news feed " + file, e);
        }
    }
}
