package meridian.deploy.cassandra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the cassandra.yaml and logback.xml a single development node needs. */
final class CassandraConfigFiles {

    private CassandraConfigFiles() {
    }

    static Path writeYaml(CassandraSettings s) throws IOException {
        Path data = s.dataDir();
        String yaml = """
                cluster_name: meridian
                num_tokens: 16
                partitioner: org.apache.cassandra.dht.Murmur3Partitioner
                endpoint_snitch: SimpleSnitch
                commitlog_sync: periodic
                commitlog_sync_period: 10000ms
                seed_provider:
                  - class_name: org.apache.cassandra.locator.SimpleSeedProvider
                    parameters:
                      - seeds: "%1$s:%2$d"
                listen_address: %1$s
                rpc_address: %1$s
                storage_port: %2$d
                native_transport_port: %3$d
                start_native_transport: true
                memtable_heap_space: 64MiB
                memtable_offheap_space: 64MiB
                data_file_directories:
                  - %4$s
                commitlog_directory: %5$s
                saved_caches_directory: %6$s
                hints_directory: %7$s
                cdc_raw_directory: %8$s
                authenticator: AllowAllAuthenticator
                authorizer: AllowAllAuthorizer
                """.formatted(s.host(), s.storagePort(), s.cqlPort(),
                data.resolve("data"), data.resolve("commitlog"), data.resolve("saved_caches"),
                data.resolve("hints"), data.resolve("cdc_raw"));
        Files.createDirectories(s.configDir());
        Path file = s.configDir().resolve("cassandra.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    static Path writeLogback(CassandraSettings s) throws IOException {
        String xml = """
                <configuration>
                  <appender name="FILE" class="ch.qos.logback.core.rolling.RollingFileAppender">
                    <file>%1$s/system.log</file>
                    <rollingPolicy class="ch.qos.logback.core.rolling.FixedWindowRollingPolicy">
                      <fileNamePattern>%1$s/system.log.%%i.zip</fileNamePattern>
                      <minIndex>1</minIndex><maxIndex>5</maxIndex>
                    </rollingPolicy>
                    <triggeringPolicy class="ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy">
                      <maxFileSize>20MB</maxFileSize>
                    </triggeringPolicy>
                    <encoder><pattern>%%-5level [%%thread] %%date{ISO8601} %%F:%%L - %%msg%%n</pattern></encoder>
                  </appender>
                  <root level="INFO"><appender-ref ref="FILE"/></root>
                </configuration>
                """.formatted(s.logDir());
        Files.createDirectories(s.configDir());
        Path file = s.configDir().resolve("logback.xml");
        Files.writeString(file, xml);
        return file;
    }
}
