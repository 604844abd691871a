package meridian.domain.kyc.bench;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import meridian.domain.kyc.screening.EntryKind;
import meridian.domain.kyc.screening.ListCategory;
import meridian.domain.kyc.screening.NameScreener;
import meridian.domain.kyc.screening.ScreeningHit;
import meridian.domain.kyc.screening.WatchListEntry;

/**
 * Screening throughput against a generated 100,000-entry watch list (half Chinese, half Latin names, a third with an
 * alias), on one thread: indexed screening against the full-scan baseline, per name. {@code bin/meridian kyc-bench}
 * runs it (and measures submit-to-screened through a running Meridian).
 */
public final class ScreeningBenchmark {
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛";
    private static final String GIVEN = "伟明建国志强华芳丽军平斌海涛红梅兰晓东文立新宏波鹏辉杰琳静敏秀英玉凤德昆栋远航宁泽霖琪瑶睿博浩宇轩然嘉豪俊熙思彤雨涵子墨梓萱春秋冬雪云飞龙凯旭阳光";
    private static final String WORDS = "华信恒达鑫盛泰瑞丰汇通金银宏远东方南北中联创新天地嘉德长江万隆安康永福海洋星辰龙腾云锦源诚兴盈富";
    private static final String[] PLACES = {"北京", "上海", "深圳", "广州", "福州", "杭州", "南京", "成都", "武汉", "天津", "香港", ""};
    private static final String[] TRADES = {"贸易", "科技", "投资", "能源", "航运", "物流", "矿业", "化工", "电子", "置业", "资产管理"};
    private static final String[] SYLLABLES = {"al", "an", "ar", "ba", "be", "bo", "da", "de", "di", "el", "er", "fa", "ga", "ha",
        "he", "in", "ka", "ki", "ko", "la", "li", "lo", "ma", "me", "mi", "mo", "na", "ne", "ni", "no", "or", "pa", "ra", "re",
        "ri", "ro", "sa", "se", "si", "so", "ta", "te", "ti", "to", "va", "vi", "za", "zo", "ch", "sh", "ov", "ev", "in", "um"};
    private static final String[] LATIN_TRADES = {"Trading", "Shipping", "Holdings", "Capital", "Energy", "Logistics", "Mining",
        "Petroleum", "Maritime", "Industries"};
    private static final String[] LATIN_SUFFIXES = {"LLC", "Ltd", "SA", "JSC", "FZE", "GmbH", "Inc", "Limited"};

    /** Queries per script compared with a full scan (a scan takes about 70 ms per name). */
    private static final int RECALL_QUERIES = 200;

    private final SplittableRandom random = new SplittableRandom(20260302);

    public static void main(String[] args) {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        new ScreeningBenchmark().run(entries, System.out);
    }

    public void run(int size, PrintStream out) {
        List<WatchListEntry> list = generate(size);
        long buildStart = System.nanoTime();
        NameScreener screener = NameScreener.of(list);
        double buildMs = (System.nanoTime() - buildStart) / 1e6;

        List<String> chineseSources = new ArrayList<>();
        List<String> latinSources = new ArrayList<>();
        List<String> chinese = queries(list, true, 2_000, chineseSources);
        List<String> latin = queries(list, false, 2_000, latinSources);
        for (int i = 0; i < 500; i++) {
            screener.screen(chinese.get(i));
            screener.screen(latin.get(i));
        }
        double[] cn = time(screener, chinese, false);
        double[] la = time(screener, latin, false);
        double[] cnScan = time(screener, chinese.subList(0, 40), true);
        double[] laScan = time(screener, latin.subList(0, 40), true);
        double[] cnAgree = agreement(screener, chinese.subList(0, RECALL_QUERIES));
        double[] laAgree = agreement(screener, latin.subList(0, RECALL_QUERIES));

        out.printf("Changed list names found by the index (score >= review): Chinese %.1f%%, Latin %.1f%%%n",
                100 * sourceRecall(screener, chinese, chineseSources, false),
                100 * sourceRecall(screener, latin, latinSources, false));
        out.printf("Changed list names found by a full scan (the score's own limit, first %d queries): Chinese %.1f%%, Latin %.1f%%%n",
                RECALL_QUERIES, 100 * sourceRecall(screener, chinese.subList(0, RECALL_QUERIES), chineseSources, true),
                100 * sourceRecall(screener, latin.subList(0, RECALL_QUERIES), latinSources, true));
        out.printf("Index recall vs full scan (hits >= review on %d queries per script): Chinese %.2f%% (%,.0f of %,.0f), "
                + "Latin %.2f%% (%,.0f of %,.0f)%n", RECALL_QUERIES, 100 * cnAgree[0] / Math.max(1, cnAgree[1]), cnAgree[0],
                cnAgree[1], 100 * laAgree[0] / Math.max(1, laAgree[1]), laAgree[0], laAgree[1]);
        out.printf("Screening benchmark: %,d list entries (%,d indexed names), index built in %.0f ms, one thread%n",
                list.size(), screener.index().nameCount(), buildMs);
        out.println("| workload                            | names | mean ms | p50 ms | p95 ms | p99 ms | hit recall vs scan |");
        out.println("|-------------------------------------|------:|--------:|-------:|-------:|-------:|-------------------:|");
        row(out, "Chinese names, indexed", cn, "");
        row(out, "Latin names, indexed", la, "");
        row(out, "Chinese names, full scan (baseline)", cnScan, String.format("%.2f%%", 100 * cnAgree[0] / Math.max(1, cnAgree[1])));
        row(out, "Latin names, full scan (baseline)", laScan, String.format("%.2f%%", 100 * laAgree[0] / Math.max(1, laAgree[1])));
    }

