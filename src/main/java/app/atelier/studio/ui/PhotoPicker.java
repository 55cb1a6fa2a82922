package app.atelier.studio.ui;

import app.atelier.media.MediaLibrary;
import app.atelier.media.PhotoSummary;
import app.atelier.project.ProjectDetails;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.jspecify.annotations.Nullable;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The wizard's photo step: the project's photos as tiles to choose (each makes one generation), all
 * or none at once; one at a time when the provider takes a zone drawn over the photo.
 */
class PhotoPicker extends Composite<Div> {

    final Div grid = new Div();
    private final Span count = new Span();
    private final Button all;
    private final Button none;
    private final LinkedHashSet<UUID> chosen = new LinkedHashSet<>();
    private final Runnable changed;
    private @Nullable ProjectDetails project;
    private boolean oneAtATime;

    /** @param changed what the wizard does when the choice changes (it redraws the photos and the review) */
    PhotoPicker(Runnable changed) {
        this.changed = changed;
        grid.addClassName("photo-picker");
        grid.getElement().setAttribute("role", "group");
        grid.getElement().setAttribute("aria-label", getTranslation("wizard.step.photos"));
        count.addClassName("hint");
        all = new Button(getTranslation("wizard.photos.all"), click -> {
            photos().forEach(photo -> chosen.add(photo.id()));
            keepOne();
            changed.run();
        });
        all.getElement().setAttribute("data-action", "all-photos");
        none = new Button(getTranslation("wizard.photos.none"), click -> {
            chosen.clear();
            changed.run();
        });
        all.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        none.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        var bar = new Div(count, all, none);
        bar.addClassName("photo-picker-bar");
        getContent().add(bar, grid);
    }

    /** Another project: all its photos chosen. */
    void project(@Nullable ProjectDetails details) {
        project = details;
        chosen.clear();
        photos().forEach(photo -> chosen.add(photo.id()));
        keepOne();
    }

    /** Just this photo, when the project holds it (a generation started from). */
    void only(UUID photo) {
        if (photos().stream().anyMatch(found -> found.id().equals(photo))) {
            chosen.clear();
            chosen.add(photo);
        }
    }

    /** A zone is drawn on one photo: from now, one at a time (the first chosen one stays). */
    void oneAtATime(boolean one) {
        oneAtATime = one;
        keepOne();
    }

    private void keepOne() {
        if (oneAtATime && chosen.size() > 1) {
            var first = chosen.getFirst();
            chosen.clear();
            chosen.add(first);
        }
    }

    /** The chosen photos, in the project's order. */
    List<UUID> chosen() {
        return photos().stream().map(PhotoSummary::id).filter(chosen::contains).toList();
    }

    /** The chosen photos themselves, in the project's order. */
    List<PhotoSummary> chosenPhotos() {
        return photos().stream().filter(photo -> chosen.contains(photo.id())).toList();
    }

    /** The photo the settings show their motions over: the first chosen one, or the project's first. */
    Optional<PhotoSummary> sample() {
        return photos().stream().filter(photo -> chosen.contains(photo.id())).findFirst()
                .or(() -> photos().stream().findFirst());
    }

    List<PhotoSummary> photos() {
        return project == null ? List.of() : project.photos();
    }

    /** Draws the tiles as chosen now. */
    void draw() {
        grid.removeAll();
        if (project == null) {
            grid.add(hint(getTranslation("wizard.photos.choose-project")));
        } else if (project.photos().isEmpty()) {
            var addPhotos = new RouterLink(getTranslation("wizard.photos.add"), ProjectView.class,
                    new RouteParameters(ProjectView.PROJECT, project.project().id().toString()));
            addPhotos.addClassName("primary-link");
            grid.add(hint(getTranslation("wizard.photos.empty")), addPhotos);
        }
        photos().forEach(photo -> grid.add(tile(photo)));
        count.setText(getTranslation(oneAtATime ? "wizard.photos.one" : "wizard.photos.count", chosen.size()));
        grid.getElement().setAttribute("role", oneAtATime ? "radiogroup" : "group");
        // a zone is painted on one photo: choosing another replaces it, so no "all" or "none"
        all.setVisible(!oneAtATime);
        none.setVisible(!oneAtATime);
    }

    private Div tile(PhotoSummary photo) {
        boolean picked = chosen.contains(photo.id());
        var image = new Image(MediaLibrary.memberUrl(photo.thumbnailSmall()), photo.fileName());
        var check = new Icon(VaadinIcon.CHECK);
        check.addClassName("photo-tile-check");
        check.getElement().setAttribute("aria-hidden", "true");
        var name = new Span(photo.fileName());
        name.addClassName("photo-tile-name");
        var tile = new Div(image, check, name);
        tile.addClassName("photo-tile");
        tile.getElement().setAttribute("role", oneAtATime ? "radio" : "checkbox");
        tile.getElement().setAttribute("aria-checked", Boolean.toString(picked));
        tile.getElement().setAttribute("aria-label", photo.fileName());
        tile.getElement().setAttribute("tabindex", "0");
        if (picked) {
            tile.addClassName("chosen");
        }
        Runnable toggle = () -> {
            if (oneAtATime) {
                // a zone is drawn on one photo: choosing another one replaces it
                chosen.clear();
                chosen.add(photo.id());
            } else if (!chosen.remove(photo.id())) {
                chosen.add(photo.id());
            }
            changed.run();
        };
        tile.addClickListener(click -> toggle.run());
        tile.getElement().addEventListener("keydown", key -> toggle.run())
                .setFilter("event.key === 'Enter' || event.key === ' '").preventDefault();
        return tile;
    }

    static Paragraph hint(String text) {
        var hint = new Paragraph(text);
        hint.addClassName("hint");
        return hint;
    }
}
