package app.atelier;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Gives each test application context a new, empty data directory under {@code target/}. */
public class FreshDataDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try {
            var root = Files.createDirectories(Path.of("target", "test-data"));
            var dataDir = Files.createTempDirectory(root, "atelier-").toAbsolutePath();
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("freshDataDirectory", Map.of("atelier.data-dir", dataDir.toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
