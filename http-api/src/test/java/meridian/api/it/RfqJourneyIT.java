package meridian.api.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import meridian.api.auth.Role;
import meridian.api.http.Json;
import meridian.domain.pricing.api.PriceRequest;
import meridian.domain.pricing.api.PricingJson;
import meridian.domain.rfq.chat.WebhookSignature;
import meridian.read.rfq.RfqRepository;
import org.apache.pekko.stream.connectors.cassandra.javadsl.CassandraSessionRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The RFQ desk over real HTTP on Cassandra: a client onboarded by KYC asks in its chat group (signed webhook), the desk
 * prices, the trader edits and approves, the quote reaches the chat gateway's callback (a real HTTP server here), the
 * client accepts with 成交, and the booked deal is read back with the priced product. Also: bad signatures, replays and
 * an unknown group's refusal without a price.
 */
class RfqJourneyIT {

    private static final String SECRET = "rfq-journey-it-webhook-secret-0123456789";
    private static final String BOT = "meridian-bot";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration APPROVAL_WINDOW = Duration.ofSeconds(20);
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final String CREDIT_CODE = "91350100M000100Y43";

    private static final BlockingQueue<JsonNode> CHAT = new LinkedBlockingQueue<>();
    private static final WebhookSignature SIGNATURE = WebhookSignature.fromText(SECRET);
    private static HttpServer gateway;
    private static TestNode node;
    private static String trader;
    private static String sales;

