package meridian.domain.kyc.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentPolicyTest {
    private final DocumentPolicy policy = new DocumentPolicy(1024);

    @Test
    void acceptsAPdfAndRecordsItsSha256() {
        byte[] pdf = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);
        DocumentRef ref = policy.accept(DocumentType.BUSINESS_LICENCE, "licence.pdf", "application/pdf; charset=binary", pdf);
        assertEquals("application/pdf", ref.contentType());
        assertEquals(pdf.length, ref.sizeBytes());
        // printf '%PDF-1.7\n...' | sha256sum
        assertEquals("d3929c3656b08888f077bbe3b8276bf356dd935b7f35509f58b35b1576388672", ref.sha256());
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", DocumentPolicy.sha256Hex(new byte[0]));
    }

    @Test
    void refusesOversizedUploadsAs413() {
        byte[] big = new byte[2048];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
        DocumentRefusedException e = assertThrows(DocumentRefusedException.class,
                () -> policy.accept(DocumentType.FINANCIAL_STATEMENTS, "fs.pdf", "application/pdf", big));
        assertEquals(DocumentRefusedException.Reason.TOO_LARGE, e.reason());
        assertEquals("document.sizeBytes", e.errors().get(0).field());
    }

    @Test
    void refusesOtherTypesAndMislabelledContentAs415() {
        DocumentRefusedException declared = assertThrows(DocumentRefusedException.class,
                () -> policy.checkDeclared("application/x-msdownload", 100));
        assertEquals(DocumentRefusedException.Reason.UNSUPPORTED_TYPE, declared.reason());

        byte[] exe = {'M', 'Z', 0, 0, 0, 0};
        DocumentRefusedException sniffed = assertThrows(DocumentRefusedException.class,
                () -> policy.accept(DocumentType.AUTHORISATION_LETTER, "letter.pdf", "application/pdf", exe));
        assertEquals(DocumentRefusedException.Reason.UNSUPPORTED_TYPE, sniffed.reason());
        assertEquals("document.content", sniffed.errors().get(0).field());
    }

    @Test
    void refusesEmptyFiles() {
        assertEquals(DocumentRefusedException.Reason.EMPTY, assertThrows(DocumentRefusedException.class,
                () -> policy.accept(DocumentType.BUSINESS_LICENCE, "x.png", "image/png", new byte[0])).reason());
    }
}
