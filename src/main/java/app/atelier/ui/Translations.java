package app.atelier.ui;

import app.atelier.shared.Language;
import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Every user-visible string, from {@code i18n/messages_<language>.properties}. French is the default
 * for any locale we do not speak; a bundle never falls back to the JVM's own locale. A missing key
 * shows as {@code !key!} so that tests (and people) notice it.
 */
@Component
class Translations implements I18NProvider {

    static final String BUNDLE = "i18n.messages";

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Language.locales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        var language = Language.of(locale);
        var bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), NO_FALLBACK);
        if (!bundle.containsKey(key)) {
            log.warn("Missing translation '{}' in {}", key, language.code());
            return "!" + key + "!";
        }
        return new MessageFormat(bundle.getString(key), language.locale()).format(params);
    }
}
