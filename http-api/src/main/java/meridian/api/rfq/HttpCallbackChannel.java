package meridian.api.rfq;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import meridian.api.http.Json;
import meridian.domain.rfq.chat.WebhookSignature;

/**
 * POSTs each chat reply as JSON ({@code groupId, rfqId, kind, text}) to the chat gateway's callback URL, signed like
 * the gateway signs its webhook ({@code X-Meridian-Signature: sha256=<hex>}). A non-2xx answer fails the send, so the
 * RFQ retries it.
 */
public final class HttpCallbackChannel implements QuoteChannel {

    public static final String SIGNATURE_HEADER = "X-Meridian-Signature";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final URI url;
    private final WebhookSignature signature;

    public HttpCallbackChannel(URI url, WebhookSignature signature) {
        this.url = url;
        this.signature = signature;
    }

    @Override
    public CompletionStage<Void> send(Outbound message) {
        byte[] body = Json.write(message).getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json").header(SIGNATURE_HEADER, signature.sign(body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenAccept(response -> {
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("the chat callback " + url + " answered " + response.statusCode());
            }
        });
    }
}
