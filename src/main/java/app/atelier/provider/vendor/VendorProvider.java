package app.atelier.provider.vendor;

import app.atelier.provider.Capabilities;
import app.atelier.provider.Provider;

import java.util.Optional;

/** What every vendor adapter has: its id, its name, its capabilities, and a connection or none. */
public abstract class VendorProvider implements Provider {

    /** A connection to a vendor, or to the sandbox standing in for it. */
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

    /** The connection, when there is a key (or the sandbox). */
    protected abstract Optional<? extends Link> link();

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
        return link().isPresent();
    }

    @Override
    public boolean sandboxed() {
        return link().map(Link::sandboxed).orElse(false);
    }
}
