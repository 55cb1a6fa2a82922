package app.atelier.provider;

import app.atelier.shared.AtelierProperties;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** When members are warned that a vendor will probably not be able to fetch their photos. */
class PublicReachTest {

    static PublicReach reach(String publicUrl, boolean warn) {
        return new PublicReach(new AtelierProperties(URI.create(publicUrl), Path.of("data"), null), warn,
                app.atelier.provider.vendor.VendorServer.clients(), java.time.Clock.systemUTC());
    }

    /** A vendor that calls back, as a real one (not the sandbox). */
    static final ScriptedProvider VENDOR = new ScriptedProvider();

    /** The same vendor, played by the sandbox. */
    static final Provider SANDBOXED = new ScriptedProvider() {
        @Override
        public boolean sandboxed() {
            return true;
        }
    };

    @Test
    void aRealVendorCannotReachLocalhostOrAPrivateAddress() {
        assertThat(reach("http://localhost:8080", true).vendorMayNotReach(VENDOR)).isTrue();
        assertThat(reach("http://192.168.1.20:8080", true).vendorMayNotReach(VENDOR)).isTrue();
        assertThat(reach("https://10.0.0.7", true).vendorMayNotReach(VENDOR)).isTrue();
    }

    @Test
    void aPublicAddressIsReachable() {
        assertThat(reach("https://8.8.8.8", true).vendorMayNotReach(VENDOR)).isFalse();
    }

    @Test
    void theSandboxAndWorkDoneHereNeedNoRoute() {
        assertThat(reach("http://localhost:8080", true).vendorMayNotReach(SANDBOXED)).isFalse();
        var local = new ScriptedProvider() {
            @Override
            public Capabilities capabilities() {
                var vendor = super.capabilities();
                return new Capabilities(vendor.kinds(), vendor.options(), vendor.images(), vendor.input(), vendor.cost(),
                        Completion.SYNCHRONOUS, vendor.maxInFlight(), vendor.batchPollSize(), vendor.minPollInterval(),
                        vendor.typicalDuration(), vendor.deadline(), vendor.cancellable(), true);
            }
        };
        assertThat(reach("http://localhost:8080", true).vendorMayNotReach(local)).isFalse();
    }

    @Test
    void anAdminWhoKnowsBetterSilencesIt() {
        assertThat(reach("http://192.168.1.20:8080", false).vendorMayNotReach(VENDOR)).isFalse();
    }
}
