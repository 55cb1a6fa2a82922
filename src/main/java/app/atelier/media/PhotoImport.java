package app.atelier.media;

import java.util.List;

/** The outcome of importing one photo. */
public sealed interface PhotoImport {

    record Imported(PhotoSummary photo) implements PhotoImport {
    }

    /** Nothing was stored. The arguments fill the reason's message (limits, format, status). */
    record Refused(PhotoRefusal reason, List<Object> arguments) implements PhotoImport {

        public Refused(PhotoRefusal reason, Object... arguments) {
            this(reason, List.of(arguments));
        }
    }
}
