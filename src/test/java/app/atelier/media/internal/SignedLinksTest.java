package app.atelier.media.internal;

import app.atelier.MutableClock;
import app.atelier.shared.AtelierProperties;
import app.atelier.shared.InstallationSecretForTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SignedLinksTest {

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private final UUID asset = UUID.fromString("01a1fe94-7c1e-79a3-b8c5-6ad4ff962029");

    private SignedLinks links(String secret) {
        var atelier = new AtelierProperties(URI.create("https://atelier.agence-du-port.fr/"), dataDir, secret);
        return new SignedLinks(InstallationSecretForTests.of(atelier), atelier, clock);
    }

    @Test
    void aLinkOpensItsFileUntilItExpires() {
        var links = links("a".repeat(40));
        var link = links.linkTo(asset, Duration.ofHours(1));

        assertThat(link.toString()).startsWith("https://atelier.agence-du-port.fr/public/media/");
        var token = link.getPath().substring("/public/media/".length());
        assertThat(links.verify(token)).contains(asset);

        clock.advance(Duration.ofMinutes(59));
        assertThat(links.verify(token)).contains(asset);
        clock.advance(Duration.ofMinutes(2));
        assertThat(links.verify(token)).isEmpty();
    }

    @Test
    void aTamperedTokenOpensNothing() {
        var links = links("a".repeat(40));
        var token = links.token(asset, clock.instant().plus(Duration.ofHours(1)));
        var later = links.token(asset, clock.instant().plus(Duration.ofDays(365)));

        var payloadOfOneSignatureOfTheOther = later.substring(0, later.indexOf('.')) + token.substring(token.indexOf('.'));
        char last = token.charAt(token.length() - 1);
        var flipped = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertThat(links.verify(payloadOfOneSignatureOfTheOther)).isEmpty();
        assertThat(links.verify(flipped)).isEmpty();
        assertThat(links.verify("not-a-token")).isEmpty();
        assertThat(links.verify("!!!.???")).isEmpty();
    }

    @Test
    void anotherInstallationsLinksOpenNothingHere() {
        var theirs = links("b".repeat(40)).token(asset, clock.instant().plus(Duration.ofHours(1)));

        assertThat(links("a".repeat(40)).verify(theirs)).isEmpty();
    }
}
