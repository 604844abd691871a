package meridian.api.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import meridian.api.http.Json;

/**
 * {@code bin/meridian chat-sim --base-url URL --group G --sender S [--secret X] [--bot ID] [--listen-port P]}: each line
 * on standard input is a chat message from the client (signed, mentioning the bot); the webhook's answer is printed.
 * With {@code --listen-port} it also receives the bot's replies (start the node with MERIDIAN_RFQ_OUTBOUND=http and
 * MERIDIAN_RFQ_CALLBACK_URL=http://127.0.0.1:P/chat) and prints them as they come.
 */
public final class ChatSimCommand {

    private ChatSimCommand() {
    }

    public static int run(String[] args, InputStream stdin, PrintStream out) throws Exception {
        Map<String, String> o;
        try {
            o = CliOptions.parse(args, List.of("base-url", "group", "sender", "secret", "bot", "listen-port"));
            if (!o.containsKey("base-url") || !o.containsKey("group") || !o.containsKey("sender")) {
                throw new IllegalArgumentException("--base-url, --group and --sender are required");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("chat-sim: " + e.getMessage());
            return 2;
        }
        PrintStream utf8 = new PrintStream(out, true, StandardCharsets.UTF_8);
        HttpServer receiver = null;
        if (o.containsKey("listen-port")) {
            receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(o.get("listen-port"))), 0);
            receiver.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                var reply = Json.MAPPER.readTree(body);
                utf8.println("bot> [" + reply.path("kind").asText() + " " + reply.path("rfqId").asText() + "] "
                        + reply.path("text").asText().replace("\n", "\n     "));
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            receiver.start();
            utf8.println("receiving the bot's replies on http://127.0.0.1:" + o.get("listen-port") + "/chat");
        }
        ChatClient chat = new ChatClient(o.get("base-url"), ChatClient.secret(o.get("secret")), o.getOrDefault("bot", "meridian-bot"));
        BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            String id = o.get("sender") + "-" + System.currentTimeMillis() + "-" + (++n);
            HttpResponse<String> answer = chat.post(o.get("group"), o.get("sender"), id, line.strip());
            utf8.println("webhook " + answer.statusCode() + " " + answer.body());
        }
        if (receiver != null) {
            Thread.sleep(2000);
            receiver.stop(0);
        }
        return 0;
    }
}
