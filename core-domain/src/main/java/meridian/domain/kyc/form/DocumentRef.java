package meridian.domain.kyc.form;

import java.util.ArrayList;
import java.util.List;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;
import java.util.regex.Pattern;

/** An uploaded document as the case records it: the bytes live in document storage under their SHA-256. */
public record DocumentRef(DocumentType type, String fileName, String contentType, long sizeBytes, String sha256) {
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public DocumentRef {
        fileName = Text.clean(fileName);
        contentType = Text.clean(contentType);
        List<FieldError> errors = new ArrayList<>();
        if (type == null) {
            errors.add(new FieldError("document.type", "is required"));
        }
        if (fileName == null) {
            errors.add(new FieldError("document.fileName", "is required"));
        }
        if (contentType == null) {
            errors.add(new FieldError("document.contentType", "is required"));
        }
        if (sizeBytes <= 0) {
            errors.add(new FieldError("document.sizeBytes", "must be positive"));
        }
        if (sha256 == null || !SHA256_HEX.matcher(sha256).matches()) {
            errors.add(new FieldError("document.sha256", "must be 64 lower-case hex digits"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
