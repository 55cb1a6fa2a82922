package app.atelier.api.internal;

import app.atelier.api.ApiProperties;
import app.atelier.shared.ErrorReference;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.Map;

/** The API's answers to what goes wrong before or around an endpoint: in its own JSON, in the member's language. */
@RestControllerAdvice(basePackageClasses = ApiAdvice.class)
class ApiAdvice {

    private static final Logger log = LoggerFactory.getLogger(ApiAdvice.class);

    private final ApiRefusals refusals;
    private final ApiProperties settings;

    ApiAdvice(ApiRefusals refusals, ApiProperties settings) {
        this.refusals = refusals;
        this.settings = settings;
    }

    @ExceptionHandler({AuthorizationDeniedException.class, AccessDeniedException.class})
    ResponseEntity<Map<String, Object>> forbidden(RuntimeException denied) {
        return refusals.refuse(HttpStatus.FORBIDDEN, "forbidden", null, "api.error.role");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException unreadable) {
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiBodyLimit.TooLarge) {
                return refusals.refuse(HttpStatus.CONTENT_TOO_LARGE, "body_too_large", null, "api.error.body-too-large",
                        Math.max(1, settings.maxBody().toBytes() / 1024));
            }
        }
        return refusals.refuse(HttpStatus.BAD_REQUEST, "invalid_json", null, "api.error.json");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> notJson(HttpMediaTypeNotSupportedException notJson) {
        return refusals.refuse(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "invalid_json", null, "api.error.json");
    }

    /**
     * Anything nobody planned for: a 500 in the API's shape, with a reference to the log instead of
     * the detail. Spring MVC's own answers (404, 405, …) go on to Spring as before.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception failure, HttpServletRequest request) throws Exception {
        if (failure instanceof ErrorResponse) {
            throw failure;
        }
        var reference = ErrorReference.next();
        log.error("Unexpected error answering {} {} [ref {}]", request.getMethod(), request.getRequestURI(), reference, failure);
        return refusals.refuse(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", null, "api.error.internal", reference);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException mismatch) {
        return refusals.refuse(HttpStatus.BAD_REQUEST, "invalid_request", mismatch.getName(), "api.error.parameter",
                mismatch.getName());
    }
}
