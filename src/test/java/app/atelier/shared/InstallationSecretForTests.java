package app.atelier.shared;

/** Lets tests of other modules build the installation secret without a Spring context. */
public final class InstallationSecretForTests {

    private InstallationSecretForTests() {
    }

    public static InstallationSecret of(AtelierProperties properties) {
        return new InstallationSecret(properties);
    }
}
