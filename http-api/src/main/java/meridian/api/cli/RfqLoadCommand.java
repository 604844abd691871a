package meridian.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import meridian.api.http.Json;

/**
 * {@code bin/meridian rfq-load --base-url URL --rate N --seconds S --token TRADER_TOKEN --group G [--warmup W] [--secret X]}:
 * posts realistic chat messages (the parser's development set: vanillas and snowballs). First W seconds (default 10) of
 * warm-up at N per second (20 at most), not measured, as a node just started still runs much of its code interpreted;
 * then, 10 s later, N per second for S seconds; then a burst of 20 in one second. Prints p50/p90/p99 of message in →
 * quote priced (pending approval or auto-approved) per structure. Every measured request is built and signed before
 * the clock starts. Latency = the RFQ's pricedAt (server clock) − the moment the message was posted (same machine).
 * The group must be bound to an approved KYC case, otherwise the RFQs are refused before pricing. Not a test.
 */
public final class RfqLoadCommand {

    record Sent(String kind, String rfqId, Instant at, boolean burst) {
    }

    private RfqLoadCommand() {
    }

    public static int run(String[] args, PrintStream out) throws Exception {
        Map<String, String> o = CliOptions.parse(args, List.of("base-url", "rate", "seconds", "token", "group", "secret", "bot",
                "warmup"));
        for (String required : List.of("base-url", "token", "group")) {
            if (!o.containsKey(required)) {
                System.err.println("rfq-load: --" + required + " is required");
                return 2;
            }
        }
        int rate = Integer.parseInt(o.getOrDefault("rate", "10"));
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "10"));
        PrintStream utf8 = new PrintStream(out, true, StandardCharsets.UTF_8);
        ChatClient chat = new ChatClient(o.get("base-url"), ChatClient.secret(o.get("secret")), o.getOrDefault("bot", "meridian-bot"));
        List<String[]> messages = messages();
        ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
        ExecutorService senders = Executors.newFixedThreadPool(32);
        String run = Long.toString(System.currentTimeMillis(), 36);
        int warmupRate = Math.min(rate, 20);
        int warmup = warmupRate * Integer.parseInt(o.getOrDefault("warmup", "10"));
        List<Message> warming = new ArrayList<>();
        for (int i = 0; i < warmup; i++) {
            warming.add(new Message(chat, o.get("group"), run + "-w" + i, messages.get(i % messages.size()), false));
        }
        if (!warming.isEmpty()) {
            utf8.println("warming up: " + warming.size() + " messages at " + warmupRate + "/s, not measured");
            post(senders, chat, warming, warmupRate, System.nanoTime(), new ConcurrentLinkedQueue<>());
            Thread.sleep(10_000);
        }
        List<Message> steady = new ArrayList<>();
        for (int i = 0; i < rate * seconds; i++) {
            steady.add(new Message(chat, o.get("group"), run + "-" + i, messages.get(i % messages.size()), false));
        }
        List<Message> burst = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            burst.add(new Message(chat, o.get("group"), run + "-b" + i, messages.get(i % messages.size()), true));
        }
        long start = System.nanoTime();
        post(senders, chat, steady, rate, start, sent);
        post(senders, chat, burst, 20, System.nanoTime() + 2_000_000_000L, sent);
        senders.shutdown();
        senders.awaitTermination(60, TimeUnit.SECONDS);
        Map<String, List<Long>> latencies = new TreeMap<>();
        int missing = 0;
        for (Sent s : sent) {
            Instant priced = pricedAt(chat, o.get("token"), s.rfqId());
            if (priced == null) {
                missing++;
                continue;
            }
            long ms = java.time.Duration.between(s.at(), priced).toMillis();
            latencies.computeIfAbsent(s.kind() + (s.burst() ? " (burst 20/s)" : " (" + rate + "/s)"), k -> new ArrayList<>()).add(ms);
        }
        utf8.printf("%-26s %6s %8s %8s %8s %8s%n", "structure (load)", "n", "p50 ms", "p90 ms", "p99 ms", "max ms");
        latencies.forEach((kind, list) -> {
            Collections.sort(list);
            utf8.printf("%-26s %6d %8d %8d %8d %8d%n", kind, list.size(), pct(list, 50), pct(list, 90), pct(list, 99), list.get(list.size() - 1));
        });
        utf8.println("sent " + sent.size() + ", not priced within 60 s: " + missing);
        return missing == 0 ? 0 : 1;
    }

    /** One chat message of the run, its webhook request signed in advance. */
    private record Message(String kind, java.net.http.HttpRequest request, String id, boolean burst) {
        Message(ChatClient chat, String group, String id, String[] message, boolean burst) {
            this(message[0], chat.message(group, "load-client", id, message[1]), id, burst);
        }
    }

    /** Posts the messages at {@code rate} per second from {@code startNanos}, recording each answered RFQ. */
    private static void post(ExecutorService senders, ChatClient chat, List<Message> messages, int rate, long startNanos,
                             ConcurrentLinkedQueue<Sent> sent) throws InterruptedException {
        for (int i = 0; i < messages.size(); i++) {
            sleepUntil(startNanos + (long) (i * 1e9 / rate));
            Message message = messages.get(i);
            senders.submit(() -> {
                Instant at = Instant.now();
                try {
                    HttpResponse<String> answer = chat.send(message.request());
                    JsonNode body = Json.MAPPER.readTree(answer.body());
                    if (answer.statusCode() == 202 && body.hasNonNull("rfqId")) {
                        sent.add(new Sent(message.kind(), body.get("rfqId").asText(), at, message.burst()));
                    } else {
                        System.err.println("rfq-load: " + message.id() + ": " + answer.statusCode() + " " + answer.body());
                    }
                } catch (Exception e) {
                    System.err.println("rfq-load: " + message.id() + ": " + e);
                }
            });
        }
    }

    /** Polls the trader view until the RFQ has a price (or gives up after 60 s). */
    private static Instant pricedAt(ChatClient chat, String token, String rfqId) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            HttpResponse<String> r = chat.get("/api/v1/rfq/requests/" + rfqId, token);
            if (r.statusCode() == 401 || r.statusCode() == 403) {
                throw new IllegalArgumentException("--token is refused by the node (" + r.statusCode() + "): " + r.body());
            }
            if (r.statusCode() == 200) {
                JsonNode view = Json.MAPPER.readTree(r.body()).path("view");
                if (view.hasNonNull("pricedAt")) {
                    return Instant.parse(view.get("pricedAt").asText());
                }
                if (List.of("REFUSED", "IGNORED").contains(view.path("status").asText())) {
                    System.err.println("rfq-load: " + rfqId + " " + view.path("status").asText() + ": " + view.path("outcome").asText());
                    return null;
                }
            }
            Thread.sleep(100);
        }
        return null;
    }

    /** Vanilla-only and snowball messages of the development set, with the bot mentioned. */
    static List<String[]> messages() throws Exception {
        List<String[]> messages = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                RfqLoadCommand.class.getResourceAsStream("/meridian/rfq/load-messages.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode row = Json.MAPPER.readTree(line);
                List<String> structures = new ArrayList<>();
                row.get("legs").forEach(leg -> structures.add(leg.get("structure").asText()));
                if (structures.isEmpty()) {
                    continue;
                }
                if (structures.stream().allMatch("VANILLA"::equals)) {
                    messages.add(new String[] {"VANILLA", row.get("text").asText()});
                } else if (structures.stream().allMatch("SNOWBALL"::equals)) {
                    messages.add(new String[] {"SNOWBALL", row.get("text").asText()});
                }
            }
        }
        return messages;
    }

    private static long pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long wait = nanos - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
