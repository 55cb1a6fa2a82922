package app.atelier.provider;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;

/** What {@link Provider#submit} returns. */
public sealed interface SubmitOutcome {

    /**
     * The vendor took it and will work on it; {@code initial} is what its answer already said.
     *
     * @param facts what else the vendor said worth keeping with the generation (its project id, the
     *              credits it has left), by name
     */
    record Accepted(String vendorId, @Nullable VendorStatus initial, Map<String, String> facts) implements SubmitOutcome {

        public Accepted {
            facts = Map.copyOf(facts);
        }

        public Accepted(String vendorId, @Nullable VendorStatus initial) {
            this(vendorId, initial, Map.of());
        }
    }

    /** Done already: a synchronous provider's result. */
    record Completed(String vendorId, List<ResultFile> files) implements SubmitOutcome {

        public Completed {
            files = List.copyOf(files);
        }
    }

    /** The vendor did not take it (so it costs nothing, and a retryable refusal may be sent again). */
    record Refused(ProviderError error) implements SubmitOutcome {
    }
}
