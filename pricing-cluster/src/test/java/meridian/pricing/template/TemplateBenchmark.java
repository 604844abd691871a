package meridian.pricing.template;

import com.fasterxml.jackson.databind.ObjectMapper;
import meridian.domain.pricing.Observation;
import meridian.domain.pricing.OptionType;
import meridian.domain.pricing.calendar.CalendarId;
import meridian.domain.pricing.calendar.TradingCalendars;
import meridian.domain.pricing.market.MarketData;
import meridian.domain.pricing.product.ContractTerms;
import meridian.domain.pricing.product.Phoenix;
import meridian.domain.pricing.product.Product;
import meridian.domain.pricing.product.ResolvedProduct;
import meridian.domain.pricing.product.Sharkfin;
import meridian.domain.pricing.product.Snowball;
import meridian.domain.template.MarketInputs;
import meridian.domain.template.ResolvedTemplate;
import meridian.pricing.PricingResult;
import meridian.pricing.mc.McPricer;
import meridian.pricing.mc.MonteCarloEngine;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Not a test: the built-in SNOWBALL, PHOENIX and SHARKFIN priced by Monte Carlo through their templates (the
 * interpreter) and, as the baseline in the same run, by the built-in Java payoffs, on the same engine, paths and seed.
 * Run: {@code mvn -B -o -q -pl core-domain,pricing-cluster -am test-compile -Pbench-templates}
 * (arguments: {@code -Dexec.args="PATHS SECONDS_PER_CELL"}, default 100000 and 2).
 */
public final class TemplateBenchmark {
    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    public static void main(String[] args) throws Exception {
        int paths = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 2.0;
        run(System.out, paths, seconds);
    }

    private interface Pricing {
        double pv();
    }

    static void run(PrintStream out, int paths, double seconds) throws Exception {
        MonteCarloEngine engine = new MonteCarloEngine();
        TemplateMonteCarloPricer templates = new TemplateMonteCarloPricer(engine);
        MarketData market = new MarketData(START, 100.0, 100.0, 0.25, 0.02, 0.0);
        MarketInputs inputs = new MarketInputs(START, 100.0, 100.0, 0.25, 0.02, 0.0);
        ContractTerms terms = new ContractTerms("000300.SH", BigDecimal.valueOf(1_000_000), START, null, 12);
        Object[][] products = {
                {"snowball", "{\"notional\": 1000000, \"startDate\": \"2026-01-05\", \"tenorMonths\": 12,"
                        + " \"knockOutPct\": 103, \"knockInPct\": 80, \"couponPct\": 15}",
                        new Snowball(terms, 103.0, 80.0, 15.0, 0, null)},
                {"phoenix", "{\"notional\": 1000000, \"startDate\": \"2026-01-05\", \"tenorMonths\": 12,"
                        + " \"knockOutPct\": 103, \"knockInPct\": 80, \"couponBarrierPct\": 80, \"couponPct\": 12}",
                        new Phoenix(terms, 103.0, 80.0, 12.0, 80.0, 0)},
                {"sharkfin", "{\"notional\": 1000000, \"startDate\": \"2026-01-05\", \"tenorMonths\": 12, \"optionType\": \"CALL\","
                        + " \"strikePct\": 100, \"barrierPct\": 120, \"participationPct\": 80, \"rebatePct\": 2, \"observation\": \"DAILY\"}",
                        new Sharkfin(terms, OptionType.CALL, 100.0, 120.0, 80.0, 2.0, Observation.DAILY)}};
        out.printf("Monte Carlo, %d paths, seed 1, CN_SSE, %d cores%n", paths, Runtime.getRuntime().availableProcessors());
        out.println("| structure | steps | built-in pv | template pv | built-in prices/s | template prices/s | template / built-in time |");
        out.println("|---|---|---|---|---|---|---|");
        for (Object[] product : products) {
            ResolvedTemplate template = Templates.builtIn((String) product[0]).resolve(new ObjectMapper().readTree((String) product[1]),
                    inputs, TemplateMonteCarloPricer.contractCalendar("CN_SSE"), "terms");
            ResolvedProduct resolved = ((Product) product[2]).resolve(TradingCalendars.of(CalendarId.CN_SSE));
            McPricer builtIn = new McPricer(engine, paths, 1);
            Pricing viaBuiltIn = () -> {
                PricingResult r = builtIn.price(resolved, market);
                return r.pv();
            };
            Pricing viaTemplate = () -> templates.price(template, paths, 1).pv();
            double builtInRate = rate(viaBuiltIn, seconds);
            double templateRate = rate(viaTemplate, seconds);
            out.printf("| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f |%n", product[0], template.observationCount(),
                    viaBuiltIn.pv(), viaTemplate.pv(), builtInRate, templateRate, builtInRate / templateRate);
        }
    }

    /** Prices per second over about {@code seconds}, after one warm-up call. */
    private static double rate(Pricing pricing, double seconds) {
        pricing.pv();
        long start = System.nanoTime();
        int count = 0;
        do {
            pricing.pv();
            count++;
        } while (System.nanoTime() - start < seconds * 1e9);
        return count / ((System.nanoTime() - start) / 1e9);
    }
}
