package app.atelier.studio.ui;

import app.atelier.media.MediaLibrary;
import app.atelier.media.PhotoSummary;
import app.atelier.provider.OptionSpec;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;

import java.util.Optional;

/**
 * One camera motion to choose, shown moving over the member's own photo (a plain stage before one
 * is chosen); it acts as a radio button: click, Enter or Space chooses it.
 */
class MotionCard extends Div {

    MotionCard(OptionSpec.Choice choice, Optional<PhotoSummary> sample, boolean chosen, Runnable choose) {
        var value = choice.value();
        var preview = new Div();
        preview.addClassNames("motion-preview", "motion-" + OptionInputs.cssName(value));
        if (sample.isPresent()) {
            var image = new Image(MediaLibrary.memberUrl(sample.get().thumbnailSmall()), "");
            image.getElement().setAttribute("aria-hidden", "true");
            preview.add(image);
        } else {
            var stage = new Div();
            stage.addClassName("motion-stage");
            preview.add(stage);
        }
        var name = new Span(getTranslation(choice.labelKey()));
        name.addClassName("motion-name");
        var card = this;
        card.add(preview, name);
        if (choice.hintKey() != null) {
            var text = new Span(getTranslation(choice.hintKey()));
            text.addClassName("motion-hint");
            card.add(text);
        }
        card.addClassName("motion-card");
        if (chosen) {
            card.addClassName("chosen");
        }
        card.getElement().setAttribute("role", "radio");
        card.getElement().setAttribute("aria-checked", Boolean.toString(chosen));
        card.getElement().setAttribute("tabindex", chosen ? "0" : "-1");
        card.getElement().setAttribute("data-motion", value);
        card.addClickListener(click -> choose.run());
        card.getElement().addEventListener("keydown", key -> choose.run())
                .setFilter("event.key === 'Enter' || event.key === ' '").preventDefault();
    }
}