    private static void row(PrintStream out, String label, double[] ms, String agreement) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(ms).average().orElse(0);
        out.printf("| %-35s | %5d | %7.3f | %6.3f | %6.3f | %6.3f | %18s |%n", label, ms.length, mean,
                pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99), agreement);
    }

    private static double pct(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double[] time(NameScreener screener, List<String> names, boolean scan) {
        double[] ms = new double[names.size()];
        int sink = 0;
        for (int i = 0; i < names.size(); i++) {
            long t = System.nanoTime();
            List<ScreeningHit> hits = scan ? screener.screenByScan(names.get(i)) : screener.screen(names.get(i));
            ms[i] = (System.nanoTime() - t) / 1e6;
            sink += hits.size();
        }
        if (sink < 0) {
            throw new AssertionError();
        }
        return ms;
    }

    /** Of the hits a full scan finds, how many the index finds too, and how many there are (hit-level recall). */
    private static double[] agreement(NameScreener screener, List<String> names) {
        int found = 0;
        int total = 0;
        for (String name : names) {
            List<String> indexed = screener.screen(name).stream().map(h -> h.entry().id()).toList();
            for (ScreeningHit hit : screener.screenByScan(name)) {
                total++;
                if (indexed.contains(hit.entry().id())) {
                    found++;
                }
            }
        }
        return new double[] {found, total};
    }

    /** Of the queries made by changing a list name, the share whose source entry is among the hits. */
    private static double sourceRecall(NameScreener screener, List<String> names, List<String> sources, boolean scan) {
        int found = 0;
        int total = 0;
        for (int i = 0; i < names.size(); i++) {
            if (sources.get(i) == null) {
                continue;
            }
            total++;
            String source = sources.get(i);
            List<ScreeningHit> hits = scan ? screener.screenByScan(names.get(i)) : screener.screen(names.get(i));
            if (hits.stream().anyMatch(h -> h.entry().id().equals(source))) {
                found++;
            }
        }
        return found / (double) total;
    }

    /**
     * Half are list names with one change (typo, traditional form, order, legal form), half are fresh names; each query's
     * source entry id goes to {@code sources} (null for a fresh name).
     */
    public List<String> queries(List<WatchListEntry> list, boolean chinese, int count, List<String> sources) {
        List<String> queries = new ArrayList<>();
        while (queries.size() < count) {
            if (queries.size() % 2 == 0) {
                WatchListEntry entry = list.get(random.nextInt(list.size()));
                boolean isChinese = entry.name().codePoints().anyMatch(cp -> cp > 0x2E80);
                if (isChinese != chinese) {
                    continue;
                }
                queries.add(chinese ? typoChinese(entry.name()) : typoLatin(entry.name()));
                sources.add(entry.id());
            } else {
                queries.add(chinese ? chineseName(random.nextBoolean()) : latinName(random.nextBoolean()));
                sources.add(null);
            }
        }
        return queries;
    }

    private String typoChinese(String name) {
        int at = 1 + random.nextInt(Math.max(1, Math.min(name.length(), 6) - 1));
        return name.substring(0, at) + GIVEN.charAt(random.nextInt(GIVEN.length())) + name.substring(Math.min(name.length(), at + 1));
    }

    private String typoLatin(String name) {
        String[] tokens = name.split(" ");
        int t = random.nextInt(tokens.length);
        if (tokens[t].length() > 3) {
            int p = 1 + random.nextInt(tokens[t].length() - 2);
            tokens[t] = tokens[t].substring(0, p) + "e" + tokens[t].substring(p + 1);
        }
        if (random.nextBoolean() && tokens.length > 1) {
            String first = tokens[0];
            tokens[0] = tokens[tokens.length - 1];
            tokens[tokens.length - 1] = first;
        }
        return String.join(" ", tokens);
    }

    /** A watch list of {@code size} generated entries: half Chinese, half Latin names, a third with an alias. */
    public List<WatchListEntry> generate(int size) {
        List<WatchListEntry> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            boolean chinese = i % 2 == 0;
            boolean person = random.nextInt(3) > 0;
            String name = chinese ? chineseName(person) : latinName(person);
            List<String> aliases = random.nextInt(3) == 0 ? List.of(chinese ? chineseName(person) : latinName(person)) : List.of();
            list.add(new WatchListEntry("GEN-" + i, "GENERATED", ListCategory.values()[random.nextInt(3)],
                    person ? EntryKind.PERSON : EntryKind.ORGANISATION, name, aliases, "XX", "GEN", LocalDate.of(2025, 1, 1)));
        }
        return list;
    }

    private String chineseName(boolean person) {
        StringBuilder name = new StringBuilder();
        if (person) {
            name.append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
            int given = random.nextInt(4) == 0 ? 1 : 2;
            for (int i = 0; i < given; i++) {
                name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
            }
            return name.toString();
        }
        name.append(PLACES[random.nextInt(PLACES.length)]);
        int words = 2 + random.nextInt(3);
        for (int i = 0; i < words; i++) {
            name.append(WORDS.charAt(random.nextInt(WORDS.length())));
        }
        return name.append(TRADES[random.nextInt(TRADES.length)]).append("有限公司").toString();
    }

    private String latinName(boolean person) {
        if (person) {
            int tokens = 2 + random.nextInt(2);
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < tokens; i++) {
                parts.add(word(2 + random.nextInt(2)));
            }
            return String.join(" ", parts);
        }
        return word(2 + random.nextInt(2)) + " " + (random.nextBoolean() ? word(2) + " " : "")
                + LATIN_TRADES[random.nextInt(LATIN_TRADES.length)] + " " + LATIN_SUFFIXES[random.nextInt(LATIN_SUFFIXES.length)];
    }

    private String word(int syllables) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
