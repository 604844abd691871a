package meridian.pricing.gpu;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import meridian.domain.abs.Amortization;
import meridian.domain.abs.Loan;
import meridian.domain.abs.Pool;
import meridian.domain.abs.Tranche;
import meridian.domain.pricing.calendar.CalendarId;
import meridian.domain.pricing.market.MarketData;
import meridian.domain.template.CompiledTemplate;
import meridian.domain.template.MarketInputs;
import meridian.domain.template.ResolvedTemplate;
import meridian.domain.template.TemplateJson;
import meridian.domain.template.TradingCalendar;
import meridian.pricing.PricingService;
import meridian.pricing.abs.loss.CpuLossSimulator;
import meridian.pricing.abs.loss.CreditLossModel;
import meridian.pricing.abs.loss.GpuLossSimulator;
import meridian.pricing.abs.loss.LossPortfolio;
import meridian.pricing.book.BookContract;
import meridian.pricing.book.BookRun;
import meridian.pricing.book.ContractRisk;
import meridian.pricing.book.CpuBookEngine;
import meridian.pricing.book.SyntheticBook;
import meridian.pricing.book.batch.BookBatch;
import meridian.pricing.mc.MonteCarloEngine;
import meridian.pricing.template.TemplateMonteCarloPricer;

/**
 * The GPU tests for a GPU machine that has no Maven: each kernel against its CPU engine, one line per check with its
 * timings, exit status 1 when one disagrees, 2 when there is no GPU or no PTX. Book and template: the same paths,
 * within 1e-6 of notional; losses (different streams): expected loss within 4 standard errors.
 * {@code java -cp <jar>:<device-lib>/* meridian.pricing.gpu.GpuCheck}
 */
