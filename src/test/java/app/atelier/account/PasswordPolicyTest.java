package app.atelier.account;

import app.atelier.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void aPhraseOfUnusualWordsIsAccepted() {
        var check = policy.check("oliviers moulin lavande 73", List.of("Claire Martin"));

        assertThat(check.acceptable()).isTrue();
        assertThat(check.score()).isGreaterThanOrEqualTo(PasswordPolicy.MIN_SCORE);
    }

    @Test
    void fewerThanTenCharactersAreTooShortHoweverRandom() {
        var check = policy.check("xQ7#kP2!z", List.of());

        assertThat(check.problem()).isEqualTo(PasswordCheck.Problem.TOO_SHORT);
        assertThat(check.problem().messageKey()).isEqualTo("password.error.too-short");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password123", "azertyuiop", "1234567890", "motdepasse2024"})
    void commonPasswordsAreTooGuessable(String password) {
        assertThat(policy.check(password, List.of()).problem()).isEqualTo(PasswordCheck.Problem.TOO_GUESSABLE);
    }

    @Test
    void theMembersOwnNamesCountAgainstThePassword() {
        var personal = List.of("Agence du Port", "Claire Martin", "claire@agence-du-port.fr");

        assertThat(policy.check("agenceduport2024", List.of()).acceptable()).isTrue();
        assertThat(policy.check("agenceduport2024", personal).problem()).isEqualTo(PasswordCheck.Problem.TOO_GUESSABLE);
        assertThat(policy.check("clairemartin1984", personal).problem()).isEqualTo(PasswordCheck.Problem.TOO_GUESSABLE);
    }

    @Test
    void namesAreTriedWordByWordAndAsOneWord() {
        assertThat(PasswordPolicy.splitIntoWords(List.of("Agence du Port", "claire.martin@agence-du-port.fr")))
                .contains("agence", "port", "agenceduport", "claire", "martin", "clairemartin");
    }

    @Test
    void moreThanBcryptsSeventyTwoBytesIsRefusedRatherThanSilentlyCut() {
        var seventyTwoBytes = "é".repeat(36);
        var seventyFourBytes = "é".repeat(37);

        assertThat(policy.check(seventyTwoBytes, List.of()).problem()).isNotEqualTo(PasswordCheck.Problem.TOO_LONG);
        assertThat(policy.check(seventyFourBytes, List.of()).problem()).isEqualTo(PasswordCheck.Problem.TOO_LONG);
    }

    @Test
    void adviceIsGivenInBothLanguages() {
        var check = policy.check("azertyuiop", List.of());

        assertThat(check.advice(Language.FRENCH)).isNotBlank();
        assertThat(check.advice(Language.ENGLISH)).isNotBlank();
        assertThat(check.advice(Language.FRENCH)).isNotEqualTo(check.advice(Language.ENGLISH));
    }
}
