package app.atelier.provider.vendor;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * How vendor JSON is read and written: snake_case names, absent values left out, unknown fields
 * ignored, enum-like strings compared without regard to case (docs/vendors.md: parse tolerantly).
 */
public final class VendorJson {

    public static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private VendorJson() {
    }

    /** A text field, when there is one and it is not blank (numbers are read as text too). */
    public static Optional<String> text(JsonNode node, String field) {
        var value = node.get(field);
        if (value == null || value.isNull() || value.isContainer()) {
            return Optional.empty();
        }
        var text = value.asString().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** An enum-like word, upper case, with spaces and dashes made underscores ("in progress" → IN_PROGRESS). */
    public static Optional<String> word(JsonNode node, String field) {
        return text(node, field).map(text -> text.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
    }

    /** An http(s) address the vendor gave, if it is one. */
    public static Optional<URI> link(String text) {
        try {
            var uri = new URI(text.strip());
            return "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())
                    ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException notALink) {
            return Optional.empty();
        }
    }

    /** A text field of a body that should be a JSON object (a webhook's): empty for any other body. */
    public static Optional<String> textIn(byte[] body, String field) {
        try {
            var node = MAPPER.readTree(body);
            return node != null && node.isObject() ? text(node, field) : Optional.empty();
        } catch (JacksonException notJson) {
            return Optional.empty();
        }
    }
}