    @BeforeAll
    static void start() throws Exception {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/chat", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            boolean signed = SIGNATURE.verify(body, exchange.getRequestHeaders().getFirst("X-Meridian-Signature"));
            if (signed) {
                CHAT.add(Json.MAPPER.readTree(body));
            }
            exchange.sendResponseHeaders(signed ? 204 : 401, -1);
            exchange.close();
        });
        gateway.start();
        node = TestNode.start(RfqJourneyIT.class, Map.of(
                "meridian.rfq.webhook-secret", SECRET,
                "meridian.rfq.outbound", "http",
                "meridian.rfq.callback-url", "http://127.0.0.1:" + gateway.getAddress().getPort() + "/chat",
                "meridian.rfq.tenant", "galaxy",
                "meridian.rfq.approval-window", APPROVAL_WINDOW.toSeconds() + "s"));
        trader = node.token("trader.tom", "galaxy", Role.TRADER);
        sales = node.token("sales.li", "galaxy", Role.SALES);
    }

    @AfterAll
    static void stop() {
        node.close();
        gateway.stop(0);
    }

    @Test
    void aSignedChatRequestIsPricedApprovedSentAcceptedAndBooked() throws Exception {
        String caseId = approvedClient();
        expect(200, node.send("PUT", "/api/v1/rfq/chat-groups/grp-ningde", sales, "{\"kycCaseId\":\"" + caseId + "\"}"));

        JsonNode started = json(expect(202, webhook("grp-ningde", "m-1", "宁德时代 1个月 平值看涨 名本1000万 报个价")));
        assertEquals("rfq", started.get("outcome").asText());
        String rfqId = started.get("rfqId").asText();

        JsonNode pending = json(node.eventually("/api/v1/rfq/requests/" + rfqId, trader,
                r -> r.statusCode() == 200 && r.body().contains("\"PENDING_APPROVAL\""), WAIT));
        assertEquals("PENDING_APPROVAL", pending.get("status").asText(), pending.toString());
        assertEquals("PENDING_APPROVAL", activeStatus(rfqId, "PENDING_APPROVAL"), "the sweeper's rfq_active row");
        BigDecimal priced = pending.get("view").get("quotes").get(0).get("valuePct").decimalValue();
        assertTrue(priced.compareTo(BigDecimal.ONE) > 0 && priced.compareTo(BigDecimal.TEN) < 0, priced.toString());
        assertEquals("300750.SZ", pending.get("view").get("legs").get(0).get("underlying").asText());

        String approve = "/api/v1/rfq/requests/" + rfqId + "/approve";
        assertEquals("quotes[0].leg", assertProblem(node.send("POST", approve, trader,
                "{\"quotes\":[{\"leg\":1,\"valuePct\":5.10}]}"), 400, "validation").at("/errors/0/field").asText(),
                "a one-leg RFQ has no leg 1");
        assertEquals("quotes[1].leg", assertProblem(node.send("POST", approve, trader,
                "{\"quotes\":[{\"leg\":0,\"valuePct\":5.10},{\"leg\":0,\"valuePct\":5.20}]}"), 400, "validation")
                .at("/errors/0/field").asText());
        JsonNode approved = json(expect(200, node.send("POST", "/api/v1/rfq/requests/" + rfqId + "/approve", trader,
                "{\"quotes\":[{\"leg\":0,\"valuePct\":5.10}]}")));
        assertEquals("APPROVED", approved.get("status").asText());
        JsonNode quote = nextChat("QUOTE", "grp-ningde");
        assertEquals("grp-ningde", quote.get("groupId").asText());
        assertEquals("宁德时代 1M ATM call 1000万 报 5.10%", quote.get("text").asText());
        assertProblem(node.send("POST", "/api/v1/rfq/requests/" + rfqId + "/approve", trader, "{}"), 409, "wrong-state");

        // The client answers the moment the quote reaches the chat, before any view shows it as sent.
        JsonNode reply = json(expect(202, webhook("grp-ningde", "m-2", "ok 做")));
        assertEquals("reply", reply.get("outcome").asText());
        assertEquals(rfqId, reply.get("rfqId").asText());
        assertTrue(nextChat("BOOKED", "grp-ningde").get("text").asText().contains(rfqId + "-1"));
        assertProblem(webhook("grp-ningde", "m-2", "ok 做"), 409, "replayed-message");
        assertProblem(webhook("grp-ningde", "m-1", "宁德时代 1个月 平值看涨 名本1000万 报个价"), 409, "replayed-message");

        JsonNode deal = json(node.eventually("/api/v1/deals/" + rfqId + "-1", trader, r -> r.statusCode() == 200, WAIT));
        assertEquals(caseId, deal.get("counterparty").asText());
        assertEquals(rfqId, deal.get("rfqId").asText());
        JsonNode terms = deal.get("terms");
        assertEquals(0, new BigDecimal("5.10").compareTo(terms.get("pricePct").decimalValue()));
        assertEquals(0, new BigDecimal("10000000").compareTo(terms.get("notional").decimalValue()));
        PriceRequest revalued = new PricingJson(code -> true).readPrice("{\"product\":" + terms.get("productJson").asText()
                + ",\"market\":{\"valuationDate\":\"" + terms.get("tradeDate").asText() + "\",\"spot\":100,\"vol\":0.3,\"rate\":0.02}}");
        assertEquals("300750.SZ", revalued.product().terms().underlying());

        assertNull(activeStatus(rfqId, null), "a booked RFQ is no longer under way");
        JsonNode byClient = json(expect(200, node.get("/api/v1/deals?counterparty=" + caseId, trader)));
        assertEquals(rfqId + "-1", byClient.get(0).get("dealId").asText());
        JsonNode stats = json(node.eventually("/api/v1/rfq/clients", trader, r -> r.body().contains("\"accepted\":1"), WAIT));
        assertTrue(stats.toString().contains("\"hitRatio\":1.0"), stats.toString());
        JsonNode ofGroup = json(expect(200, node.get("/api/v1/rfq/requests?groupId=grp-ningde", trader)));
        assertEquals(1, ofGroup.size(), ofGroup.toString());
        assertEquals(rfqId, ofGroup.get(0).get("rfqId").asText());
        assertEquals(0, json(expect(200, node.get("/api/v1/rfq/requests?groupId=grp-nobody", trader))).size());
        assertProblem(node.get("/api/v1/rfq/requests?groupId=%20", trader), 400, "validation");

        // The queue: today's RFQs (the booked one among them) and those under way; another day's excludes it.
        assertTrue(json(expect(200, node.get("/api/v1/rfq/requests", trader))).toString().contains(rfqId));
        String today = java.time.LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        assertTrue(json(expect(200, node.get("/api/v1/rfq/requests?day=" + today, trader))).toString().contains(rfqId));
        assertTrue(!json(expect(200, node.get("/api/v1/rfq/requests?day=2020-01-02", trader))).toString().contains(rfqId));
        assertEquals("day", assertProblem(node.get("/api/v1/rfq/requests?day=yesterday", trader), 400, "validation")
                .at("/errors/0/field").asText());
        assertEquals(0, json(expect(200, node.get("/api/v1/rfq/clients?from=2020-01-01&to=2020-01-31", trader))).size());
        assertTrue(json(expect(200, node.get("/api/v1/rfq/clients?from=" + today + "&to=" + today, trader))).toString()
                .contains("\"accepted\":1"));
        assertEquals("from", assertProblem(node.get("/api/v1/rfq/clients?from=2026-02-30", trader), 400, "validation")
                .at("/errors/0/field").asText());
        assertEquals("from", assertProblem(node.get("/api/v1/rfq/clients?from=2026-11-02&to=2026-11-01", trader), 400,
                "validation").at("/errors/0/field").asText());
    }

    @Test
    void aPriceNoTraderApprovesInTimeLapsesAndTheClientIsAskedToAskAgain() throws Exception {
        String caseId = approvedClient();
        expect(200, node.send("PUT", "/api/v1/rfq/chat-groups/grp-lapse", sales, "{\"kycCaseId\":\"" + caseId + "\"}"));
        String rfqId = json(expect(202, webhook("grp-lapse", "l-1", "宁德时代 1个月 平值看涨 名本2000万"))).get("rfqId").asText();

        JsonNode pending = json(node.eventually("/api/v1/rfq/requests/" + rfqId, trader,
                r -> r.statusCode() == 200 && r.body().contains("\"PENDING_APPROVAL\""), WAIT));
        Instant approveBy = Instant.parse(pending.get("view").get("validUntil").asText());
        Instant priced = Instant.parse(pending.get("view").get("pricedAt").asText());
        Duration shown = Duration.between(priced, approveBy);
        assertTrue(shown.compareTo(APPROVAL_WINDOW.minusSeconds(1)) > 0 && shown.compareTo(APPROVAL_WINDOW) <= 0,
                "the trader sees when the price lapses: " + shown);

        assertEquals("抱歉，这笔未能及时报价，如仍需要请重新询价。", nextChat("LAPSED", "grp-lapse").get("text").asText());
        JsonNode lapsed = json(node.eventually("/api/v1/rfq/requests/" + rfqId, trader,
                r -> r.statusCode() == 200 && r.body().contains("\"EXPIRED\""), WAIT));
        assertEquals("not approved by " + approveBy, lapsed.get("view").get("outcome").asText(), lapsed.toString());
        assertFalse(Instant.now().isBefore(approveBy));
        assertProblem(node.send("POST", "/api/v1/rfq/requests/" + rfqId + "/approve", trader, "{}"), 409, "wrong-state");
        assertNull(activeStatus(rfqId, null), "a lapsed RFQ is no longer under way");
    }

    /** The RFQ's status in {@code rfq_active} (null: no row) once it is {@code expected}, or as it is after 30 s. */
    private static String activeStatus(String rfqId, String expected) throws InterruptedException {
        RfqRepository rfqs = new RfqRepository(CassandraSessionRegistry.get(node.system())
                .sessionFor("pekko.projection.cassandra.session-config"), node.keyspacePrefix() + "_views");
        String status = null;
        for (long deadline = System.currentTimeMillis() + 30_000; System.currentTimeMillis() < deadline; Thread.sleep(200)) {
            status = rfqs.active("galaxy").toCompletableFuture().join().stream().filter(a -> a.rfqId().equals(rfqId))
                    .map(RfqRepository.ActiveRfq::status).findFirst().orElse(null);
            if (java.util.Objects.equals(status, expected)) {
                break;
            }
        }
        return status;
    }

    @Test
    void badSignaturesAndReplayedMessagesAreRefused() throws Exception {
        byte[] body = message("grp-x", "r-1", "中证500 1个月 平值看跌").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> unsigned = node.send(node.request("/api/v1/rfq/chat/messages", null)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        assertProblem(unsigned, 401, "bad-signature");
        HttpResponse<String> forged = node.send(node.request("/api/v1/rfq/chat/messages", null).header("Content-Type", "application/json")
                .header("X-Meridian-Signature", WebhookSignature.fromText(SECRET + "x").sign(body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        assertProblem(forged, 401, "bad-signature");

        expect(202, webhook("grp-x", "r-1", "中证500 1个月 平值看跌"));
        JsonNode replay = assertProblem(webhook("grp-x", "r-1", "中证500 1个月 平值看跌"), 409, "replayed-message");
        assertTrue(replay.get("errors").toString().contains("messageId"), replay.toString());
        assertProblem(webhook("grp-x", "", "hi"), 400, "validation");
    }

    @Test
    void aGroupWithoutAnApprovedClientGetsAPoliteRefusalNeverAPrice() throws Exception {
        String rfqId = json(expect(202, webhook("grp-stranger", "s-1", "茅台 3M 95put 名本1000w"))).get("rfqId").asText();
        JsonNode refused = json(node.eventually("/api/v1/rfq/requests/" + rfqId, trader, r -> r.body().contains("\"REFUSED\""), WAIT));
        assertTrue(refused.get("view").get("outcome").asText().contains("bound to no KYC case"), refused.toString());
        JsonNode answer = nextChat("REFUSAL", "grp-stranger");
        assertEquals("grp-stranger", answer.get("groupId").asText());
        assertTrue(!answer.get("text").asText().contains("%"), answer.toString());
    }

    // ---- helpers

    private static HttpResponse<String> webhook(String group, String messageId, String text) {
        byte[] body = message(group, messageId, text).getBytes(StandardCharsets.UTF_8);
        return node.send(node.request("/api/v1/rfq/chat/messages", null).header("Content-Type", "application/json")
                .header("X-Meridian-Signature", SIGNATURE.sign(body)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private static String message(String group, String messageId, String text) {
        return Json.write(Map.of("groupId", group, "senderId", "client-wang", "messageId", messageId, "text", text,
                "mentions", List.of(BOT)));
    }

    /** The next reply of this kind to this group; replies to the other tests' groups are skipped. */
    private static synchronized JsonNode nextChat(String kind, String group) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT.toMillis();
        while (System.currentTimeMillis() < deadline) {
            JsonNode message = CHAT.poll(1, TimeUnit.SECONDS);
            if (message != null && message.get("kind").asText().equals(kind) && message.get("groupId").asText().equals(group)) {
                return message;
            }
        }
        throw new AssertionError("no " + kind + " reply reached the chat gateway");
    }

    /** A client onboarded through KYC over HTTP with a 300m notional limit; its case id. */
    private static String approvedClient() throws Exception {
        String client = node.token("client.chen", "galaxy", Role.CLIENT);
        String compliance = node.token("compliance.wu", "galaxy", Role.COMPLIANCE);
        String risk = node.token("risk.zhou", "galaxy", Role.RISK);
        String aml = node.token("aml.sun", "galaxy", Role.AML);
        JsonNode invited = json(expect(201, node.send("POST", "/api/v1/kyc/cases", sales, "{\"institutionName\":\"福州明远精密制造有限公司\","
                + "\"unifiedSocialCreditCode\":\"" + CREDIT_CODE + "\",\"contact\":{\"name\":\"陈立新\",\"phone\":\"13900001111\","
                + "\"email\":\"chen@example.com\"}}")));
        String caseId = invited.get("caseId").asText();
        String base = "/api/v1/kyc/cases/" + caseId;
        expect(200, node.send("POST", base + "/start", client, "{\"code\":\"" + invited.get("onboardingCode").asText() + "\"}"));
        int fiscalYear = Year.now(ZoneId.of("Asia/Shanghai")).getValue() - 1;
        expect(200, node.send("PUT", base + "/form/institution", client, "{\"name\":\"福州明远精密制造有限公司\",\"type\":\"CORPORATE\","
                + "\"unifiedSocialCreditCode\":\"" + CREDIT_CODE + "\",\"registeredAddress\":\"福建省福州市鼓楼区五四路 100 号\","
                + "\"legalRepresentative\":\"陈立新\",\"registeredCapitalCny\":200000000,\"industry\":\"MANUFACTURING\"}"));
        expect(200, node.send("PUT", base + "/form/financial", client, "{\"fiscalYear\":" + fiscalYear + ",\"netAssetsCny\":80000000,"
                + "\"financialAssetsCny\":30000000,\"yearsOfInvestmentExperience\":5,\"productsTraded\":[\"interest rate swaps\"]}"));
        expect(200, node.send("PUT", base + "/form/beneficialOwners", client, "{\"owners\":[{\"name\":\"陈立新\",\"nationality\":\"CN\","
                + "\"idNumber\":\"11010519491231002X\",\"ownershipPct\":60,\"ownershipLayers\":1,\"politicallyExposed\":false}]}"));
        expect(200, node.send("PUT", base + "/form/authorisedTraders", client, "{\"traders\":[{\"name\":\"王海\","
                + "\"idNumber\":\"110101199003074477\",\"phone\":\"13812345678\",\"email\":\"wanghai@example.com\"}]}"));
        expect(200, node.send("PUT", base + "/form/purpose", client, "{\"purpose\":\"HEDGING\",\"description\":\"copper purchases\"}"));
        for (String type : List.of("BUSINESS_LICENCE", "FINANCIAL_STATEMENTS", "AUTHORISATION_LETTER")) {
            expect(201, node.send(node.request(base + "/documents?type=" + type + "&fileName=" + type.toLowerCase() + ".pdf", client)
                    .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray((new String(PDF, StandardCharsets.US_ASCII) + "% " + type + "\n")
                            .getBytes(StandardCharsets.US_ASCII))).build()));
        }
        expect(202, node.send("POST", base + "/submit", client, null));
        node.eventually(base, compliance, r -> r.body().contains("\"IN_REVIEW\""), WAIT);
        expect(200, node.send("POST", base + "/reviews", compliance, "{\"decision\":\"APPROVE\",\"comment\":\"ok\"}"));
        expect(200, node.send("POST", base + "/reviews", risk, "{\"decision\":\"APPROVE\",\"notionalLimitCny\":300000000}"));
        expect(200, node.send("POST", base + "/reviews", aml, "{\"decision\":\"APPROVE\",\"comment\":\"no hits\"}"));
        node.eventually(base, compliance, r -> r.body().contains("\"MONITORING\""), WAIT);
        return caseId;
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        return response;
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status, String type) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        JsonNode problem = json(response);
        assertTrue(problem.get("type").asText().endsWith(type), response.body());
        return problem;
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertNotNull(response.body());
        return Json.MAPPER.readTree(response.body());
    }
}
