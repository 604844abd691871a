package meridian.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import meridian.api.auth.JwtKeys;
import meridian.api.auth.Role;
import meridian.api.auth.TokenIssuer;
import meridian.api.http.Json;
import meridian.domain.kyc.bench.ScreeningBenchmark;

/**
 * {@code meridian kyc-bench [--entries N] [--base-url URL --cases N]}: screening throughput against a generated watch
 * list on one thread, then, with a base URL, submit-to-screened latency through a running Meridian: each case is
 * invited, started, filled, given its documents and submitted; the clock runs from the submit's answer until the
 * reviewers' view shows the case screened. Tokens are signed with the key pair in the node's data directory.
 */
public final class KycBenchCommand {

    private static final Duration SCREENED_WITHIN = Duration.ofSeconds(60);

    private KycBenchCommand() {
    }

    public static int run(String[] args, PrintStream out) throws Exception {
        Map<String, String> options = CliOptions.parse(args, List.of("entries", "base-url", "cases"));
        new ScreeningBenchmark().run(Integer.parseInt(options.getOrDefault("entries", "100000")), out);
        if (!options.containsKey("base-url")) {
            return 0;
        }
        return new Live(options.get("base-url"), Integer.parseInt(options.getOrDefault("cases", "100"))).run(out);
    }

    private static final class Live {
        private final String url;
        private final int cases;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final String sales;
        private final String client;
        private final String compliance;

        Live(String url, int cases) {
            this.url = url;
            this.cases = cases;
            TokenIssuer issuer = new TokenIssuer(JwtKeys.loadOrCreate(Path.of(ConfigFactory.load().getString("meridian.data-dir"),
                    "keys")).privateKey().orElseThrow());
            String tenant = "kyc-bench";
            sales = issuer.issue("bench.sales", List.of(Role.SALES), tenant, Duration.ofHours(2));
            client = issuer.issue("bench.client", List.of(Role.CLIENT), tenant, Duration.ofHours(2));
            compliance = issuer.issue("bench.compliance", List.of(Role.COMPLIANCE), tenant, Duration.ofHours(2));
        }

        int run(PrintStream out) throws Exception {
            double[] ms = new double[cases];
            long started = System.nanoTime();
            for (int i = 0; i < cases; i++) {
                ms[i] = oneCase(i);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            double[] sorted = ms.clone();
            Arrays.sort(sorted);
            out.printf("Submit-to-screened through %s: %d cases one after the other in %.1f s (whole journey to submit included)%n",
                    url, cases, seconds);
            out.println("| measure                       | p50 ms | p90 ms | p99 ms | max ms |");
            out.println("|-------------------------------|-------:|-------:|-------:|-------:|");
            out.printf("| submit answered -> screened   | %6.0f | %6.0f | %6.0f | %6.0f |%n", pct(sorted, 0.5), pct(sorted, 0.9),
                    pct(sorted, 0.99), sorted[sorted.length - 1]);
            return 0;
        }

        private double oneCase(int i) throws Exception {
            JsonNode invited = call("POST", "/api/v1/kyc/cases", sales, "application/json",
                    "{\"institutionName\":\"基准测试制造有限公司" + i + "\",\"unifiedSocialCreditCode\":\"91350100M000100Y43\","
                            + "\"contact\":{\"name\":\"陈立新\",\"phone\":\"13900001111\",\"email\":\"bench@example.com\"}}", 201);
            String base = "/api/v1/kyc/cases/" + invited.get("caseId").asText();
            call("POST", base + "/start", client, "application/json", "{\"code\":\"" + invited.get("onboardingCode").asText() + "\"}", 200);
            int year = Year.now(ZoneId.of("Asia/Shanghai")).getValue() - 1;
            call("PUT", base + "/form/institution", client, "application/json", "{\"name\":\"基准测试制造有限公司" + i + "\","
                    + "\"type\":\"CORPORATE\",\"unifiedSocialCreditCode\":\"91350100M000100Y43\",\"registeredAddress\":\"福建省福州市鼓楼区五四路 100 号\","
                    + "\"legalRepresentative\":\"陈立新\",\"registeredCapitalCny\":200000000,\"industry\":\"MANUFACTURING\"}", 200);
            call("PUT", base + "/form/financial", client, "application/json", "{\"fiscalYear\":" + year + ",\"netAssetsCny\":80000000,"
                    + "\"financialAssetsCny\":30000000,\"yearsOfInvestmentExperience\":5,\"productsTraded\":[\"interest rate swaps\"]}", 200);
            call("PUT", base + "/form/beneficialOwners", client, "application/json", "{\"owners\":[{\"name\":\"陈立新\",\"nationality\":\"CN\","
                    + "\"idNumber\":\"11010519491231002X\",\"ownershipPct\":60,\"ownershipLayers\":1,\"politicallyExposed\":false}]}", 200);
            call("PUT", base + "/form/authorisedTraders", client, "application/json", "{\"traders\":[{\"name\":\"王海\","
                    + "\"idNumber\":\"110101199003074477\",\"phone\":\"13812345678\",\"email\":\"wanghai@example.com\"}]}", 200);
            call("PUT", base + "/form/purpose", client, "application/json", "{\"purpose\":\"HEDGING\",\"description\":\"hedging\"}", 200);
            for (String type : List.of("BUSINESS_LICENCE", "FINANCIAL_STATEMENTS", "AUTHORISATION_LETTER")) {
                call("POST", base + "/documents?type=" + type + "&fileName=" + type.toLowerCase() + ".pdf", client, "application/pdf",
                        "%PDF-1.4\n% " + type + " " + i + "\n%%EOF\n", 201);
            }
            call("POST", base + "/submit", client, null, null, 202);
            long submitted = System.nanoTime();
            long deadline = submitted + SCREENED_WITHIN.toNanos();
            while (System.nanoTime() < deadline) {
                HttpResponse<String> view = send("GET", base, compliance, null, null);
                if (view.statusCode() == 200) {
                    String status = Json.MAPPER.readTree(view.body()).get("status").asText();
                    if (!status.equals("SCREENING") && !status.equals("DRAFT")) {
                        return (System.nanoTime() - submitted) / 1e6;
                    }
                }
                Thread.sleep(20);
            }
            throw new IllegalStateException(base + " was not screened within " + SCREENED_WITHIN);
        }

        private JsonNode call(String method, String path, String token, String type, String body, int expected)
                throws IOException, InterruptedException {
            HttpResponse<String> response = send(method, path, token, type, body);
            if (response.statusCode() != expected) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isEmpty() ? null : Json.MAPPER.readTree(response.body());
        }

        private HttpResponse<String> send(String method, String path, String token, String type, String body)
                throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (type != null) {
                request.header("Content-Type", type);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static double pct(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
