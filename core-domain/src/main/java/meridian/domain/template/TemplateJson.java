package meridian.domain.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON form of a template definition, as the API and the template files use it. A term is required unless it
 * has a {@code default} or a {@code defaultFrom}; the script is a string or an array of lines.
 */
public final class TemplateJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TemplateJson() {
    }

    /** Reads a template file from the class path, e.g. {@code /meridian/templates/snowball.json}. */
    public static TemplateDefinition readResource(String resource) {
        try (InputStream in = TemplateJson.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no template resource " + resource);
            }
            return read(MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TemplateDefinition parse(String json) {
        try {
            return read(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new ValidationException("", "is not valid JSON: " + e.getOriginalMessage());
        }
    }

    public static TemplateDefinition read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new ValidationException("", "a template is a JSON object with name, fields, script and testCases");
        }
        List<FieldError> errors = new ArrayList<>();
        List<TermField> fields = new ArrayList<>();
        JsonNode fieldNodes = root.path("fields");
        if (!fieldNodes.isArray()) {
            errors.add(new FieldError("fields", "is required: an array of terms"));
        } else {
            for (int i = 0; i < fieldNodes.size(); i++) {
                try {
                    fields.add(field(fieldNodes.get(i), "fields[" + i + "]"));
                } catch (ValidationException e) {
                    errors.addAll(e.errors());
                }
            }
        }
        String script = script(root.get("script"), errors);
        List<TemplateTestCase> testCases = new ArrayList<>();
        JsonNode caseNodes = root.path("testCases");
        if (!caseNodes.isArray()) {
            errors.add(new FieldError("testCases", "is required: an array of test cases"));
        } else {
            for (int i = 0; i < caseNodes.size(); i++) {
                try {
                    testCases.add(testCase(caseNodes.get(i), "testCases[" + i + "]"));
                } catch (ValidationException e) {
                    errors.addAll(e.errors());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new TemplateDefinition(text(root, "name"), text(root, "description"), fields, script, testCases);
    }

    private static String script(JsonNode node, List<FieldError> errors) {
        if (node != null && node.isTextual()) {
            return node.textValue();
        }
        if (node != null && node.isArray()) {
            StringBuilder text = new StringBuilder();
            for (JsonNode line : node) {
                if (!line.isTextual()) {
                    errors.add(new FieldError("script", "an array script holds lines of text"));
                    return null;
                }
                text.append(line.textValue()).append('\n');
            }
            return text.toString();
        }
        errors.add(new FieldError("script", "is required: the payoff script as text or an array of lines"));
        return null;
    }

    private static TermField field(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new ValidationException(path, "a term is an object with name and type");
        }
        String name = text(node, "name");
        TermType type;
        try {
            type = TermType.valueOf(text(node, "type"));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ValidationException(path + ".type", "must be one of NUMBER, PERCENT, INTEGER, DATE, ENUM, BOOLEAN");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode value : node.path("values")) {
            values.add(value.asText());
        }
        JsonNode defaultNode = node.get("default");
        TermValue defaultValue = defaultNode == null || defaultNode.isNull() ? null : termValue(defaultNode, type, path + ".default");
        String defaultFrom = text(node, "defaultFrom");
        return new TermField(name, type, text(node, "description"), defaultValue == null && defaultFrom == null,
                defaultValue, defaultFrom, decimal(node, "min", path), node.path("minExclusive").asBoolean(false),
                decimal(node, "max", path), node.path("maxExclusive").asBoolean(false), values);
    }

    private static TermValue termValue(JsonNode node, TermType type, String path) {
        if (type == TermType.DATE && node.isTextual()) {
            try {
                return new TermValue.Date(LocalDate.parse(node.textValue()));
            } catch (DateTimeParseException e) {
                throw new ValidationException(path, "is not a date (YYYY-MM-DD)");
            }
        }
        if (node.isNumber()) {
            return new TermValue.Number(node.decimalValue());
        }
        if (node.isBoolean()) {
            return new TermValue.Bool(node.booleanValue());
        }
        if (node.isTextual()) {
            return new TermValue.Text(node.textValue());
        }
        throw new ValidationException(path, "must be a number, text or boolean");
    }

    private static BigDecimal decimal(JsonNode node, String name, String path) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw new ValidationException(path + "." + name, "must be a number");
        }
        return value.decimalValue();
    }

    private static TemplateTestCase testCase(JsonNode node, String path) {
        JsonNode inputs = node.path("inputs");
        JsonNode expected = node.path("expected");
        List<FieldError> errors = new ArrayList<>();
        if (!inputs.path("terms").isObject()) {
            errors.add(new FieldError(path + ".inputs.terms", "is required: an object of term values"));
        }
        if (!expected.path("pv").isNumber()) {
            errors.add(new FieldError(path + ".expected.pv", "is required: the expected pv"));
        }
        if (!expected.path("tolerance").isNumber()) {
            errors.add(new FieldError(path + ".expected.tolerance", "is required: how far the pv may be from the expected pv"));
        }
        for (String name : List.of("paths", "seed")) {
            JsonNode value = inputs.get(name);
            if (value != null && !value.isNull() && !(value.isIntegralNumber()
                    && (name.equals("seed") ? value.canConvertToLong() : value.canConvertToInt()))) {
                errors.add(new FieldError(path + ".inputs." + name, "must be a whole number"));
            }
        }
        for (String name : List.of("method", "calendar")) {
            JsonNode value = inputs.get(name);
            if (value != null && !value.isNull() && !value.isTextual()) {
                errors.add(new FieldError(path + ".inputs." + name, "must be a string"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        MarketInputs market = MarketInputs.fromJson(inputs.get("market"), path + ".inputs.market");
        try {
            TestInputs testInputs = new TestInputs((ObjectNode) inputs.get("terms"), market,
                    inputs.path("method").asText("MC"), inputs.path("paths").asInt(TemplateDefaults.PATHS),
                    inputs.path("seed").asLong(TemplateDefaults.SEED), inputs.path("calendar").asText(TestInputs.DEFAULT_CALENDAR));
            return new TemplateTestCase(text(node, "name"), testInputs, expected.get("pv").doubleValue(),
                    expected.get("tolerance").doubleValue());
        } catch (ValidationException e) {
            String prefix = path + (e.errors().get(0).field().startsWith("expected") || e.errors().get(0).field().equals("name") ? "." : ".inputs.");
            throw new ValidationException(e.errors().stream()
                    .map(error -> new FieldError(prefix + error.field(), error.message())).toList());
        }
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** The canonical JSON of a definition; its SHA-256 is the version hash. */
    public static ObjectNode write(TemplateDefinition definition) {
        ObjectNode root = NODES.objectNode();
        root.put("name", definition.name());
        root.put("description", definition.description());
        ArrayNode fields = root.putArray("fields");
        for (TermField field : definition.fields()) {
            ObjectNode node = fields.addObject();
            node.put("name", field.name());
            node.put("type", field.type().name());
            if (!field.description().isEmpty()) {
                node.put("description", field.description());
            }
            if (field.min() != null) {
                node.put("min", field.min());
                node.put("minExclusive", field.minExclusive());
            }
            if (field.max() != null) {
                node.put("max", field.max());
                node.put("maxExclusive", field.maxExclusive());
            }
            if (!field.values().isEmpty()) {
                ArrayNode values = node.putArray("values");
                field.values().forEach(values::add);
            }
            if (field.defaultValue() instanceof TermValue.Number number) {
                node.put("default", number.value());
            } else if (field.defaultValue() instanceof TermValue.Date date) {
                node.put("default", date.value().toString());
            } else if (field.defaultValue() instanceof TermValue.Text text) {
                node.put("default", text.value());
            } else if (field.defaultValue() instanceof TermValue.Bool bool) {
                node.put("default", bool.value());
            }
            if (field.defaultFrom() != null) {
                node.put("defaultFrom", field.defaultFrom());
            }
        }
        root.put("script", definition.script());
        ArrayNode cases = root.putArray("testCases");
        for (TemplateTestCase testCase : definition.testCases()) {
            ObjectNode node = cases.addObject();
            node.put("name", testCase.name());
            ObjectNode inputs = node.putObject("inputs");
            TestInputs in = testCase.inputs();
            inputs.set("terms", in.terms());
            ObjectNode market = inputs.putObject("market");
            market.put("valuationDate", in.market().valuationDate().toString());
            market.put("spot", in.market().spot());
            market.put("initialPrice", in.market().initialPrice());
            market.put("vol", in.market().vol());
            market.put("rate", in.market().rate());
            market.put("dividendYield", in.market().dividendYield());
            inputs.put("method", in.method());
            inputs.put("paths", in.paths());
            inputs.put("seed", in.seed());
            inputs.put("calendar", in.calendar());
            ObjectNode expected = node.putObject("expected");
            expected.put("pv", testCase.expectedPv());
            expected.put("tolerance", testCase.tolerance());
        }
        return root;
    }

    /** The JSON text with object keys sorted, so equal definitions give equal text. */
    public static String canonical(TemplateDefinition definition) {
        try {
            Object tree = MAPPER.treeToValue(write(definition), Object.class);
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
