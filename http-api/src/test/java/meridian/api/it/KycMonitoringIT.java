package meridian.api.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.function.Predicate;
import meridian.api.auth.Role;
import meridian.api.http.Json;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ongoing monitoring and the review report over real HTTP on Cassandra: an approved client is screened again when AML
 * loads a watch-list entry or COMPLIANCE posts a news item naming it; the alert sends the case back to the review
 * queue and shows in its timeline. The report PDF is read back with PDFBox. Its own tenant, so that its lists and
 * news reach no other test's cases.
 */
class KycMonitoringIT {

    private static final Duration PROJECTION = Duration.ofSeconds(40);
    private static final String TENANT = "vega";
    private static final String CREDIT_CODE = "91350100M000100Y43";
    private static final String INSTITUTION = "福州明远精密制造有限公司";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private static TestNode node;
    private static String sales;
    private static String client;
    private static String compliance;
    private static String risk;
    private static String aml;
    private static String regulator;

    @BeforeAll
    static void start() throws Exception {
        node = TestNode.start(KycMonitoringIT.class);
        sales = node.token("sales.he", TENANT, Role.SALES);
        client = node.token("client.lin", TENANT, Role.CLIENT);
        compliance = node.token("compliance.gao", TENANT, Role.COMPLIANCE);
        risk = node.token("risk.ma", TENANT, Role.RISK);
        aml = node.token("aml.xu", TENANT, Role.AML);
        regulator = node.token("csrc.auditor", TENANT, Role.REGULATOR);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void aNewWatchListEntryAndANewsItemSendApprovedClientsBackToReview() throws Exception {
        String listed = approvedCase("欧阳振华");
        String named = approvedCase("林国栋");

        String csv = "# internal list of the test\n" + "id,category,kind,name,aliases,country,program,listed_on\n"
                + "INT-0001,SANCTIONS,PERSON,欧阳振华,歐陽振華|Ouyang Zhenhua,CN,INTERNAL-TEST,2026-01-15\n";
        JsonNode loaded = json(expect(202, csvRequest("POST", "/api/v1/kyc/watch-lists/INTERNAL/entries", aml, csv)));
        assertEquals(1, loaded.get("entries").asInt());
        assertTrue(loaded.get("version").asLong() >= 1);

        JsonNode alerted = json(eventually(listed, compliance, r -> r.body().contains("\"IN_REVIEW\"")));
        assertTrue(alerted.get("hits").toString().contains("INT-0001"), alerted.get("hits").toString());
        assertEquals("COMPLIANCE", alerted.get("waitingFor").asText());
        queued(compliance, caseId(listed));
        assertTrue(json(expect(200, node.get(listed + "/timeline", regulator))).toString().contains("MonitoringAlertRaised"));
        JsonNode untouched = json(eventually(named, compliance, r -> true));
        assertEquals("MONITORING", untouched.get("status").asText(), "a client the new entry does not name stays approved");

        String news = "[{\"id\":\"N-1\",\"title\":\"" + INSTITUTION + "被列为失信被执行人\",\"body\":\"" + INSTITUTION
                + "因合同纠纷被法院列为失信被执行人，涉及诉讼三起。\",\"publishedOn\":\"2026-02-01\",\"source\":\"测试日报\"}]";
        JsonNode posted = json(expect(202, node.send("POST", "/api/v1/kyc/news", compliance, news)));
        assertEquals(1, posted.get("newsItems").asInt());
        assertTrue(posted.get("version").asLong() > loaded.get("version").asLong());
        JsonNode newsAlert = json(eventually(named, compliance, r -> r.body().contains("\"IN_REVIEW\"")));
        assertTrue(newsAlert.get("news").toString().contains("N-1"), newsAlert.toString());
        assertTrue(json(expect(200, node.get(named + "/timeline", regulator))).toString().contains("MonitoringAlertRaised"));

        JsonNode status = json(node.eventually("/api/v1/kyc/monitoring", regulator, r -> r.statusCode() == 200
                && json(r).get("rescreenedVersion").asLong() == posted.get("version").asLong(), PROJECTION));
        assertEquals(posted.get("version").asLong(), status.get("version").asLong(), status.toString());
        assertTrue(status.get("lists").toString().contains("INTERNAL"));
        assertEquals(1, status.get("newsItems").asInt());
    }

    @Test
    void badListsAndNewsAreRefusedNamingTheField() throws Exception {
        String bad = "id,category,kind,name,aliases,country,program,listed_on\nX-1,SANCTIONS,ROBOT,某某,,CN,P,2026-01-01\n";
        JsonNode problem = json(expect(400, csvRequest("PUT", "/api/v1/kyc/watch-lists/INTERNAL2", aml, bad)));
        assertEquals("lines[2].kind", problem.get("errors").get(0).get("field").asText(), problem.toString());
        expect(400, csvRequest("POST", "/api/v1/kyc/watch-lists/INTERNAL2/entries", aml, "id,category\n"));
        expect(415, node.send("POST", "/api/v1/kyc/watch-lists/INTERNAL2/entries", aml, "{}"));
        expect(403, csvRequest("PUT", "/api/v1/kyc/watch-lists/INTERNAL2", client, bad));
        expect(403, node.send("POST", "/api/v1/kyc/news", risk, "[]"));
        JsonNode news = json(expect(400, node.send("POST", "/api/v1/kyc/news", compliance,
                "[{\"id\":\"N-9\",\"publishedOn\":\"2026-13-01\",\"source\":\"s\"}]")));
        String fields = news.get("errors").toString();
        assertTrue(fields.contains("[0].title") && fields.contains("[0].publishedOn"), fields);
        expect(400, node.send("POST", "/api/v1/kyc/news", compliance, "{}"));
    }

    @Test
    void theReviewReportSummarisesTheCaseWithPersonalDataMasked() throws Exception {
        String base = approvedCase("郑明华");
        HttpResponse<byte[]> response = sendBytes(node.request(base + "/report", regulator).GET().build());
        assertEquals(200, response.statusCode());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        String text;
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("KYC review report - case " + caseId(base)), text);
        assertTrue(text.contains(CREDIT_CODE), text);
        assertTrue(text.contains("Professional investor: YES"), text);
        assertTrue(text.matches("(?s).*Rating: (LOW|MEDIUM|HIGH) \\(score \\d+\\).*"), text);
        assertTrue(text.contains("Factor: "), text);
        assertTrue(text.contains("COMPLIANCE compliance.gao: APPROVE"), text);
        assertTrue(text.contains("RISK risk.ma: APPROVE (limit CNY 300000000"), text);
        assertTrue(text.contains("notional limit of CNY 300000000"), text);
        assertTrue(text.contains("Sealed ") && text.contains("approval record SHA-256"), text);
        assertTrue(text.contains("1101**********002X"), "the owner's ID is masked: " + text);
        assertFalse(text.contains("11010519491231002X"), "no full ID number in the report");
        assertFalse(text.contains("13812345678"), "no full phone number in the report");
        assertTrue(text.contains("ApprovalSealed"), "the audit trail is in the report");

        assertEquals(403, node.get(base + "/report", client).statusCode());
        assertEquals(403, node.get(base + "/report", sales).statusCode());
        assertEquals(404, node.get("/api/v1/kyc/cases/KYC-NOSUCHCASE/report", compliance).statusCode());
    }

