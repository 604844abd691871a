package meridian.api.it;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import meridian.api.auth.JwtKeys;
import meridian.api.auth.Role;
import meridian.api.auth.TokenIssuer;
import meridian.api.node.MeridianConfig;
import meridian.api.node.MeridianNode;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A real Meridian node for one test class: its own keyspaces on the test Cassandra, a free HTTP port, its own
 * signing key. Calls go over real HTTP.
 */
public final class TestNode implements AutoCloseable {

    private final String keyspacePrefix;
    private final JwtKeys keys;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Object> extraConfig;
    private MeridianNode node;

    private TestNode(String keyspacePrefix, JwtKeys keys, Map<String, Object> extraConfig) {
        this.keyspacePrefix = keyspacePrefix;
        this.keys = keys;
        this.extraConfig = extraConfig;
    }

    public static TestNode start(Class<?> testClass) throws Exception {
        return start(testClass, Map.of());
    }

    /** A node with extra configuration (e.g. {@code meridian.rfq.callback-url}, a short risk revaluation interval). */
    public static TestNode start(Class<?> testClass, Map<String, Object> extraConfig) throws Exception {
        String prefix = "it_" + testClass.getSimpleName().toLowerCase().replaceAll("[^a-z0-9]", "");
        Path keyDir = TestCassandra.itDir().resolve("keys");
        TestNode node = new TestNode(prefix, JwtKeys.loadOrCreate(keyDir), extraConfig);
        node.startNode();
        return node;
    }

    public static Path keyDir() {
        return TestCassandra.itDir().resolve("keys");
    }

    /** Starts (again) on the same keyspaces: what a restart after a crash finds. */
    public void startNode() throws Exception {
        Config overrides = ConfigFactory.parseMap(extraConfig).withFallback(ConfigFactory.parseMap(Map.of(
                "meridian.cassandra.keyspace-prefix", keyspacePrefix,
                "meridian.http.port", 0,
                "pekko.remote.artery.canonical.port", freePort(),
                "meridian.ask-timeout", "5s",
                "meridian.data-dir", TestCassandra.itDir().resolve("data-" + keyspacePrefix).toString())));
        Config config = MeridianConfig.load(Map.of(), List.of(TestCassandra.contactPoint()), overrides);
        node = MeridianNode.start(config, keys);
        awaitReady();
    }

    public void stopNode() {
        node.close();
    }

    public List<meridian.api.http.Endpoint> endpoints() {
        return node.endpoints();
    }

    public String keyspacePrefix() {
        return keyspacePrefix;
    }

    public String token(String subject, String tenant, Role... roles) {
        return new TokenIssuer(keys.privateKey().orElseThrow()).issue(subject, Arrays.asList(roles), tenant, Duration.ofHours(1));
    }

    public HttpResponse<String> get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    public HttpResponse<String> send(String method, String path, String token, String json, String... headers) {
        HttpRequest.Builder builder = request(path, token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder.build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int httpPort() {
        return node.httpPort();
    }

    public org.apache.pekko.actor.typed.ActorSystem<Void> system() {
        return node.system();
    }

    public HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.httpPort() + path))
                .timeout(Duration.ofSeconds(30));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    /** Polls a read until the projection has caught up, or fails after {@code timeout}. */
    public HttpResponse<String> eventually(String path, String token, Predicate<HttpResponse<String>> done, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        HttpResponse<String> last = get(path, token);
        while (!done.test(last) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            last = get(path, token);
        }
        return last;
    }

    public void awaitReady() throws InterruptedException {
        HttpResponse<String> ready = eventually("/ready", null, r -> r.statusCode() == 200, Duration.ofSeconds(60));
        if (ready.statusCode() != 200) {
            throw new IllegalStateException("node not ready: " + ready.body());
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        node.close();
    }
}
