package app.atelier.provider;

import java.io.Serial;

/**
 * A call to a provider that went wrong in a way the pipeline must know about.
 *
 * @see #mayHaveBeenAccepted()
 */
public class ProviderException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient ProviderError error;
    private final boolean mayHaveBeenAccepted;

    public ProviderException(ProviderError error, boolean mayHaveBeenAccepted, Throwable cause) {
        super(error.code() + ": " + error.vendorMessage(), cause);
        this.error = error;
        this.mayHaveBeenAccepted = mayHaveBeenAccepted;
    }

    public ProviderException(ProviderError error, boolean mayHaveBeenAccepted) {
        super(error.code() + ": " + error.vendorMessage());
        this.error = error;
        this.mayHaveBeenAccepted = mayHaveBeenAccepted;
    }

    public ProviderError error() {
        return error;
    }

    /**
     * Whether a create call may have reached the vendor and been taken (a timeout after sending):
     * such a call is never sent again, since none of the vendors offers an idempotency handle.
     */
    public boolean mayHaveBeenAccepted() {
        return mayHaveBeenAccepted;
    }
}