    // ---- journey steps

    /** A case taken through the whole journey to MONITORING; its path. */
    private static String approvedCase(String legalRepresentative) throws Exception {
        JsonNode invited = json(expect(201, node.send("POST", "/api/v1/kyc/cases", sales, "{\"institutionName\":\"" + INSTITUTION
                + "\",\"unifiedSocialCreditCode\":\"" + CREDIT_CODE + "\",\"contact\":{\"name\":\"" + legalRepresentative
                + "\",\"phone\":\"13900001111\",\"email\":\"contact@example.com\"}}")));
        String base = "/api/v1/kyc/cases/" + invited.get("caseId").asText();
        expect(200, node.send("POST", base + "/start", client, "{\"code\":\"" + invited.get("onboardingCode").asText() + "\"}"));
        int fiscalYear = Year.now(ZoneId.of("Asia/Shanghai")).getValue() - 1;
        expect(200, node.send("PUT", base + "/form/institution", client, "{\"name\":\"" + INSTITUTION + "\",\"type\":\"CORPORATE\","
                + "\"unifiedSocialCreditCode\":\"" + CREDIT_CODE + "\",\"registeredAddress\":\"福建省福州市鼓楼区五四路 100 号\","
                + "\"legalRepresentative\":\"" + legalRepresentative + "\",\"registeredCapitalCny\":200000000,\"industry\":\"MANUFACTURING\"}"));
        expect(200, node.send("PUT", base + "/form/financial", client, "{\"fiscalYear\":" + fiscalYear + ",\"netAssetsCny\":80000000,"
                + "\"financialAssetsCny\":30000000,\"yearsOfInvestmentExperience\":5,\"productsTraded\":[\"interest rate swaps\"]}"));
        expect(200, node.send("PUT", base + "/form/beneficialOwners", client, "{\"owners\":[{\"name\":\"陈立新\",\"nationality\":\"CN\","
                + "\"idNumber\":\"11010519491231002X\",\"ownershipPct\":60,\"ownershipLayers\":1,\"politicallyExposed\":false}]}"));
        expect(200, node.send("PUT", base + "/form/authorisedTraders", client, "{\"traders\":[{\"name\":\"王海\","
                + "\"idNumber\":\"110101199003074477\",\"phone\":\"13812345678\",\"email\":\"wanghai@example.com\"}]}"));
        expect(200, node.send("PUT", base + "/form/purpose", client, "{\"purpose\":\"HEDGING\",\"description\":\"copper purchases\"}"));
        for (String[] doc : new String[][] {{"BUSINESS_LICENCE", "licence.pdf"}, {"FINANCIAL_STATEMENTS", "statements.pdf"},
                {"AUTHORISATION_LETTER", "letter.pdf"}}) {
            expect(201, node.send(node.request(base + "/documents?type=" + doc[0] + "&fileName=" + doc[1], client)
                    .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(
                            (new String(PDF, StandardCharsets.US_ASCII) + "%" + doc[0] + "\n").getBytes(StandardCharsets.US_ASCII))).build()));
        }
        expect(202, node.send("POST", base + "/submit", client, null));
        eventually(base, compliance, r -> r.body().contains("\"waitingFor\":\"COMPLIANCE\""));
        expect(200, node.send("POST", base + "/reviews", compliance, "{\"decision\":\"APPROVE\",\"comment\":\"documents complete\"}"));
        expect(200, node.send("POST", base + "/reviews", risk,
                "{\"decision\":\"APPROVE\",\"comment\":\"financials sound\",\"notionalLimitCny\":300000000.00}"));
        expect(200, node.send("POST", base + "/reviews", aml, "{\"decision\":\"APPROVE\",\"comment\":\"no hits\"}"));
        // the view's case row is written after the statistics row the re-screening reads
        eventually(base, compliance, r -> r.body().contains("\"MONITORING\""));
        return base;
    }

    private static void queued(String token, String caseId) throws Exception {
        HttpResponse<String> queue = node.eventually("/api/v1/kyc/review-queue", token, r -> r.body().contains(caseId), PROJECTION);
        assertTrue(queue.body().contains(caseId), queue.body());
    }

    private static String caseId(String base) {
        return base.substring(base.lastIndexOf('/') + 1);
    }

    // ---- HTTP helpers

    private static HttpResponse<byte[]> sendBytes(HttpRequest request) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> csvRequest(String method, String path, String token, String csv) {
        return node.send(node.request(path, token).header("Content-Type", "text/csv; charset=UTF-8")
                .method(method, HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build());
    }

    private static HttpResponse<String> eventually(String path, String token, Predicate<HttpResponse<String>> done) throws Exception {
        HttpResponse<String> last = node.eventually(path, token, r -> r.statusCode() == 200 && done.test(r), PROJECTION);
        assertEquals(200, last.statusCode(), path + ": " + last.body());
        assertTrue(done.test(last), path + " did not get there: " + last.body());
        return last;
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.request().method() + " " + response.uri() + ": " + response.body());
        return response;
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }
}
