package app.atelier.ui;

import app.atelier.shared.Language;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The interface's strings in one language, read the way the application reads them (UTF-8). */
public final class Bundles {

    private Bundles() {
    }

    public static Properties of(Language language) {
        var file = "/" + Translations.BUNDLE.replace('.', '/') + "_" + language.code() + ".properties";
        try (var in = Bundles.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("No bundle " + file);
            }
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
