package app.atelier.render;

import java.io.Serial;

/** A render that could not be made (the photo cannot be read, the encoder failed). Nothing is left behind. */
public class RenderException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }

    public RenderException(String message) {
        super(message);
    }
}
