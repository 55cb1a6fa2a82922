package app.atelier.account;

import app.atelier.shared.Language;

import java.util.List;

/** What first-run setup asks for: the team, and the admin who creates it. */
public record SetupRequest(String teamName, String displayName, String email, String password,
                           Language language) {

    /** Words a guesser would try first for this admin's password. */
    List<String> personalWords() {
        return List.of(teamName, displayName, email, "atelier");
    }

    @Override
    public String toString() {
        return "SetupRequest[" + teamName + ", " + email + "]";
    }
}
