package meridian.pricing.mc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class PhiloxTest {
    private static int[] philox(int c0, int c1, int c2, int c3, int k0, int k1) {
        int[] out = new int[4];
        Philox4x32.generate(c0, c1, c2, c3, k0, k1, out);
        return out;
    }

    @Test
    void matchesRandom123KnownAnswerVectors() {
        assertArrayEquals(new int[] {0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8}, philox(0, 0, 0, 0, 0, 0));
        assertArrayEquals(new int[] {0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd},
                philox(-1, -1, -1, -1, -1, -1));
        assertArrayEquals(new int[] {0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1},
                philox(0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344, 0xa4093822, 0x299f31d0));
    }

    @Test
    void anyNormalCanBeRegeneratedAlone() {
        NormalStream stream = new NormalStream(0x1234_5678_9abcL);
        double[] z = new double[37];
        stream.fill(5_000_000_123L, z, z.length);
        for (int step = 0; step < z.length; step++) {
            assertEquals(z[step], new NormalStream(0x1234_5678_9abcL).normal(5_000_000_123L, step));
        }
        assertNotEquals(z[3], new NormalStream(7L).normal(5_000_000_123L, 3));
    }

    @Test
    void documentedMappingFromCounterToNormal() {
        // PRICING.md: counter (step/2, 0, path lo, path hi), key (seed lo, seed hi), 53-bit uniforms, Box-Muller.
        long seed = 0x0000_0002_0000_0001L;
        int[] w = philox(3, 0, 9, 0, 1, 2);
        double u1 = ((((long) (w[0] >>> 5)) << 26 | (w[1] >>> 6)) + 1.0) / 0x1.0p53;
        double u2 = (((long) (w[2] >>> 5)) << 26 | (w[3] >>> 6)) / 0x1.0p53;
        double r = Math.sqrt(-2 * Math.log(u1));
        NormalStream stream = new NormalStream(seed);
        assertEquals(r * Math.cos(2 * Math.PI * u2), stream.normal(9, 6));
        assertEquals(r * Math.sin(2 * Math.PI * u2), stream.normal(9, 7));
    }

    @Test
    void normalsHaveUnitVarianceAndNoMean() {
        NormalStream stream = new NormalStream(99);
        double[] z = new double[8];
        int n = 0;
        double sum = 0;
        double squares = 0;
        for (long path = 0; path < 25_000; path++) {
            stream.fill(path, z, z.length);
            for (double v : z) {
                sum += v;
                squares += v * v;
                n++;
            }
        }
        assertEquals(0.0, sum / n, 4 / Math.sqrt(n));
        assertEquals(1.0, squares / n, 4 * Math.sqrt(2.0 / n));
    }
}