public final class GpuCheck {
    private GpuCheck() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(System.out));
    }

    static int run(PrintStream out) throws Exception {
        CudaDevice.Probe probe = CudaDevice.probe();
        if (!probe.present()) {
            out.println("no GPU: " + probe.reason());
            return 2;
        }
        out.println("device: " + probe.device().name());
        boolean ok = book(probe.device(), out) & template(probe.device(), out) & losses(probe.device(), out);
        out.println(ok ? "gpu check: all agree" : "gpu check: FAILED");
        return ok ? 0 : 1;
    }

    private static byte[] ptx(String kernel) {
        return PtxResource.load(kernel).orElseThrow(() -> new IllegalStateException("no " + PtxResource.path(kernel)));
    }

    private static boolean book(CudaDevice device, PrintStream out) {
        CpuBookEngine cpu = new CpuBookEngine(new PricingService());
        GpuBookEngine gpu = new GpuBookEngine(device, ptx(GpuBookEngine.KERNEL), cpu);
        List<BookContract> book = SyntheticBook.of(200, 7L);
        Map<String, MarketData> markets = SyntheticBook.markets();
        BookRun run = new BookRun(20_001, 7L, CalendarId.CN_SSE);
        long t0 = System.nanoTime();
        List<ContractRisk> onCpu = cpu.value(book, markets, run);
        long t1 = System.nanoTime();
        List<ContractRisk> onGpu = gpu.value(book, markets, run);
        long t2 = System.nanoTime();
        double worst = 0.0;
        for (int i = 0; i < book.size(); i++) {
            double notional = book.get(i).product().terms().notionalAmount();
            double h = BookBatch.SPOT_BUMP * markets.get(book.get(i).underlying()).spot();
            ContractRisk a = onCpu.get(i);
            ContractRisk b = onGpu.get(i);
            double[] gaps = {a.pv() - b.pv(), (a.greeks().delta() - b.greeks().delta()) * h,
                    (a.greeks().gamma() - b.greeks().gamma()) * h * h, a.greeks().vega() - b.greeks().vega(),
                    a.greeks().theta() - b.greeks().theta(), a.greeks().rho() - b.greeks().rho(),
                    a.stdErr() - b.stdErr()};
            for (double gap : gaps) {
                worst = Math.max(worst, Math.abs(gap) / notional);
            }
        }
        boolean ok = worst <= 1e-6;
        out.printf("book_mc: 200 contracts x 20001 paths, largest difference %.3g of notional, cpu %.2f s, gpu %.3f s: %s%n",
                worst, (t1 - t0) / 1e9, (t2 - t1) / 1e9, ok ? "ok" : "FAILED");
        return ok;
    }

    private static boolean template(CudaDevice device, PrintStream out) throws Exception {
        MarketInputs market = new MarketInputs(LocalDate.of(2026, 1, 5), 100.0, 100.0, 0.25, 0.02, 0.0);
        ResolvedTemplate snowball = CompiledTemplate.compile(TemplateJson.readResource("/meridian/templates/snowball.json"))
                .resolve(new ObjectMapper().readTree("{\"notional\": 1000000, \"startDate\": \"2026-01-05\","
                        + " \"tenorMonths\": 12, \"knockOutPct\": 103, \"knockInPct\": 80, \"couponPct\": 15,"
                        + " \"lockMonths\": 3}"), market, TradingCalendar.WEEKDAYS, "terms");
        GpuTemplatePricer gpu = new GpuTemplatePricer(device, ptx(GpuTemplatePricer.KERNEL));
        long t0 = System.nanoTime();
        TemplateMonteCarloPricer.Result cpu = new TemplateMonteCarloPricer(name -> TradingCalendar.WEEKDAYS,
                new MonteCarloEngine()).price(snowball, 100_000, 20240601L);
        long t1 = System.nanoTime();
        TemplateMonteCarloPricer.Result onGpu = gpu.price(snowball, 100_000, 20240601L);
        long t2 = System.nanoTime();
        double gap = Math.max(Math.abs(cpu.pv() - onGpu.pv()), Math.abs(cpu.stdErr() - onGpu.stdErr())) / 1_000_000;
        boolean ok = gap <= 1e-6 && cpu.paths() == onGpu.paths();
        out.printf("template_mc: snowball template x 100000 paths, pv cpu %.4f gpu %.4f, difference %.3g of notional,"
                + " cpu %.2f s, gpu %.3f s: %s%n", cpu.pv(), onGpu.pv(), gap, (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                ok ? "ok" : "FAILED");
        return ok;
    }

    private static boolean losses(CudaDevice device, PrintStream out) {
        List<Loan> loans = new ArrayList<>();
        String[] ratings = {"BB", "B", "BBB"};
        for (int i = 0; i < 3_000; i++) {
            loans.add(new Loan("L" + i, BigDecimal.valueOf(500 + 10 * (i % 50)), new BigDecimal("6"), 24 + 12 * (i % 3),
                    Amortization.LEVEL_PAY, "O" + i, "Retail", "East", ratings[i % 3]));
        }
        double total = loans.stream().mapToDouble(l -> l.balance().doubleValue()).sum();
        LossPortfolio portfolio = LossPortfolio.of(new Pool(LocalDate.of(2026, 1, 31), loans),
                List.of(new Tranche("A", BigDecimal.valueOf(total * 0.9), BigDecimal.ONE),
                        new Tranche("Sub", BigDecimal.valueOf(total * 0.1), null)));
        CreditLossModel model = new CreditLossModel(0.2, 40, 20);
        int n = 50_000;
        GpuLossSimulator gpu = new GpuLossSimulator(device, ptx(GpuLossSimulator.KERNEL));
        long t0 = System.nanoTime();
        double[] cpu = new CpuLossSimulator(Runtime.getRuntime().availableProcessors()).poolLosses(portfolio, model, n, 3L);
        long t1 = System.nanoTime();
        double[] onGpu = gpu.poolLosses(portfolio, model, n, 3L);
        long t2 = System.nanoTime();
        double error = Math.sqrt(variance(cpu) / n + variance(onGpu) / n);
        double gap = Math.abs(mean(cpu) - mean(onGpu));
        boolean ok = gap <= 4 * error;
        out.printf("loss_mc: 3000 loans x %d scenarios, expected loss cpu %.1f gpu %.1f (%.1f standard errors),"
                + " cpu %.2f s, gpu %.3f s: %s%n", n, mean(cpu), mean(onGpu), gap / error, (t1 - t0) / 1e9,
                (t2 - t1) / 1e9, ok ? "ok" : "FAILED");
        return ok;
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }

    private static double variance(double[] values) {
        double m = mean(values);
        return Arrays.stream(values).map(v -> (v - m) * (v - m)).sum() / (values.length - 1);
    }
}
