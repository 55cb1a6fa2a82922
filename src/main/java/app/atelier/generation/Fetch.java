package app.atelier.generation;

import app.atelier.media.StagedPhoto;

import java.util.List;

/**
 * Fetches what a request names by address (photos, an end frame, a zone), called by
 * {@link GenerationRequests#prepare} only once everything that needs no fetching is known to be
 * fine, so that a request refused for its credits or its options fetches nothing. Nothing it
 * fetches is stored until the request is submitted. A refusal of its own (an address that does not
 * answer) leaves it by an exception of the caller's, through {@code prepare}.
 */
@FunctionalInterface
public interface Fetch {

    /** Fetches nothing: every input is known already. */
    Fetch NOTHING = () -> new Fetched(List.of(), Inputs.NONE);

    Fetched fetch();

    /**
     * @param photos the photos of a project made with the request, in order (none for a request in a project)
     * @param inputs the zone and images fetched for the provider's image options
     */
    record Fetched(List<StagedPhoto> photos, Inputs inputs) {

        public Fetched {
            photos = List.copyOf(photos);
        }
    }
}
