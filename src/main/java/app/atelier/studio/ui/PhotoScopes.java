package app.atelier.studio.ui;

import app.atelier.media.MediaLibrary;
import app.atelier.media.PhotoSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Above the settings when several photos are chosen and the provider takes options per photo (a
 * camera motion, a description): "All photos", then each chosen photo with what it will get. The
 * settings below are those of the one chosen here; a photo set its own way says so, and its own
 * settings can be applied to all photos or given up for the common ones.
 */
class PhotoScopes extends Div {

    final Div strip = new Div();
    final Div actions = new Div();
    private final Consumer<@Nullable PhotoSummary> choose;

    /**
     * @param choose     shows the settings of a photo, or of all ({@code null})
     * @param applyToAll the shown photo's own settings become every photo's
     * @param common     the shown photo gives up its own settings
     */
    PhotoScopes(Consumer<@Nullable PhotoSummary> choose, Runnable applyToAll, Runnable common) {
        this.choose = choose;
        addClassName("photo-scopes");
        var hint = PhotoPicker.hint(getTranslation("wizard.scope.hint"));
        strip.addClassName("photo-scope-strip");
        strip.getElement().setAttribute("role", "tablist");
        strip.getElement().setAttribute("aria-label", getTranslation("wizard.scope.label"));
        var all = new Button(getTranslation("wizard.scope.apply-all"), VaadinIcon.COPY_O.create(), click -> applyToAll.run());
        all.addThemeVariants(ButtonVariant.SMALL);
        all.getElement().setAttribute("data-action", "apply-to-all");
        var back = new Button(getTranslation("wizard.scope.common"), click -> common.run());
        back.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        back.getElement().setAttribute("data-action", "common-settings");
        var rest = PhotoPicker.hint(getTranslation("wizard.scope.rest"));
        actions.add(all, back, rest);
        actions.addClassName("photo-scope-actions");
        add(hint, strip, actions);
    }

    /**
     * @param scope what the settings below show: a chosen photo, or all ({@code null})
     * @param says  what a photo gets, in a few words (its camera motion…)
     * @param own   whether a photo is set its own way
     */
    void draw(List<PhotoSummary> chosen, @Nullable UUID scope, Function<PhotoSummary, String> says, Predicate<UUID> own) {
        strip.removeAll();
        var icon = new Div(new Icon(VaadinIcon.GRID_SMALL));
        icon.addClassName("photo-scope-all");
        strip.add(tab(icon, getTranslation("wizard.scope.all"), getTranslation("wizard.scope.all.says", chosen.size()),
                scope == null, false, () -> choose.accept(null)));
        for (var photo : chosen) {
            var image = new Image(MediaLibrary.memberUrl(photo.thumbnailSmall()), "");
            image.getElement().setAttribute("aria-hidden", "true");
            var tab = tab(image, photo.fileName(), says.apply(photo), photo.id().equals(scope), own.test(photo.id()),
                    () -> choose.accept(photo));
            tab.getElement().setAttribute("data-photo", photo.id().toString());
            strip.add(tab);
        }
        actions.setVisible(scope != null);
        actions.getChildren().skip(1).limit(1).forEach(back -> back.setVisible(scope != null && own.test(scope)));
    }

    private Div tab(Component picture, String name, String says, boolean selected, boolean own, Runnable choose) {
        var title = new Span(name);
        title.addClassName("photo-scope-name");
        var line = new Span(own ? getTranslation("wizard.scope.own", says) : says);
        line.addClassName("photo-scope-says");
        var text = new Div(title, line);
        text.addClassName("photo-scope-text");
        var tab = new Div(picture, text);
        tab.addClassName("photo-scope");
        tab.getElement().getClassList().set("selected", selected);
        tab.getElement().getClassList().set("own", own);
        tab.getElement().setAttribute("role", "tab");
        tab.getElement().setAttribute("aria-selected", Boolean.toString(selected));
        tab.getElement().setAttribute("tabindex", "0");
        tab.addClickListener(click -> choose.run());
        tab.getElement().addEventListener("keydown", key -> choose.run())
                .setFilter("event.key === 'Enter' || event.key === ' '").preventDefault();
        return tab;
    }
}
