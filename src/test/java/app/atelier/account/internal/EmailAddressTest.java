package app.atelier.account.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"claire@agence-du-port.fr", "  Claire@Agence-du-Port.FR ", "c.martin+atelier@mail.agence.fr"})
    void acceptsAndNormalizesAddresses(String raw) {
        assertThat(EmailAddress.parse(raw)).hasValueSatisfying(email ->
                assertThat(email.value()).isEqualTo(raw.strip().toLowerCase()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "claire", "claire@", "@agence.fr", "claire@agence", "claire martin@agence.fr", "a@b@c.fr"})
    void refusesWhatCannotBeAnAddress(String raw) {
        assertThat(EmailAddress.parse(raw)).isEmpty();
    }
}
