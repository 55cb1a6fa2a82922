package app.atelier.sharing;

import app.atelier.provider.GenerationKind;

/**
 * The mention burnt into a delivered result to say that AI made or retouched it ("Visuel retouché par
 * IA"), in one language.
 *
 * @param language the language's code, under which the labelled copy is kept
 * @param text     the words, as the member's translations give them
 */
public record AiLabel(String language, String text) {

    /** Whether a result of this kind carries the mention unless the member says otherwise: exteriors do. */
    public static boolean byDefault(GenerationKind kind) {
        return kind == GenerationKind.EXTERIOR;
    }
}
