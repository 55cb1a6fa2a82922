package app.atelier.api.internal;

import app.atelier.account.ApiCaller;
import app.atelier.shared.Language;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How the API says no, on every endpoint alike: the HTTP status, and a JSON body
 * {@code {"code": "invalid_request", "message": "…", "field": "image_urls"}} whose message is in the
 * key's member's language (or the request's {@code Accept-Language} before the key is known). IA Créa's
 * pages document no error body; scripts written for it read the status and, at most, a message.
 */
@Component
public class ApiRefusals {

    private final I18NProvider translations;
    private final JsonMapper json;

    ApiRefusals(I18NProvider translations, JsonMapper json) {
        this.translations = translations;
        this.json = json;
    }

    /** The refusal as a response body. */
    public ResponseEntity<Map<String, Object>> refuse(HttpStatus status, String code, @Nullable String field,
                                                      String messageKey, Object... arguments) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(body(code, field, say(messageKey, locale(), arguments)));
    }

    /** The refusal written straight to the response (before any controller: a missing key, a rate limit). */
    void write(HttpServletResponse response, int status, String code, String messageKey, Locale locale,
               Object... arguments) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(body(code, null, say(messageKey, locale, arguments))));
    }

    /** Says a refusal: its status, code, field and message. */
    ResponseEntity<Map<String, Object>> refuse(ApiRefusal refusal) {
        return refuse(refusal.status(), refusal.code(), refusal.field(), refusal.messageKey(), refusal.arguments().toArray());
    }

    public String say(String messageKey, Locale locale, Object... arguments) {
        var said = new Object[arguments.length];
        for (int index = 0; index < arguments.length; index++) {
            said[index] = arguments[index] instanceof ApiRefusal.Nested(var key, var nested)
                    ? say(key, locale, nested.toArray()) : arguments[index];
        }
        return translations.getTranslation(messageKey, Language.of(locale).locale(), said);
    }

    public String say(String messageKey, Object... arguments) {
        return say(messageKey, locale(), arguments);
    }

    /**
     * The key's member's language during a request (Spring MVC sets the request's own locale around each
     * request, so it is read from the caller), or the current thread's (a webhook sent for a member).
     */
    static Locale locale() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && request.getRequest().getAttribute(ApiKeyFilter.CALLER) instanceof ApiCaller caller) {
            return caller.language().locale();
        }
        return LocaleContextHolder.getLocale();
    }

    private static Map<String, Object> body(String code, @Nullable String field, String message) {
        var body = new LinkedHashMap<String, Object>();
        body.put("code", code);
        body.put("message", message);
        if (field != null) {
            body.put("field", field);
        }
        return body;
    }
}
