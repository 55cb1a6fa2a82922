package app.atelier.provider;

import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One generation handed to a provider.
 *
 * @param options     every option, checked against the capabilities, defaults filled in
 * @param images      the input images, in the order the provider takes them
 * @param attachments further images by option key: a mask, an end frame
 * @param parent      the earlier generation this one continues (a variation, an extension), if any
 * @param callbackUrl where the vendor may call us back; absent when our address cannot be reached from outside
 * @param workFolder  a folder of this generation's own, for files a provider makes here
 */
public record SubmitRequest(UUID generationId, UUID teamId, GenerationKind kind, Map<String, String> options,
                            List<InputImage> images, Map<String, InputImage> attachments, @Nullable Parent parent,
                            @Nullable URI callbackUrl, Path workFolder, JobControl control) {

    public SubmitRequest {
        options = Map.copyOf(options);
        images = List.copyOf(images);
        attachments = Map.copyOf(attachments);
    }

    public SubmitRequest(UUID generationId, UUID teamId, GenerationKind kind, Map<String, String> options,
                         List<InputImage> images, @Nullable URI callbackUrl, Path workFolder, JobControl control) {
        this(generationId, teamId, kind, options, images, Map.of(), null, callbackUrl, workFolder, control);
    }

    public String option(String key) {
        var value = options.get(key);
        if (value == null) {
            throw new IllegalArgumentException("No option " + key);
        }
        return value;
    }

    public Optional<InputImage> attachment(String key) {
        return Optional.ofNullable(attachments.get(key));
    }

    /**
     * The earlier generation a variation or an extension continues, as its provider knows it.
     *
     * @param facts what the vendor said of it (the video id an extension needs)
     */
    public record Parent(String vendorId, Map<String, String> facts) {

        public Parent {
            facts = Map.copyOf(facts);
        }
    }
}
