package meridian.api.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import meridian.api.http.Json;
import meridian.domain.rfq.chat.WebhookSignature;

/** Plays the chat gateway: signs a message like the gateway does and posts it to Meridian's webhook. */
final class ChatClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final WebhookSignature signature;
    private final String botId;

    ChatClient(String baseUrl, String secret, String botId) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.signature = WebhookSignature.fromText(secret);
        this.botId = botId;
    }

    /** The secret: given, else MERIDIAN_RFQ_WEBHOOK_SECRET, else the one a local node made in its data directory. */
    static String secret(String given) throws IOException {
        if (given != null) {
            return given;
        }
        String env = System.getenv("MERIDIAN_RFQ_WEBHOOK_SECRET");
        if (env != null && !env.isBlank()) {
            return env;
        }
        String dataDir = System.getenv().getOrDefault("MERIDIAN_DATA_DIR", "data");
        return Files.readString(Path.of(dataDir, "keys", "rfq-webhook.secret"), StandardCharsets.UTF_8).strip();
    }

    HttpResponse<String> post(String group, String sender, String messageId, String text) throws IOException, InterruptedException {
        return send(message(group, sender, messageId, text));
    }

    /** The webhook request for one chat message mentioning the bot, signed. */
    HttpRequest message(String group, String sender, String messageId, String text) {
        byte[] body = Json.write(Map.of("groupId", group, "senderId", sender, "messageId", messageId, "text", text,
                "mentions", List.of(botId))).getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/rfq/chat/messages"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .header("X-Meridian-Signature", signature.sign(body)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
