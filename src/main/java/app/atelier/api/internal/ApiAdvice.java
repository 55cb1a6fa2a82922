package app.atelier.api.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.Map;

/** The API's answers to what goes wrong before or around an endpoint: in its own JSON, in the member's language. */
@RestControllerAdvice(basePackageClasses = ApiAdvice.class)
class ApiAdvice {

    private final ApiAnswers answers;

    ApiAdvice(ApiAnswers answers) {
        this.answers = answers;
    }

    @ExceptionHandler({AuthorizationDeniedException.class, AccessDeniedException.class})
    ResponseEntity<Map<String, Object>> forbidden(RuntimeException denied) {
        return answers.refuse(HttpStatus.FORBIDDEN, "forbidden", null, "api.error.role");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException unreadable) {
        return answers.refuse(HttpStatus.BAD_REQUEST, "invalid_json", null, "api.error.json");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> notJson(HttpMediaTypeNotSupportedException notJson) {
        return answers.refuse(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "invalid_json", null, "api.error.json");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException mismatch) {
        return answers.refuse(HttpStatus.BAD_REQUEST, "invalid_request", mismatch.getName(), "api.error.parameter",
                mismatch.getName());
    }
}
