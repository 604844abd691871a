package meridian.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

import java.util.List;

/**
 * The wire format: strict JSON in (unknown fields, wrong types and trailing garbage refused, each naming
 * the field), plain JSON out.
 */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS);

    static {
        // A number or boolean where text is expected is a wrong type, not text.
        var textual = MAPPER.coercionConfigFor(com.fasterxml.jackson.databind.type.LogicalType.Textual);
        for (var shape : new com.fasterxml.jackson.databind.cfg.CoercionInputShape[] {
                com.fasterxml.jackson.databind.cfg.CoercionInputShape.Integer,
                com.fasterxml.jackson.databind.cfg.CoercionInputShape.Float,
                com.fasterxml.jackson.databind.cfg.CoercionInputShape.Boolean}) {
            textual.setCoercion(shape, com.fasterxml.jackson.databind.cfg.CoercionAction.Fail);
        }
    }

    private Json() {
    }

    /** Reads a request body; bad input becomes a {@link BadRequestBody} carrying the problem document. */
    public static <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw new BadRequestBody(Problem.malformedJson("the request body is empty; a JSON object is expected"));
        }
        try {
            return MAPPER.readValue(body, type);
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof ValidationException v) {
                throw new BadRequestBody(Problem.validation(prefixed(path(e), v.errors())));
            }
            throw new BadRequestBody(Problem.validation(List.of(new FieldError(orBody(path(e)), rootMessage(e)))));
        } catch (UnrecognizedPropertyException e) {
            throw new BadRequestBody(Problem.validation(List.of(new FieldError(path(e), "unknown field"))));
        } catch (InvalidFormatException e) {
            throw new BadRequestBody(Problem.validation(List.of(new FieldError(orBody(path(e)),
                    "cannot read '" + e.getValue() + "' as " + e.getTargetType().getSimpleName()))));
        } catch (MismatchedInputException e) {
            throw new BadRequestBody(Problem.validation(List.of(new FieldError(orBody(path(e)),
                    "wrong type: expected " + jsonType(e.getTargetType())))));
        } catch (JsonMappingException e) {
            throw new BadRequestBody(Problem.validation(List.of(new FieldError(orBody(path(e)), rootMessage(e)))));
        } catch (JsonProcessingException e) {
            throw new BadRequestBody(Problem.malformedJson(e.getOriginalMessage()));
        }
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + value.getClass().getSimpleName(), e);
        }
    }

    private static String jsonType(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        return "an object";
    }

    private static List<FieldError> prefixed(String prefix, List<FieldError> errors) {
        if (prefix.isEmpty()) {
            return errors;
        }
        return errors.stream().map(f -> new FieldError(prefix + "." + f.field(), f.message())).toList();
    }

    private static String orBody(String path) {
        return path.isEmpty() ? "body" : path;
    }

    /** Jackson's reference path as {@code a.b[2].c}. */
    static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root instanceof JsonMappingException j ? j.getOriginalMessage() : root.getMessage();
        return message == null ? "invalid value" : message;
    }
}
