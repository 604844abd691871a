package meridian.api;

/**
 * Gives the JVM's common fork-join pool at least two threads, before anything starts it.
 *
 * <p>With one (the default on a 2-core machine) {@code CompletableFuture} runs every async step on a new thread, and
 * the stages Pekko hands to Java ({@code ask}, the Cassandra session) make every {@code thenApply} an async step: at
 * 50 RFQs a second the node started about 50 threads a second and ran quote pricing on them.
 */
final class CommonPoolSize {

    static final String PROPERTY = "java.util.concurrent.ForkJoinPool.common.parallelism";

    private CommonPoolSize() {
    }

    static void atLeastTwo() {
        if (System.getProperty(PROPERTY) == null && Runtime.getRuntime().availableProcessors() <= 2) {
            System.setProperty(PROPERTY, "2");
        }
    }
}
