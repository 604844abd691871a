package meridian.pricing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import meridian.pricing.book.BookContract;
import meridian.pricing.book.SyntheticBook;
import org.junit.jupiter.api.Test;

class BenchBookCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return BenchBookCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void valuesTheBookAndEndsWithTheSummaryLine() {
        assertEquals(0, run("--contracts", "40", "--paths", "400", "--engine", "cpu"));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        String last = lines[lines.length - 1];
        assertTrue(last.matches("book: 40 contracts, 400 paths, engine cpu, seconds \\d+\\.\\d{3}"), last);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("SNOWBALL") && text.contains("TOTAL") && text.contains("SYN-000001"), text);
        assertEquals(1, text.lines().filter(l -> l.startsWith("book: ")).count());
    }

    @Test
    void gpuFallsBackToCpuSayingWhyWhereThereIsNone() {
        assertEquals(0, run("--contracts", "5", "--paths", "200", "--engine", "gpu"));
        String text = out.toString(StandardCharsets.UTF_8);
        String first = text.lines().findFirst().orElseThrow();
        String engine = first.startsWith("engine: gpu") ? "gpu" : "cpu";
        if (engine.equals("cpu")) {
            assertTrue(first.startsWith("engine: cpu (CPU fallback: "), first);
        }
        String last = text.strip().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(last.matches("book: 5 contracts, 200 paths, engine " + engine + ", seconds \\d+\\.\\d{3}"), last);
    }

    @Test
    void compareCpuChecksTheEngineAgainstTheCpuOnTheSamePaths() {
        assertEquals(0, run("--contracts", "12", "--paths", "300", "--engine", "gpu", "--compare-cpu", "4"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("compare: 4 contracts against the cpu engine, largest difference "), text);
        assertTrue(text.contains(": agree"), text);
        assertTrue(text.strip().lines().reduce((a, b) -> b).orElseThrow().startsWith("book: 12 contracts"));
    }

    @Test
    void badArgumentsAreRefusedWithUsage() {
        assertEquals(2, run("--contracts", "10", "--paths", "100", "--engine", "tpu"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--engine must be cpu or gpu"));
        assertEquals(2, run("--contracts", "ten", "--paths", "100", "--engine", "cpu"));
        assertEquals(2, run("--paths", "100", "--engine", "cpu"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(BenchBookCli.USAGE));
    }

    @Test
    void syntheticBookIsReproducibleWithTheAskedMix() {
        List<BookContract> book = SyntheticBook.of(2_000, 7);
        assertEquals(book, SyntheticBook.of(2_000, 7));
        Map<String, Long> byType = book.stream()
                .collect(Collectors.groupingBy(c -> c.product().type().name(), Collectors.counting()));
        assertEquals(0.6, byType.get("SNOWBALL") / 2000.0, 0.04);
        assertEquals(0.2, byType.get("SHARKFIN") / 2000.0, 0.03);
        assertEquals(0.2, (byType.get("VANILLA") + byType.get("DIGITAL")) / 2000.0, 0.03);
        assertTrue(book.stream().allMatch(c -> SyntheticBook.markets().containsKey(c.underlying())));
        int shortest = book.stream().mapToInt(c -> c.product().terms().tenorMonths()).min().orElseThrow();
        int longest = book.stream().mapToInt(c -> c.product().terms().tenorMonths()).max().orElseThrow();
        assertEquals(1, shortest);
        assertEquals(24, longest);
    }
}
