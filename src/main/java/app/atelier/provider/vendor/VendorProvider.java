package app.atelier.provider.vendor;

import app.atelier.provider.Capabilities;
import app.atelier.provider.Provider;

import java.util.Optional;

/** What every vendor adapter has: its id, its name, its capabilities, and a connection or none. */
public abstract class VendorProvider implements Provider {

    /** A vendor that can take generations, or the sandbox standing in for it. */
    public interface Link {
        boolean sandboxed();
    }

    private final String id;
    private final String nameKey;
    private final Capabilities capabilities;

    protected VendorProvider(String id, String nameKey, Capabilities capabilities) {
        this.id = id;
        this.nameKey = nameKey;
        this.capabilities = capabilities;
    }

    /** Whether generations can be taken: there is a key (or the sandbox); known before the server has started. */
    protected abstract Optional<? extends Link> offer();

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String nameKey() {
        return nameKey;
    }

    @Override
    public final Capabilities capabilities() {
        return capabilities;
    }

    @Override
    public boolean available() {
        return offer().isPresent();
    }

    @Override
    public boolean sandboxed() {
        return offer().map(Link::sandboxed).orElse(false);
    }
}
