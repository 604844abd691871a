package meridian.pricing.gpu;

import meridian.pricing.book.batch.BookBatch;
import meridian.pricing.book.batch.LegSums;

/**
 * The launch shape of the book_mc kernel: blocks of {@link #THREADS} threads, one block row per contract, each thread
 * a run of pairs; contracts go in chunks of at most {@link #MAX_CONTRACTS} per launch so the partial sums stay small.
 */
record BookKernelLaunch(long pairs, int pairsPerThread, int pathBlocks) {
    static final int THREADS = 64;
    static final int MAX_CONTRACTS = 8192;
    static final int MAX_GRID_Y = 65_535;
    private static final int PATH_DOUBLES = 4;
    private static final int PATH_INTS = 2;

    static BookKernelLaunch of(int paths) {
        long pairs = (paths + 1L) / 2;
        int perThread = 8;
        while (blocks(pairs, perThread) > MAX_GRID_Y) {
            perThread *= 2;
        }
        return new BookKernelLaunch(pairs, perThread, (int) blocks(pairs, perThread));
    }

    private static long blocks(long pairs, int perThread) {
        long units = (pairs + perThread - 1) / perThread;
        return (units + THREADS - 1) / THREADS;
    }

    /** Dynamic shared memory: each thread's Welford sums and the two paths of each leg (see book_mc.cu). */
    static int sharedBytes() {
        return THREADS * BookBatch.LEGS * ((LegSums.WIDTH + PATH_DOUBLES) * Double.BYTES + PATH_INTS * Integer.BYTES);
    }

    /** Doubles of partial sums one launch of {@code contracts} writes. */
    long partialDoubles(int contracts) {
        return (long) contracts * pathBlocks * BookBatch.LEGS * LegSums.WIDTH;
    }
}
