package app.atelier.sandbox;

/** What the adapters and the sandbox agree on: the key it accepts, and the IA Créa user it knows. */
public final class Sandbox {

    /** The only key the sandbox accepts (it refuses any other, as a vendor would). */
    public static final String KEY = "sandbox-key";

    /** The IA Créa user id the sandbox knows. */
    public static final String IACREA_USER = "7f3c2a10-5b7e-4c61-9d2a-000000000001";

    private Sandbox() {
    }
}
