package app.atelier.ui;

import app.atelier.shared.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every interface string exists in French and in English, is used, and is safe to format. */
class TranslationBundlesTest {

    private static final Pattern TRANSLATED_LITERAL = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"");

    private static Properties french;
    private static Properties english;
    private static String sources;

    @BeforeAll
    static void load() throws IOException {
        french = Bundles.of(Language.FRENCH);
        english = Bundles.of(Language.ENGLISH);
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(file -> file.toString().endsWith(".java"))
                    .map(TranslationBundlesTest::read)
                    .collect(Collectors.joining("\n"));
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(english.stringPropertyNames()).isEqualTo(french.stringPropertyNames());
    }

    @Test
    void noTranslationIsBlank() {
        assertThat(french.values()).allSatisfy(value -> assertThat(value.toString()).isNotBlank());
        assertThat(english.values()).allSatisfy(value -> assertThat(value.toString()).isNotBlank());
    }

    @Test
    void everyKeyIsUsedByTheCode() {
        var unused = new TreeSet<String>();
        for (var key : french.stringPropertyNames()) {
            if (!sources.contains("\"" + key + "\"")) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys no code mentions").isEmpty();
    }

    @Test
    void everyKeyTheCodeTranslatesExists() {
        Set<String> missing = TRANSLATED_LITERAL.matcher(sources).results()
                .map(match -> match.group(1))
                .filter(key -> !french.containsKey(key))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(missing).isEmpty();
    }

    /** MessageFormat treats an ASCII apostrophe as a quote and would swallow text; French typography wants ’ anyway. */
    @Test
    void noValueContainsAnAsciiApostrophe() {
        assertThat(french.values()).noneSatisfy(value -> assertThat(value.toString()).contains("'"));
        assertThat(english.values()).noneSatisfy(value -> assertThat(value.toString()).contains("'"));
    }


    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
