package app.atelier.api.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

import java.util.List;

/**
 * Why the API does not do what it was asked: the status, a stable code for scripts, the parameter at
 * fault (if one is), and the message (an i18n key and its arguments) in the member's language.
 */
record ApiRefusal(HttpStatus status, String code, @Nullable String field, String messageKey, List<Object> arguments) {

    static ApiRefusal invalid(String field, String messageKey, Object... arguments) {
        return new ApiRefusal(HttpStatus.BAD_REQUEST, "invalid_request", field, messageKey, List.of(arguments));
    }

    /** A message within the message (why a photo could not be fetched), translated with it. */
    record Nested(String key, List<Object> arguments) {
    }

    static ApiRefusal notFound(String field) {
        return new ApiRefusal(HttpStatus.NOT_FOUND, "not_found", field, "api.error.no-generation", List.of());
    }
}
