package app.atelier.generation;

import app.atelier.media.StagedPhoto;
import org.jspecify.annotations.Nullable;

import java.awt.image.BufferedImage;
import java.util.Map;

/**
 * What comes with a request without being stored yet: stored when the request is submitted, never
 * when it is refused.
 *
 * @param mask   a zone drawn in the wizard or fetched by a script, for the provider's {@code mask} option
 * @param images images fetched from addresses for the provider's image options (a Luma end frame), by
 *               option key: they join the project as photos when the request is submitted
 */
public record Inputs(@Nullable BufferedImage mask, Map<String, StagedPhoto> images) {

    public static final Inputs NONE = new Inputs(null, Map.of());

    public Inputs {
        images = Map.copyOf(images);
    }

    public static Inputs drawn(BufferedImage mask) {
        return new Inputs(mask, Map.of());
    }
}
