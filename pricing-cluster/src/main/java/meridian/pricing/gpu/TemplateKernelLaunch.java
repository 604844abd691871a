package meridian.pricing.gpu;

/** The launch shape of template_mc: a row of blocks of {@link #THREADS} threads, each thread a run of pairs. */
record TemplateKernelLaunch(long pairs, int pairsPerThread, int blocks) {
    static final int THREADS = 64;
    static final int PAIRS_PER_THREAD = 8;

    static TemplateKernelLaunch of(int paths) {
        long pairs = (paths + 1L) / 2;
        long units = (pairs + PAIRS_PER_THREAD - 1) / PAIRS_PER_THREAD;
        return new TemplateKernelLaunch(pairs, PAIRS_PER_THREAD, (int) ((units + THREADS - 1) / THREADS));
    }

    long threads() {
        return (long) blocks * THREADS;
    }

    static int sharedBytes() {
        return 3 * THREADS * Double.BYTES;
    }
}
