package app.atelier.media;

import java.io.Serial;
import java.net.URI;
import java.util.List;

/** A vendor's result that could not be downloaded: why, in the words of a photo import's refusal. */
public class ResultUnavailableException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final PhotoRefusal reason;

    public ResultUnavailableException(URI url, PhotoRefusal reason, List<Object> arguments) {
        super("Cannot download " + url.getHost() + url.getPath() + ": " + reason + " " + arguments);
        this.reason = reason;
    }

    public PhotoRefusal reason() {
        return reason;
    }
}
