package meridian.domain.rfq.chat;

import meridian.domain.common.ValidationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class WebhookSignatureTest {

    private final WebhookSignature signature = WebhookSignature.fromText("a-shared-secret-of-at-least-32-bytes!!");
    private final byte[] body = "{\"groupId\":\"g1\",\"text\":\"宁德 1M ATM call\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void matchesTheRfc4231Vector() {
        // RFC 4231 test case 6: a 131-byte key of 0xaa, a larger-than-block-size key that is hashed first
        byte[] key = new byte[131];
        java.util.Arrays.fill(key, (byte) 0xaa);
        byte[] data = "Test Using Larger Than Block-Size Key - Hash Key First".getBytes(StandardCharsets.US_ASCII);
        assertEquals("sha256=60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
                new WebhookSignature(key).sign(data));
    }

    @Test
    void acceptsItsOwnSignatureAndRefusesAnyChange() {
        String header = signature.sign(body);
        assertTrue(signature.verify(body, header));
        assertTrue(signature.verify(body, header.toUpperCase().replace("SHA256=", "sha256=")));
        byte[] tampered = body.clone();
        tampered[5] ^= 1;
        assertFalse(signature.verify(tampered, header));
        assertFalse(signature.verify(body, null));
        assertFalse(signature.verify(body, "sha256=zz"));
        assertFalse(signature.verify(body, header.substring(PREFIX_LENGTH)));
        assertFalse(WebhookSignature.fromText("another-shared-secret-of-32-bytes!!!!").verify(body, header));
    }

    private static final int PREFIX_LENGTH = WebhookSignature.PREFIX.length();

    @Test
    void shortSecretsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> WebhookSignature.fromText("short"));
    }

    @Test
    void aChatMessageNamesEveryBadField() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new ChatMessage("", null, "m1", "x".repeat(ChatMessage.MAX_TEXT + 1), null));
        assertEquals(List.of("groupId", "senderId", "text"), e.errors().stream().map(f -> f.field()).toList());
        assertTrue(new ChatMessage("g", "s", "m", "hi", List.of("bot")).mentions("bot"));
    }
}
