package meridian.read.kyc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import meridian.domain.kyc.caseflow.KycCase;

/** The masked case as the {@code kyc_case.state} column holds it, and monitored list entries and news: JSON. */
final class KycJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private KycJson() {
    }

    static String write(KycCase state) {
        try {
            return MAPPER.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write KYC case " + state.caseId() + " as JSON", e);
        }
    }

    static KycCase read(String json) {
        try {
            return MAPPER.readValue(json, KycCase.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a kyc_case row does not hold a case: " + e.getOriginalMessage(), e);
        }
    }

    static String writeValue(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static <T> T readValue(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a KYC view row does not hold a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
