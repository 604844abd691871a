package meridian.domain.kyc.news;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

/** One item of a news feed. */
public record NewsItem(String id, String title, String body, LocalDate publishedOn, String source) {
    public NewsItem {
        List<FieldError> errors = new ArrayList<>();
        if (id == null || id.isBlank()) {
            errors.add(new FieldError("id", "is required"));
        }
        if (title == null || title.isBlank()) {
            errors.add(new FieldError("title", "is required"));
        }
        if (publishedOn == null) {
            errors.add(new FieldError("publishedOn", "is required"));
        }
        if (source == null || source.isBlank()) {
            errors.add(new FieldError("source", "is required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        body = body == null ? "" : body;
    }
}
