package app.atelier.provider;

import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One generation handed to a provider.
 *
 * @param options     every option, checked against the capabilities, defaults filled in
 * @param images      the input images, in the order the provider takes them
 * @param callbackUrl where the vendor may call us back; absent when our address cannot be reached from outside
 * @param workFolder  a folder of this generation's own, for files a provider makes here
 */
public record SubmitRequest(UUID generationId, UUID teamId, GenerationKind kind, Map<String, String> options,
                            List<InputImage> images, @Nullable URI callbackUrl, Path workFolder, JobControl control) {

    public SubmitRequest {
        options = Map.copyOf(options);
        images = List.copyOf(images);
    }

    public String option(String key) {
        var value = options.get(key);
        if (value == null) {
            throw new IllegalArgumentException("No option " + key);
        }
        return value;
    }
}
