package app.atelier.sharing;

import app.atelier.provider.Providers;

/**
 * The mention burnt into a delivered result to say that AI made or retouched it ("Visuel retouché par
 * IA"), in one language.
 *
 * @param language the language's code, under which the labelled copy is kept
 * @param text     the words, as the member's translations give them
 */
public record AiLabel(String language, String text) {

    /**
     * Whether a result carries the mention unless the member says otherwise: whatever an AI model made
     * (an exterior, a Wan, Luma or IA Créa video) does; the local engine's camera motions, which only
     * move over the photo, do not; nor does a listing film, which draws the mention itself on the
     * shots an AI made and on its closing card.
     */
    public static boolean byDefault(String providerId) {
        return !Providers.LOCAL.equals(providerId) && !Providers.FILM.equals(providerId);
    }
}
