package app.atelier.provider;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What a provider says of a generation it holds. A webhook only prompts us to ask; this is the answer. */
public sealed interface VendorStatus {

    /**
     * Waiting or working at the vendor (and, until the deadline, any status we do not know).
     *
     * @param progress  0 to 100, or -1 when the vendor does not say
     * @param remaining the vendor's estimate of the time left, when it gives one
     * @param raw       the vendor's own word for it, for the log
     */
    record Running(int progress, @Nullable Duration remaining, String raw) implements VendorStatus {
    }

    /**
     * Done: the files to copy, and what else the vendor said worth keeping (the id an extension of
     * the video needs), by name.
     */
    record Succeeded(List<ResultFile> files, Map<String, String> facts) implements VendorStatus {

        public Succeeded(List<ResultFile> files) {
            this(files, Map.of());
        }

        public Succeeded {
            files = List.copyOf(files);
            facts = Map.copyOf(facts);
            if (files.isEmpty()) {
                throw new IllegalArgumentException("A success without a result");
            }
        }
    }

    record Failed(ProviderError error) implements VendorStatus {
    }

    record Cancelled() implements VendorStatus {
    }
}
