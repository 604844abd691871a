package meridian.deploy.cassandra;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The java command line for a Cassandra 5.0 daemon on JDK 17 (flags from Cassandra's jvm17-server.options). */
final class CassandraCommandLine {

    private static final List<String> ADD_EXPORTS = List.of(
            "java.base/jdk.internal.misc", "java.management.rmi/com.sun.jmx.remote.internal.rmi",
            "java.rmi/sun.rmi.registry", "java.rmi/sun.rmi.server", "java.sql/java.sql",
            "java.base/java.lang.ref", "jdk.unsupported/sun.misc", "jdk.compiler/com.sun.tools.javac.file",
            "jdk.attach/sun.tools.attach");

    private static final List<String> ADD_OPENS = List.of(
            "java.base/java.lang.module", "java.base/jdk.internal.loader", "java.base/jdk.internal.ref",
            "java.base/jdk.internal.reflect", "java.base/jdk.internal.math", "java.base/jdk.internal.module",
            "java.base/jdk.internal.util.jar", "jdk.management/com.sun.management.internal",
            "java.base/sun.nio.ch", "java.base/java.io", "java.base/java.lang.reflect",
            "jdk.compiler/com.sun.tools.javac", "java.base/java.lang", "java.base/java.util");

    private CassandraCommandLine() {
    }

    static List<String> build(CassandraSettings s, Path yaml, Path logback) {
        return build(s, yaml, logback, Runtime.getRuntime().availableProcessors());
    }

    static List<String> build(CassandraSettings s, Path yaml, Path logback, int processors) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaExecutable());
        cmd.add("-Xms" + s.heapInitial());
        cmd.add("-Xmx" + s.heapMax());
        cmd.add("-XX:+UseG1GC");
        cmd.add("-XX:MaxGCPauseMillis=300");
        cmd.add("-XX:+ParallelRefProcEnabled");
        cmd.add("-Xss256k");
        if (processors <= 2) {
            // Under RFQ load on two cores, C2 compiled for 9 s of the first 50 msg/s minute and 16 s over the first
            // three, on the cores the requests needed; with C1 alone Cassandra used about a third less CPU in that
            // first minute (10 against 15 s).
            cmd.add("-XX:TieredStopAtLevel=1");
        }
        cmd.add("-javaagent:" + s.jammJar());
        cmd.add("-Dcassandra.config=" + yaml.toUri());
        cmd.add("-Dcassandra.storagedir=" + s.dataDir());
        cmd.add("-Dcassandra.logdir=" + s.logDir());
        cmd.add("-Dcassandra-foreground=yes");
        cmd.add("-Dcassandra.jmx.local.port=" + s.jmxPort());
        cmd.add("-Dlogback.configurationFile=" + logback);
        cmd.add("-Djava.net.preferIPv4Stack=true");
        cmd.add("-Djdk.attach.allowAttachSelf=true");
        cmd.add("-Dcassandra.skip_wait_for_gossip_to_settle=0");
        ADD_EXPORTS.forEach(e -> cmd.add("--add-exports=" + e + "=ALL-UNNAMED"));
        ADD_OPENS.forEach(o -> cmd.add("--add-opens=" + o + "=ALL-UNNAMED"));
        cmd.add("-cp");
        cmd.add(s.libDir() + "/*");
        cmd.add("org.apache.cassandra.service.CassandraDaemon");
        return cmd;
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .filter(c -> c.endsWith("/java"))
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
