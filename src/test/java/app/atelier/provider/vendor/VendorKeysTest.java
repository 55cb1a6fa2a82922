package app.atelier.provider.vendor;

import app.atelier.IntegrationTest;
import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.provider.KeyCheck;
import app.atelier.provider.Providers;
import app.atelier.provider.VendorKeyState;
import app.atelier.provider.VendorKeys;
import app.atelier.shared.AtelierProperties;
import app.atelier.shared.InstallationSecret;
import app.atelier.shared.LiveUpdates;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Vendor keys entered in the interface: checked against the vendor's balance call (a real HTTP
 * server speaking Evolink's contract), saved encrypted (the stored text holds neither the key nor its
 * Base64), used at once in place of the sandbox, removed; and a secret that cannot open them stops
 * the start with a clear message and changes nothing.
 */
@IntegrationTest
@WithMember(role = Role.ADMIN)
class VendorKeysTest {

    static final MockWebServer EVOLINK = started();
    static final String KEY = "sk-evolink-9f3a-7c2e-41d8-b6aa";

    @DynamicPropertySource
    static void evolinkAtTheTestServer(DynamicPropertyRegistry properties) {
        properties.add("atelier.providers.evolink.base-url", () -> EVOLINK.url("/").toString().replaceAll("/$", ""));
    }

    @Autowired
    VendorKeys keys;

    @Autowired
    Providers providers;

    @Autowired
    SavedKeys savedKeys;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AtelierProperties atelier;

    @Autowired
    LiveUpdates updates;

    @BeforeEach
    @AfterEach
    void noSavedKey() {
        jdbc.sql("DELETE FROM vendor_key").update();
        savedKeys.reload();
        drain();
    }

    @AfterAll
    static void stop() {
        EVOLINK.close();
    }

    @Test
    void aKeyTheVendorAcceptsIsSavedEncryptedAndReplacesTheSandboxAtOnce() throws InterruptedException {
        var evolink = providers.find("evolink-wan").orElseThrow();
        assertThat(evolink.sandboxed()).isTrue();
        assertThat(state().source()).isEqualTo(VendorKeyState.Source.SANDBOX);
        credits(1234.5);

        var saved = keys.save("evolink", KEY, null);

        assertThat(saved).isInstanceOf(KeyCheck.Accepted.class);
        assertThat(((KeyCheck.Accepted) saved).balance().remaining()).isEqualTo(1235);
        var checked = EVOLINK.takeRequest(5, TimeUnit.SECONDS);
        assertThat(checked.getTarget()).isEqualTo("/v1/credits");
        assertThat(checked.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(evolink.sandboxed()).isFalse();
        assertThat(state().source()).isEqualTo(VendorKeyState.Source.SAVED);
        assertThat(state().hint()).isEqualTo("b6aa");

        var stored = jdbc.sql("SELECT secret FROM vendor_key WHERE vendor = 'evolink'").query(String.class).single();
        assertThat(stored).doesNotContain(KEY).doesNotContain(Base64.getEncoder().encodeToString(KEY.getBytes(StandardCharsets.UTF_8)));
        assertThat(new String(Base64.getDecoder().decode(stored), StandardCharsets.ISO_8859_1)).doesNotContain(KEY);

        // the balance is read with the saved key
        credits(88);
        assertThat(keys.balances(true)).filteredOn(balance -> balance.vendor().equals("evolink")).singleElement()
                .satisfies(balance -> {
                    assertThat(balance.balance().remaining()).isEqualTo(88);
                    assertThat(balance.sandboxed()).isFalse();
                });
        assertThat(EVOLINK.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);

        assertThat(keys.remove("evolink")).isTrue();
        assertThat(evolink.sandboxed()).isTrue();
        assertThat(state().source()).isEqualTo(VendorKeyState.Source.SANDBOX);
    }

    @Test
    void aKeyTheVendorRefusesIsNotSaved() {
        EVOLINK.enqueue(new MockResponse.Builder().code(401).setHeader("Content-Type", "application/json")
                .body("{\"error\":{\"code\":\"unauthorized\",\"message\":\"Invalid API key\"}}").build());

        var refused = keys.save("evolink", "sk-wrong-key-123456", null);

        assertThat(refused).isInstanceOf(KeyCheck.Refused.class);
        assertThat(((KeyCheck.Refused) refused).messageKey()).isEqualTo("vendor-keys.refused.auth");
        assertThat(((KeyCheck.Refused) refused).saved()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM vendor_key").query(Long.class).single()).isZero();
        assertThat(providers.find("evolink-wan").orElseThrow().sandboxed()).isTrue();
        assertThat(keys.save("evolink", "short", null)).isEqualTo(new KeyCheck.Refused("vendor-keys.error.shape", "", false));
        assertThat(keys.save("iacrea", "iacrea-key-0123456789", " ")).isEqualTo(
                new KeyCheck.Refused("vendor-keys.error.account-missing", "", false));
    }

    @Test
    void anotherSecretStopsTheStartWithAClearMessageAndChangesNothing() {
        credits(10);
        keys.save("evolink", KEY, null);
        drain();
        var before = jdbc.sql("SELECT secret FROM vendor_key WHERE vendor = 'evolink'").query(String.class).single();
        var otherSecret = new InstallationSecret(new AtelierProperties(URI.create("http://localhost:8080"), Path.of("unused"),
                "another installation secret, 48 characters long"));

        assertThatThrownBy(() -> new SavedKeys(jdbc, otherSecret, updates))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ATELIER_SECRET_KEY")
                .hasMessageContaining("Nothing was changed");
        assertThat(jdbc.sql("SELECT secret FROM vendor_key WHERE vendor = 'evolink'").query(String.class).single()).isEqualTo(before);
        // the right secret still opens it
        assertThat(new SavedKeys(jdbc, new InstallationSecret(atelier), updates).find("evolink").orElseThrow().key()).isEqualTo(KEY);
    }

    @Test
    void aKeyChangedOnAnotherNodeMakesThisOneReadTheBalanceAgain() {
        drain();
        credits(500);
        assertThat(keys.save("evolink", KEY, null)).isInstanceOf(KeyCheck.Accepted.class);
        credits(77);
        assertThat(evolinkBalance(keys.balances(true))).isEqualTo(77);
        int asked = EVOLINK.getRequestCount();

        assertThat(evolinkBalance(keys.balances(false))).as("within the minute, from memory").isEqualTo(77);
        assertThat(EVOLINK.getRequestCount()).isEqualTo(asked);

        // another node saved a key: its change reaches this one through the relay
        credits(12);
        updates.deliver(new app.atelier.provider.VendorKeysChanged("evolink"));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).pollInSameThread()
                .untilAsserted(() -> assertThat(evolinkBalance(keys.balances(false))).isEqualTo(12));
        assertThat(keys.remove("evolink")).isTrue();
    }

    private static long evolinkBalance(java.util.List<app.atelier.provider.VendorAccountBalance> balances) {
        return balances.stream().filter(balance -> balance.vendor().equals("evolink")).findFirst().orElseThrow()
                .balance().remaining();
    }

    private VendorKeyState state() {
        return keys.states().stream().filter(state -> state.vendor().equals("evolink")).findFirst().orElseThrow();
    }

    private static void credits(double remaining) {
        EVOLINK.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body("{\"data\":{\"user\":{\"remaining_credits\":" + remaining + "}}}").build());
    }

    private static void drain() {
        try {
            while (EVOLINK.takeRequest(1, TimeUnit.MILLISECONDS) != null) {
                // requests of an earlier test
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static MockWebServer started() {
        var server = new MockWebServer();
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return server;
    }
}
