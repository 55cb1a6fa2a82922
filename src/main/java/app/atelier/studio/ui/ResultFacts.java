package app.atelier.studio.ui;

import app.atelier.generation.GenerationResult;
import app.atelier.generation.GenerationSummary;
import app.atelier.ui.Formats;
import app.atelier.ui.UploadTexts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** All about a finished result, term by term: on its card (when opened) and beside it in the viewer. */
final class ResultFacts {

    private ResultFacts() {
    }

    static Div list(Component words, Locale locale, GenerationSummary generation, GenerationResult result) {
        var list = new Div();
        list.addClassName("result-details");
        for (var row : rows(words, locale, generation, result)) {
            var term = new Span(row[0]);
            term.addClassName("result-details-term");
            var value = new Span(row[1]);
            value.addClassName("result-details-value");
            list.add(term, value);
        }
        return list;
    }

    private static List<String[]> rows(Component words, Locale locale, GenerationSummary generation, GenerationResult result) {
        var rows = new ArrayList<String[]>();
        rows.add(new String[]{words.getTranslation("result.details.photo"), generation.photoName()});
        rows.add(new String[]{words.getTranslation("result.details.provider"), words.getTranslation(generation.providerNameKey())});
        var settings = generation.optionLabels().values().stream().map(words::getTranslation).collect(Collectors.joining(" · "));
        if (!settings.isEmpty()) {
            rows.add(new String[]{words.getTranslation("result.details.settings"), settings});
        }
        var prompt = generation.options().get(OptionFields.PROMPT);
        if (prompt != null && !prompt.isBlank()) {
            rows.add(new String[]{words.getTranslation("result.details.prompt"), prompt.strip()});
        }
        rows.add(new String[]{words.getTranslation("result.details.size"), Formats.size(result.width(), result.height(), locale)});
        if (result.duration() != null) {
            rows.add(new String[]{words.getTranslation("result.details.duration"),
                    words.getTranslation("result.details.seconds", result.duration().toMillis() / 1000.0)});
        }
        rows.add(new String[]{words.getTranslation("result.details.file"), Formats.fileSize(result.bytes(), locale,
                UploadTexts.unitsOf(words))});
        rows.add(new String[]{words.getTranslation("result.details.cost"), generation.cost() == 0
                ? words.getTranslation("result.details.free")
                : generation.cost() + " " + words.getTranslation(generation.currency().labelKey(), generation.cost())});
        rows.add(new String[]{words.getTranslation("result.details.by"), generation.memberName()});
        rows.add(new String[]{words.getTranslation("result.details.when"), Formats.dateTime(
                generation.finishedAt() == null ? generation.createdAt() : generation.finishedAt(), locale)});
        return rows;
    }
}
