package meridian.api.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.Predicate;
import meridian.api.auth.Role;
import meridian.api.http.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * KYC onboarding over real HTTP on Cassandra: invitation, the client's form and uploads, automatic screening, the three
 * reviews in turn, the sealed approval, the client's status, timeline and statistics; and each refusal the issue names.
 */
class KycJourneyIT {

    private static final Duration PROJECTION = Duration.ofSeconds(30);
    private static final String CREDIT_CODE = "91350100M000100Y43";
    /** On the fictitious demo watch list (DEMO-S-0003, sanctions). */
    private static final String LISTED_NAME = "赵德昆";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, "IHDR...".getBytes());
    private static final byte[] JPEG = concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, "JFIF...".getBytes());

    private static TestNode node;
    private static String sales;
    private static String client;
    private static String otherClient;
    private static String compliance;
    private static String risk;
    private static String aml;
    private static String regulator;
    private static String strangerCompliance;
    private static String strangerClient;

    @BeforeAll
    static void start() throws Exception {
        node = TestNode.start(KycJourneyIT.class);
        sales = node.token("sales.li", "galaxy", Role.SALES);
        client = node.token("client.chen", "galaxy", Role.CLIENT);
        otherClient = node.token("client.wang", "galaxy", Role.CLIENT);
        compliance = node.token("compliance.wu", "galaxy", Role.COMPLIANCE);
        risk = node.token("risk.zhou", "galaxy", Role.RISK);
        aml = node.token("aml.sun", "galaxy", Role.AML);
        regulator = node.token("csrc.inspector", "galaxy", Role.REGULATOR);
        strangerCompliance = node.token("compliance.x", "orion", Role.COMPLIANCE);
        strangerClient = node.token("client.x", "orion", Role.CLIENT);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void aProspectIsOnboardedFromInvitationToSealedApproval() throws Exception {
        JsonNode invited = json(expect(201, node.send("POST", "/api/v1/kyc/cases", sales, inviteBody("PT24H"))));
        String caseId = invited.get("caseId").asText();
        String code = invited.get("onboardingCode").asText();
        assertEquals("INVITED", invited.get("status").asText());
        assertEquals(16, code.length());
        String base = "/api/v1/kyc/cases/" + caseId;

        assertEquals("DRAFT", json(expect(200, node.send("POST", base + "/start", client, "{\"code\":\"" + code + "\"}")))
                .get("status").asText());
        fillForm(base, "陈立新");
        String licence = sha256(PDF);
        JsonNode attached = json(expect(201, upload(base, client, "application/pdf", "BUSINESS_LICENCE", "licence.pdf", PDF)));
        assertEquals(licence, attached.get("document").get("sha256").asText());
        assertEquals(PDF.length, attached.get("document").get("sizeBytes").asLong());
        expect(201, multipart(base, client, "FINANCIAL_STATEMENTS", "statements.png", "image/png", PNG));
        expect(201, upload(base, client, "image/jpeg", "AUTHORISATION_LETTER", "authorisation.jpg", JPEG));
        eventually(base, compliance, r -> r.body().contains(licence));
        HttpResponse<byte[]> download = sendBytes(node.request(base + "/documents/" + licence, compliance).GET().build());
        assertEquals(200, download.statusCode());
        assertArrayEquals(PDF, download.body());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));

        JsonNode submitted = json(expect(202, node.send("POST", base + "/submit", client, null)));
        assertEquals("SCREENING", submitted.get("status").asText());

        JsonNode inReview = json(eventually(base, compliance, r -> r.statusCode() == 200 && r.body().contains("\"IN_REVIEW\"")
                && r.body().contains("\"waitingFor\":\"COMPLIANCE\"")));
        assertEquals(0, inReview.get("hits").size(), inReview.get("hits").toString());
        assertTrue(inReview.get("suitability").get("professionalInvestor").asBoolean());
        assertEquals("1101**********002X", inReview.get("form").get("beneficialOwners").get(0).get("idNumber").asText());
        assertEquals("138****5678", inReview.get("form").get("authorisedTraders").get(0).get("phone").asText());
        assertTrue(inReview.get("focus").has("COMPLIANCE"));
        assertEquals(0, inReview.get("focus").get("COMPLIANCE").get("missingDocuments").size());

        JsonNode queued = queueEntry("COMPLIANCE", compliance, caseId);
        assertEquals(86_400, queued.get("slaSeconds").asLong());
        assertFalse(queued.get("overdue").asBoolean());
        assertTrue(queued.get("ageSeconds").asLong() >= 0);

        expect(200, node.send("POST", base + "/reviews", compliance, "{\"decision\":\"APPROVE\",\"comment\":\"documents complete\"}"));
        queueEntry("RISK", risk, caseId);
        expect(200, node.send("POST", base + "/reviews", risk,
                "{\"decision\":\"APPROVE\",\"comment\":\"financials sound\",\"notionalLimitCny\":300000000.00}"));
        queueEntry("AML", aml, caseId);
        JsonNode approved = json(expect(200, node.send("POST", base + "/reviews", aml, "{\"decision\":\"APPROVE\",\"comment\":\"no hits\"}")));
        assertEquals("APPROVED", approved.get("status").asText());
        assertEquals(0, new java.math.BigDecimal("300000000").compareTo(approved.get("notionalLimitCny").decimalValue()));

        JsonNode seal = json(eventually(base + "/seal", client, r -> r.statusCode() == 200));
        assertTrue(seal.get("valid").asBoolean(), seal.toString());
        assertEquals("SHA256withECDSA", seal.get("algorithm").asText());
        String record = seal.get("record").asText();
        assertTrue(record.contains("caseId=" + caseId), record);
        assertTrue(record.contains("notionalLimitCny=300000000"), record);
        assertEquals(sha256(record.getBytes(StandardCharsets.UTF_8)), seal.get("recordSha256").asText());
        String check = Json.write(java.util.Map.of("record", record, "signature", seal.get("signature").asText(),
                "keyId", seal.get("keyId").asText()));
        assertTrue(json(expect(200, node.send("POST", "/api/v1/kyc/seal-verifications", regulator, check))).get("valid").asBoolean());
        String forged = check.replace("notionalLimitCny=300000000", "notionalLimitCny=900000000");
        assertFalse(json(expect(200, node.send("POST", "/api/v1/kyc/seal-verifications", regulator, forged))).get("valid").asBoolean());

        JsonNode mine = json(eventually(base, client, r -> r.body().contains("\"MONITORING\"")));
        assertTrue(mine.get("eligibleCounterparty").asBoolean());
        assertTrue(mine.get("messages").toString().contains("CaseApproved"), mine.get("messages").toString());
        assertFalse(mine.toString().contains("DEMO-"), "the client is not told what screening found");
        JsonNode myCases = json(expect(200, node.get("/api/v1/kyc/my-cases", client)));
        assertTrue(myCases.toString().contains(caseId));
        assertEquals(404, node.get(base, otherClient).statusCode(), "another client of the tenant does not see it");

        JsonNode timeline = json(expect(200, node.get(base + "/timeline", regulator)));
        assertEquals("ProspectInvited", timeline.get(0).get("event").asText());
        assertEquals("sales.li", timeline.get(0).get("userId").asText());
        String trail = timeline.toString();
        for (String event : new String[] {"OnboardingStarted", "DraftSaved", "DocumentAttached", "FormSubmitted",
                "ScreeningCompleted", "ReviewRecorded", "CaseApproved", "ApprovalSealed"}) {
            assertTrue(trail.contains("\"" + event + "\""), event + " missing from " + trail);
        }
        assertTrue(trail.contains("\"userId\":\"risk.zhou\""));
        assertFalse(trail.contains("11010519491231002X"), "no personal values in the trail");

        JsonNode stats = json(node.eventually("/api/v1/kyc/statistics", regulator,
                r -> r.statusCode() == 200 && json(r).get("timeToApprove").get("approvedCases").asInt() >= 1, PROJECTION));
        assertTrue(stats.get("casesByState").get("MONITORING").asInt() >= 1, stats.toString());
        assertTrue(stats.get("timeToApprove").get("p50Seconds").asLong() >= 0);
        assertTrue(stats.get("ratingDistribution").get("LOW").asInt() + stats.get("ratingDistribution").get("MEDIUM").asInt()
                + stats.get("ratingDistribution").get("HIGH").asInt() >= 1);
        assertTrue(stats.get("hitRates").get("screenedCases").asInt() >= 1);

        assertEquals(404, node.get(base, strangerCompliance).statusCode(), "another tenant sees nothing");
        assertEquals(404, node.send("POST", base + "/start", strangerClient, "{\"code\":\"" + code + "\"}").statusCode());
        assertEquals(403, node.get("/api/v1/kyc/statistics", client).statusCode());
    }

    @Test
    void forgedAndExpiredCodesAreRefused() throws Exception {
        JsonNode invited = json(expect(201, node.send("POST", "/api/v1/kyc/cases", sales, inviteBody("PT1S"))));
        String base = "/api/v1/kyc/cases/" + invited.get("caseId").asText();
        assertProblem(node.send("POST", base + "/start", client, "{\"code\":\"ABCDEFGHJKMNPQRS\"}"), 403, "invalid-onboarding-code");
        assertProblem(node.send("POST", base + "/start", client, "{}"), 400, "validation");
        Thread.sleep(1_500);
        assertProblem(node.send("POST", base + "/start", client, "{\"code\":\"" + invited.get("onboardingCode").asText() + "\"}"),
                410, "onboarding-code-expired");

        JsonNode reissued = json(expect(200, node.send("POST", base + "/invitation", sales, "{\"codeValidity\":\"P2D\"}")));
        expect(200, node.send("POST", base + "/start", client, "{\"code\":\"" + reissued.get("onboardingCode").asText() + "\"}"));
        assertProblem(node.send("POST", "/api/v1/kyc/cases/KYC-NOSUCHCASE/start", client, "{\"code\":\"X\"}"), 404, "not-found");
    }

    @Test
    void anInvitationNeedsValidFieldsAndARetriedOneDoesNotRevealTheCodeAgain() throws Exception {
        HttpResponse<String> bad = node.send("POST", "/api/v1/kyc/cases", sales,
                "{\"institutionName\":\"\",\"unifiedSocialCreditCode\":\"91350100M000100Y44\",\"contact\":{\"name\":\"陈立新\"}}");
        JsonNode problem = assertProblem(bad, 400, "validation");
        String fields = problem.get("errors").toString();
        assertTrue(fields.contains("\"institutionName\"") && fields.contains("\"unifiedSocialCreditCode\"")
                && fields.contains("\"contact\""), fields);
        assertProblem(node.send("POST", "/api/v1/kyc/cases", client, inviteBody(null)), 403, "forbidden");

        String key = "invite-" + System.nanoTime();
        expect(201, node.send("POST", "/api/v1/kyc/cases", sales, inviteBody(null), "Idempotency-Key", key));
        HttpResponse<String> retried = node.send("POST", "/api/v1/kyc/cases", sales, inviteBody(null), "Idempotency-Key", key);
        assertProblem(retried, 409, "conflict");
        assertFalse(retried.body().contains("onboardingCode"));
    }

    @Test
    void theFormIsCheckedFieldByFieldAndSubmittedOnlyOnce() throws Exception {
        String base = startedCase();
        assertProblem(node.send("PUT", base + "/form/beneficialOwners", client,
                "{\"owners\":[{\"name\":\"陈立新\",\"nationality\":\"CN\",\"idNumber\":\"110105194912310021\",\"ownershipPct\":60,"
                        + "\"ownershipLayers\":1,\"politicallyExposed\":false}]}"), 400, "validation");
        assertProblem(node.send("PUT", base + "/form/nonsense", client, "{}"), 404, "not-found");
        assertProblem(node.send("PUT", base + "/form/institution", otherClient, "{\"name\":\"x\"}"), 403, "not-permitted");
        JsonNode incomplete = assertProblem(node.send("POST", base + "/submit", client, null), 400, "validation");
        assertTrue(incomplete.get("errors").toString().contains("documents"), incomplete.toString());

        fillForm(base, "陈立新");
        attachAll(base);
        expect(202, node.send("POST", base + "/submit", client, null));
        JsonNode again = assertProblem(node.send("POST", base + "/submit", client, null), 409, "wrong-state");
        assertTrue(again.get("detail").asText().matches(".*the case is (SCREENING|IN_REVIEW).*"), again.toString());
    }

    @Test
    void reviewsRunInTurnAndABlockingHitStopsApprovalUntilResolved() throws Exception {
        String base = startedCase();
        fillForm(base, LISTED_NAME);
        attachAll(base);
        expect(202, node.send("POST", base + "/submit", client, null));
        eventually(base, aml, r -> r.body().contains("\"IN_REVIEW\""));

        assertProblem(node.send("POST", base + "/reviews", aml, "{\"decision\":\"APPROVE\",\"comment\":\"early\"}"), 409, "out-of-turn");
        expect(200, node.send("POST", base + "/reviews", compliance, "{\"decision\":\"APPROVE\",\"comment\":\"ok\"}"));
        assertProblem(node.send("POST", base + "/reviews", risk, "{\"decision\":\"APPROVE\",\"comment\":\"no limit\"}"), 400, "validation");
        expect(200, node.send("POST", base + "/reviews", risk, "{\"decision\":\"APPROVE\",\"notionalLimitCny\":50000000}"));

        JsonNode blocked = assertProblem(node.send("POST", base + "/reviews", aml, "{\"decision\":\"APPROVE\"}"), 409, "approval-blocked");
        assertTrue(blocked.get("detail").asText().contains("DEMO-S-0003"), blocked.toString());

        JsonNode view = json(eventually(base, aml, r -> r.body().contains("DEMO-S-0003")));
        JsonNode hit = null;
        for (JsonNode h : view.get("focus").get("AML").get("hits")) {
            if (h.get("listEntry").get("id").asText().equals("DEMO-S-0003")) {
                hit = h;
            }
        }
        assertEquals("BLOCK", hit.get("level").asText());
        assertEquals(LISTED_NAME, hit.get("subject").get("name").asText());
        assertTrue(view.get("focus").get("AML").get("unresolvedBlockingHits").asInt() >= 1);
        JsonNode queued = queueEntry("AML", aml, base.substring(base.lastIndexOf('/') + 1));
        assertTrue(queued.get("unresolvedBlockingHits").asInt() >= 1);

        expect(200, node.send("POST", base + "/hit-resolutions", aml, Json.write(java.util.Map.of("hitKey", hit.get("key").asText(),
                "resolution", "FALSE_POSITIVE", "comment", "different person: birth date and ID differ"))));
        JsonNode afterResolution = json(eventually(base, aml, r -> json(r).get("focus").get("AML").get("unresolvedBlockingHits").asInt() == 0));
        assertEquals(0, afterResolution.get("focus").get("AML").get("unresolvedBlockingHits").asInt());
        expect(200, node.send("POST", base + "/reviews", aml, "{\"decision\":\"APPROVE\",\"comment\":\"hit cleared\"}"));
        eventually(base + "/seal", aml, r -> r.statusCode() == 200);
    }

    @Test
    void uploadsOverTheLimitOrOfTheWrongTypeAreRefused() throws Exception {
        String base = startedCase();
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertProblem(upload(base, client, "application/pdf", "BUSINESS_LICENCE", "big.pdf", big), 413, "document-too-large");
        assertProblem(upload(base, client, "text/plain", "BUSINESS_LICENCE", "notes.txt", "hello".getBytes()), 415,
                "unsupported-document");
        assertProblem(upload(base, client, "application/pdf", "BUSINESS_LICENCE", "fake.pdf", PNG), 415, "unsupported-document");
        assertProblem(multipart(base, client, "BUSINESS_LICENCE", "setup.exe", "application/x-msdownload",
                "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)), 415, "unsupported-document");
        assertProblem(upload(base, client, "application/pdf", "PASSPORT", "x.pdf", PDF), 400, "validation");
        JsonNode noName = assertProblem(upload(base, client, "application/pdf", "BUSINESS_LICENCE", "", PDF), 400, "validation");
        assertEquals("document.fileName", noName.get("errors").get(0).get("field").asText());
        assertProblem(upload(base, otherClient, "application/pdf", "BUSINESS_LICENCE", "x.pdf", PDF), 403, "not-permitted");

        JsonNode view = json(eventually(base, compliance, r -> r.statusCode() == 200));
        assertEquals(0, view.get("form").get("documents").size(), "nothing was attached");
    }

    @Test
    void closingACaseErasesItsPersonalData() throws Exception {
        String base = startedCase();
        fillForm(base, "陈立新");
        eventually(base, compliance, r -> r.body().contains("1101**********002X"));
        expect(200, node.send("POST", base + "/close", sales, "{\"reason\":\"the prospect withdrew\"}"));
        JsonNode closed = json(eventually(base, compliance, r -> r.body().contains("\"CLOSED\"") && r.body().contains("\"personalDataErased\":true")));
        assertTrue(closed.get("form").get("beneficialOwners").get(0).get("idNumber").isNull(), closed.toString());
        assertTrue(closed.get("contact").get("phone").isNull());
        assertEquals("陈立新", closed.get("form").get("beneficialOwners").get(0).get("name").asText());
        assertProblem(node.send("POST", base + "/close", sales, "{\"reason\":\"again\"}"), 409, "wrong-state");
    }

    // ---- journey steps

    private static String inviteBody(String validity) {
        return "{\"institutionName\":\"福州明远精密制造有限公司\",\"unifiedSocialCreditCode\":\"" + CREDIT_CODE + "\","
                + "\"contact\":{\"name\":\"陈立新\",\"phone\":\"13900001111\",\"email\":\"chen@example.com\"}"
                + (validity == null ? "" : ",\"codeValidity\":\"" + validity + "\"") + "}";
    }

    /** A case invited and started by {@link #client}; its path. */
    private static String startedCase() throws Exception {
        JsonNode invited = json(expect(201, node.send("POST", "/api/v1/kyc/cases", sales, inviteBody(null))));
        String base = "/api/v1/kyc/cases/" + invited.get("caseId").asText();
        expect(200, node.send("POST", base + "/start", client, "{\"code\":\"" + invited.get("onboardingCode").asText() + "\"}"));
        return base;
    }

    private static void fillForm(String base, String legalRepresentative) {
        int fiscalYear = Year.now(ZoneId.of("Asia/Shanghai")).getValue() - 1;
        expect(200, node.send("PUT", base + "/form/institution", client, "{\"name\":\"福州明远精密制造有限公司\",\"type\":\"CORPORATE\","
                + "\"unifiedSocialCreditCode\":\"" + CREDIT_CODE + "\",\"registeredAddress\":\"福建省福州市鼓楼区五四路 100 号\","
                + "\"legalRepresentative\":\"" + legalRepresentative + "\",\"registeredCapitalCny\":200000000,\"industry\":\"MANUFACTURING\"}"));
        expect(200, node.send("PUT", base + "/form/financial", client, "{\"fiscalYear\":" + fiscalYear + ",\"netAssetsCny\":80000000,"
                + "\"financialAssetsCny\":30000000,\"yearsOfInvestmentExperience\":5,\"productsTraded\":[\"interest rate swaps\"]}"));
        expect(200, node.send("PUT", base + "/form/beneficialOwners", client, "{\"owners\":[{\"name\":\"陈立新\",\"nationality\":\"CN\","
                + "\"idNumber\":\"11010519491231002X\",\"ownershipPct\":60,\"ownershipLayers\":1,\"politicallyExposed\":false}]}"));
        expect(200, node.send("PUT", base + "/form/authorisedTraders", client, "{\"traders\":[{\"name\":\"王海\","
                + "\"idNumber\":\"110101199003074477\",\"phone\":\"13812345678\",\"email\":\"wanghai@example.com\"}]}"));
        expect(200, node.send("PUT", base + "/form/purpose", client, "{\"purpose\":\"HEDGING\",\"description\":\"copper purchases\"}"));
    }

    private static void attachAll(String base) {
        expect(201, upload(base, client, "application/pdf", "BUSINESS_LICENCE", "licence.pdf", PDF));
        expect(201, upload(base, client, "image/png", "FINANCIAL_STATEMENTS", "statements.png", PNG));
        expect(201, upload(base, client, "image/jpeg", "AUTHORISATION_LETTER", "letter.jpg", JPEG));
    }

    private static JsonNode queueEntry(String role, String token, String caseId) throws Exception {
        HttpResponse<String> queue = node.eventually("/api/v1/kyc/review-queue", token, r -> r.body().contains(caseId), PROJECTION);
        for (JsonNode item : json(expect(200, queue))) {
            if (item.get("caseId").asText().equals(caseId)) {
                assertEquals(role, item.get("role").asText());
                return item;
            }
        }
        throw new AssertionError(caseId + " is not in the " + role + " queue: " + queue.body());
    }

    // ---- HTTP helpers

    private static HttpResponse<String> upload(String base, String token, String contentType, String type, String fileName, byte[] content) {
        return node.send(node.request(base + "/documents?type=" + type + "&fileName=" + fileName, token)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(content)).build());
    }

    private static HttpResponse<String> multipart(String base, String token, String type, String fileName, String contentType,
            byte[] content) {
        String boundary = "kyc-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return node.send(node.request(base + "/documents", token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private static HttpResponse<byte[]> sendBytes(HttpRequest request) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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

    private static JsonNode assertProblem(HttpResponse<String> response, int status, String kind) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonNode problem = json(response);
        assertEquals("https://meridian.dev/problems/" + kind, problem.get("type").asText(), response.body());
        return problem;
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
