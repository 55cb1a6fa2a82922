package app.atelier.studio.ui;

import app.atelier.film.Films;
import app.atelier.provider.GenerationKind;
import app.atelier.render.FilmPlan;
import java.util.Locale;
import app.atelier.generation.GenerationResult;
import app.atelier.generation.GenerationState;
import app.atelier.generation.GenerationSummary;
import app.atelier.provider.Continuation;
import app.atelier.sharing.Downloads;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;

import java.util.Optional;

/**
 * What a member can do with a generation from its card: stop it, ask again, vary or extend it,
 * download its result (with the AI mention or without), and, in the ⋯ menu, share, make another
 * like it, try another provider, delete. Below it, the switches that choose a result for a ZIP and
 * for the mention.
 */
class CardActionBar extends Composite<Div> {

    private final GenerationSummary generation;
    private final boolean canCreate;
    private final String projectName;
    private final CardActions actions;
    private final Downloads downloads;
    private final Optional<GenerationResult> result;

    CardActionBar(GenerationSummary generation, boolean canCreate, String projectName, CardActions actions,
                  Downloads downloads) {
        this.generation = generation;
        this.canCreate = canCreate;
        this.projectName = projectName;
        this.actions = actions;
        this.downloads = downloads;
        this.result = generation.shownResult();
        var bar = getContent();
        bar.addClassName("generation-actions");
        buttons();
        result.ifPresent(found -> bar.add(download(found, actions.labelled(generation))));
        var more = menu();
        if (more.isPresent()) {
            bar.add(more.get());
        }
    }

    private boolean failed() {
        return generation.state() == GenerationState.FAILED || generation.state() == GenerationState.CANCELLED;
    }

    private void buttons() {
        var bar = getContent();
        if (generation.cancellable()) {
            var stop = new Button(getTranslation("generation.cancel"), click -> actions.cancel(generation.id()));
            stop.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR, ButtonVariant.SMALL);
            stop.addClassName("cancel-generation");
            bar.add(stop);
        }
        if (canCreate && failed()) {
            var again = new Button(getTranslation("generation.retry"), new Icon(VaadinIcon.REFRESH),
                    click -> actions.retry(generation.id()));
            again.addThemeVariants(ButtonVariant.SMALL);
            again.addClassName("retry-generation");
            bar.add(again);
        }
        if (canCreate && generation.state() == GenerationState.SUCCEEDED && generation.continuation() != Continuation.NONE) {
            boolean extension = generation.continuation() == Continuation.EXTENSION;
            var more = new Button(getTranslation(extension ? "generation.extend" : "generation.vary"),
                    new Icon(extension ? VaadinIcon.FAST_FORWARD : VaadinIcon.COPY_O), click -> actions.carryOn(generation));
            more.addThemeVariants(ButtonVariant.SMALL);
            more.addClassName(extension ? "extend-generation" : "vary-generation");
            bar.add(more);
        }
    }

    /** The ⋯ menu, when it holds anything. */
    private Optional<MenuBar> menu() {
        var more = new MenuBar();
        more.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_ICON, MenuBarVariant.LUMO_SMALL);
        more.addClassName("generation-more");
        var open = more.addItem(new Icon(VaadinIcon.ELLIPSIS_DOTS_H));
        open.setAriaLabel(getTranslation("generation.more", GenerationCard.effect(this, generation)));
        open.getElement().setAttribute("title", getTranslation("generation.more.hint"));
        var menu = open.getSubMenu();
        if (result.isPresent()) {
            menu.addItem(getTranslation("generation.share"), click -> actions.share(generation)).addClassName("share-generation");
        }
        if (canCreate && generation.state().terminal()) {
            menu.addItem(getTranslation("generation.again"), click -> actions.again(generation)).addClassName("again-generation");
        }
        if (canCreate && failed() && actions.hasElsewhere(generation)) {
            menu.addItem(getTranslation("generation.elsewhere"), click -> actions.elsewhere(generation))
                    .addClassName("elsewhere-generation");
        }
        if (canCreate && generation.kind() == GenerationKind.FILM && generation.state() == GenerationState.SUCCEEDED) {
            // the same film in the other shapes, in one click each ("make it in 9:16 too")
            for (var format : FilmPlan.FORMATS) {
                if (!format.name().equals(generation.options().get(Films.FORMAT_OPTION))) {
                    menu.addItem(getTranslation("film.again.format", getTranslation(FilmView.formatKey(format))),
                            click -> actions.filmIn(generation, format)).addClassName("film-in-" + format.name().toLowerCase(Locale.ROOT));
                }
            }
        }
        if (canCreate && generation.deletable() && generation.state().terminal()) {
            var remove = menu.addItem(getTranslation("generation.delete.item"), click -> actions.delete(generation));
            remove.addClassName("delete-generation");
            remove.addThemeNames("error");
        }
        return menu.getItems().isEmpty() ? Optional.empty() : Optional.of(more);
    }

    /** For a finished result: choose it (for a ZIP or a share), and whether its download carries the mention. */
    Optional<Div> choices() {
        return result.map(found -> {
            var choose = new Checkbox(getTranslation("generation.select"), actions.selected(generation.id()));
            choose.addClassName("select-result");
            choose.addValueChangeListener(change -> actions.select(generation.id(), change.getValue()));
            var label = new Checkbox(getTranslation("generation.label"), actions.labelled(generation));
            label.addClassName("label-result");
            label.getElement().setAttribute("title", getTranslation("generation.label.hint", getTranslation("label.ai")));
            label.addValueChangeListener(change -> {
                actions.label(generation.id(), change.getValue());
                var fresh = download(found, change.getValue());
                getContent().getChildren().filter(child -> child.hasClassName("download-link")).findFirst()
                        .ifPresent(old -> getContent().replace(old, fresh));
            });
            var choices = new Div(choose, label);
            choices.addClassName("generation-choices");
            return choices;
        });
    }

    private Anchor download(GenerationResult found, boolean labelled) {
        return ResultDownload.link(this, getLocale(), downloads, projectName, generation, found, labelled);
    }
}
