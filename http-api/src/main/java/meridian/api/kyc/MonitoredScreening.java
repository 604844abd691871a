package meridian.api.kyc;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import meridian.domain.kyc.caseflow.KycAssessor;
import meridian.domain.kyc.monitoring.MonitoredLists;
import meridian.domain.kyc.news.NewsItem;
import meridian.domain.kyc.screening.NameNormalizer;
import meridian.domain.kyc.screening.NameScreener;
import meridian.domain.kyc.screening.ScreeningIndex;
import meridian.domain.kyc.screening.ScreeningThresholds;
import meridian.domain.kyc.screening.WatchListEntry;
import meridian.read.kyc.KycMonitoringRepository;
import meridian.write.kyc.KycScreening;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The screening inputs of each tenant on this node: the configured base list and feed until the tenant loads its own
 * lists or news, then those combined ({@link MonitoredLists}). Each screening reads the tenant's monitoring version from
 * Cassandra; the index is rebuilt only when the version moved, so every node screens against what was last stored.
 */
final class MonitoredScreening implements Function<String, CompletionStage<KycScreening.Inputs>> {

    private static final Logger LOG = LoggerFactory.getLogger(MonitoredScreening.class);

    private record Cached(long version, KycScreening.Inputs inputs) {
    }

    private final List<WatchListEntry> baseEntries;
    private final List<NewsItem> baseNews;
    private final ScreeningThresholds thresholds;
    private final KycMonitoringRepository repository;
    private final Executor indexing;
    private final KycScreening.Inputs base;
    private final Map<String, Cached> tenants = new ConcurrentHashMap<>();

    MonitoredScreening(List<WatchListEntry> baseEntries, List<NewsItem> baseNews, ScreeningThresholds thresholds,
            KycMonitoringRepository repository, Executor indexing) {
        this.baseEntries = List.copyOf(baseEntries);
        this.baseNews = List.copyOf(baseNews);
        this.thresholds = thresholds;
        this.repository = repository;
        this.indexing = indexing;
        this.base = inputs(baseEntries, baseNews);
    }

    @Override
    public CompletionStage<KycScreening.Inputs> apply(String tenant) {
        return repository.status(tenant).thenCompose(status -> {
            if (status.version() == 0) {
                return CompletableFuture.completedFuture(base);
            }
            Cached cached = tenants.get(tenant);
            if (cached != null && cached.version() == status.version()) {
                return CompletableFuture.completedFuture(cached.inputs());
            }
            return load(tenant, status.version());
        });
    }

    private CompletionStage<KycScreening.Inputs> load(String tenant, long version) {
        CompletableFuture<java.util.Set<String>> replaced = repository.replacedLists(tenant).toCompletableFuture();
        CompletableFuture<List<WatchListEntry>> entries = repository.entries(tenant).toCompletableFuture();
        CompletableFuture<List<NewsItem>> news = repository.news(tenant).toCompletableFuture();
        return CompletableFuture.allOf(replaced, entries, news).thenApplyAsync(done -> {
            long started = System.nanoTime();
            MonitoredLists lists = MonitoredLists.combine(version, baseEntries, baseNews, replaced.join(), entries.join(),
                    news.join());
            KycScreening.Inputs inputs = inputs(lists.entries(), lists.news());
            tenants.put(tenant, new Cached(version, inputs));
            LOG.info("KYC screening of {} at monitoring version {}: {} watch-list entries indexed in {} ms, {} news items",
                    tenant, version, lists.entries().size(), (System.nanoTime() - started) / 1_000_000, lists.news().size());
            return inputs;
        }, indexing);
    }

    private KycScreening.Inputs inputs(List<WatchListEntry> entries, List<NewsItem> news) {
        NameScreener screener = new NameScreener(ScreeningIndex.build(entries, NameNormalizer.standard()), thresholds);
        return new KycScreening.Inputs(KycAssessor.standard(screener), List.copyOf(news));
    }
}
