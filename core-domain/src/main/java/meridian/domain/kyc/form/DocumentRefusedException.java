package meridian.domain.kyc.form;

import java.util.List;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

/** An upload the document policy refuses; {@link #reason()} tells HTTP which status fits (413, 415 or 400). */
public final class DocumentRefusedException extends ValidationException {

    public enum Reason {
        /** Over the size limit: HTTP 413. */
        TOO_LARGE,
        /** A content type that is not allowed, or bytes that are not what the content type says: HTTP 415. */
        UNSUPPORTED_TYPE,
        /** No bytes at all: HTTP 400. */
        EMPTY
    }

    private final Reason reason;

    public DocumentRefusedException(Reason reason, String field, String message) {
        super(List.of(new FieldError(field, message)));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
