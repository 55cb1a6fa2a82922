package app.atelier.media;

import java.util.List;

/** What fetching a photo without storing it gave. */
public sealed interface PhotoStaging {

    record Staged(StagedPhoto photo) implements PhotoStaging {
    }

    /** Nothing was kept. The arguments fill the reason's message, as for an import. */
    record Refused(PhotoRefusal reason, List<Object> arguments) implements PhotoStaging {

        public Refused {
            arguments = List.copyOf(arguments);
        }
    }
}
