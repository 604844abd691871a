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
 * {@code bin/meridian rfq-load --base-url URL --rate N --seconds S --token TRADER_TOKEN --group G [--secret X]}: posts
 * realistic chat messages (the parser's development set: vanillas and snowballs) at N per second for S seconds, then a
 * burst of 20 in one second, and prints p50/p90/p99 of message in → quote priced (pending approval or auto-approved)
 * per structure. Latency = the RFQ's pricedAt (server clock) − the moment the message was posted (same machine).
 * The group must be bound to an approved KYC case, otherwise the RFQs are refused before pricing. Not a test.
 */
public final class RfqLoadCommand {

    record Sent(String kind, String rfqId, Instant at, boolean burst) {
    }

    private RfqLoadCommand() {
    }

    public static int run(String[] args, PrintStream out) throws Exception {
        Map<String, String> o = CliOptions.parse(args, List.of("base-url", "rate", "seconds", "token", "group", "secret", "bot"));
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
        long start = System.nanoTime();
        int total = rate * seconds;
        for (int i = 0; i < total; i++) {
            long due = start + (long) (i * 1e9 / rate);
            sleepUntil(due);
            submit(senders, chat, o.get("group"), run + "-" + i, messages.get(i % messages.size()), false, sent);
        }
        long burstStart = System.nanoTime() + 2_000_000_000L;
        for (int i = 0; i < 20; i++) {
            sleepUntil(burstStart + i * 50_000_000L);
            submit(senders, chat, o.get("group"), run + "-b" + i, messages.get(i % messages.size()), true, sent);
        }
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

    private static void submit(ExecutorService senders, ChatClient chat, String group, String id, String[] message, boolean burst,
                               ConcurrentLinkedQueue<Sent> sent) {
        senders.submit(() -> {
            Instant at = Instant.now();
            try {
                HttpResponse<String> answer = chat.post(group, "load-client", id, message[1]);
                JsonNode body = Json.MAPPER.readTree(answer.body());
                if (answer.statusCode() == 202 && body.hasNonNull("rfqId")) {
                    sent.add(new Sent(message[0], body.get("rfqId").asText(), at, burst));
                } else {
                    System.err.println("rfq-load: " + answer.statusCode() + " " + answer.body());
                }
            } catch (Exception e) {
                System.err.println("rfq-load: " + e);
            }
        });
    }

    /** Polls the trader view until the RFQ has a price (or gives up after 60 s). */
    private static Instant pricedAt(ChatClient chat, String token, String rfqId) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            HttpResponse<String> r = chat.get("/api/v1/rfq/requests/" + rfqId, token);
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
