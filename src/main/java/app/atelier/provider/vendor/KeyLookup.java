package app.atelier.provider.vendor;

import java.util.Optional;

/** Where a connection finds a key saved in the interface for its vendor account. */
@FunctionalInterface
public interface KeyLookup {

    Optional<SavedKeys.Saved> find(String vendor);

    /** No key saved in the interface: the settings' key, or the sandbox. */
    static KeyLookup none() {
        return vendor -> Optional.empty();
    }
}
