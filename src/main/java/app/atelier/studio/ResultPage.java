package app.atelier.studio;

import java.util.List;

/** A page of the gallery's results, and whether there are more after it. */
public record ResultPage(List<ResultCard> results, boolean more) {

    public ResultPage {
        results = List.copyOf(results);
    }
}
