package app.atelier.management.ui;

import app.atelier.film.BrandKit;
import app.atelier.film.FilmBrands;
import app.atelier.film.MusicTrack;
import app.atelier.media.MediaLibrary;
import app.atelier.render.BrandFont;
import app.atelier.ui.UploadTexts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.UploadEvent;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

/**
 * For admins, on the Settings page: the team's film identity (typeface, two colours, logo, default
 * agent), saved as it is set, and its music library (tracks added, named after their file, and
 * removed). A refused upload says why, and nothing of it is kept.
 */
class BrandSection extends Composite<Div> {

    private final FilmBrands brands;
    final Select<BrandFont> font = new Select<>();
    final Input main = new Input();
    final Input accent = new Input();
    final TextField agent = field("film.card.agent");
    final TextField phone = field("film.card.phone");
    final TextField email = field("film.card.email");
    final TextField agency = field("film.card.agency");
    final Paragraph said = new Paragraph();
    final Div logo = new Div();
    final Div tracks = new Div();

    BrandSection(FilmBrands brands) {
        this.brands = brands;
        var kit = brands.mine();
        var content = getContent();
        content.addClassNames("settings-section", "brand-section");
        var title = new H2(getTranslation("brand.title"));
        title.addClassName("section-title");
        var description = new Paragraph(getTranslation("brand.description"));
        description.addClassName("hint");
        font.setLabel(getTranslation("brand.font"));
        font.setItems(BrandFont.values());
        font.setItemLabelGenerator(value -> value.name().charAt(0) + value.name().substring(1).toLowerCase(Locale.ROOT));
        font.setValue(kit.font());
        colour(main, kit.mainColour(), "brand-main");
        colour(accent, kit.accentColour(), "brand-accent");
        agent.setValue(orEmpty(kit.agentName()));
        phone.setValue(orEmpty(kit.agentPhone()));
        email.setValue(orEmpty(kit.agentEmail()));
        agency.setValue(orEmpty(kit.agency()));
        var look = new FormLayout(font, labelled("brand.main", main), labelled("brand.accent", accent));
        var people = new FormLayout(agent, phone, email, agency);
        for (var form : new FormLayout[]{look, people}) {
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        }
        font.addValueChangeListener(change -> save());
        for (var text : new TextField[]{agent, phone, email, agency}) {
            text.addValueChangeListener(change -> save());
        }
        said.addClassName("settings-saved");
        said.getElement().setAttribute("role", "status");
        content.add(title, description, look, said, new H3(getTranslation("brand.logo")), logoPart(),
                new H3(getTranslation("brand.agent")), people, new H3(getTranslation("brand.music")), musicPart());
        showLogo(kit);
        showTracks();
    }

    private void save() {
        var problems = brands.save(new BrandKit(font.getValue(), main.getValue(), accent.getValue(), null, orNull(agent),
                orNull(phone), orNull(email), orNull(agency)));
        say(problems.isEmpty() ? "brand.saved" : problems.values().iterator().next(), !problems.isEmpty());
    }

    private void say(String key, boolean error, Object... arguments) {
        said.setText(getTranslation(key, arguments));
        said.getElement().getClassList().set("error", error);
    }

    private Component logoPart() {
        var upload = upload("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setUploadHandler(event -> received(event, file -> brands.logo(file),
                ui -> { showLogo(brands.mine()); say("brand.logo.done", false); }));
        upload.addClassName("brand-logo-upload");
        logo.addClassName("team-logo");
        var help = new Paragraph(getTranslation("brand.logo.help"));
        help.addClassName("hint");
        return new Div(logo, upload, help);
    }

    private void showLogo(BrandKit kit) {
        logo.removeAll();
        if (kit.logo() == null) {
            logo.add(new Span(getTranslation("brand.logo.none")));
            return;
        }
        var picture = new Image(MediaLibrary.memberUrl(kit.logo()), getTranslation("brand.logo"));
        var remove = new Button(getTranslation("brand.logo.remove"), VaadinIcon.TRASH.create(), click -> {
            brands.removeLogo();
            showLogo(brands.mine());
        });
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR, ButtonVariant.SMALL);
        logo.add(picture, remove);
    }

    private Component musicPart() {
        var upload = upload("audio/*", ".mp3", ".m4a", ".aac", ".wav", ".flac", ".ogg", ".oga");
        upload.setMaxFiles(10);
        upload.setUploadHandler(event -> {
            var name = event.getFileName().replaceFirst("\\.[^.]+$", "");
            received(event, file -> brands.addMusic(name, file), ui -> { showTracks(); say("brand.music.added", false, name); });
        });
        upload.addClassName("brand-music-upload");
        tracks.addClassName("brand-tracks");
        var help = new Paragraph(getTranslation("brand.music.help"));
        help.addClassName("hint");
        return new Div(tracks, upload, help);
    }

    private void showTracks() {
        tracks.removeAll();
        var all = brands.music();
        if (all.isEmpty()) {
            tracks.add(new Paragraph(getTranslation("brand.music.empty")));
        }
        for (MusicTrack track : all) {
            var name = new Span(getTranslation("film.music.track", track.name(), track.length().toSeconds() / 60,
                    track.length().toSeconds() % 60));
            var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                brands.removeMusic(track.id());
                showTracks();
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR, ButtonVariant.SMALL);
            remove.setAriaLabel(getTranslation("brand.music.remove", track.name()));
            var line = new Div(VaadinIcon.MUSIC.create(), name, remove);
            line.addClassName("brand-track");
            tracks.add(line);
        }
    }

    /** An upload kept in a work file, handed to {@code keep}; its refusal (an i18n key) said, or {@code done} run. */
    private void received(UploadEvent event, java.util.function.Function<java.nio.file.Path, Optional<String>> keep,
                          java.util.function.Consumer<UI> done) {
        var ui = event.getUI();
        try {
            var file = Files.createTempFile("brand-", ".upload");
            try {
                Files.copy(event.getInputStream(), file, StandardCopyOption.REPLACE_EXISTING);
                var refused = keep.apply(file);
                if (refused.isPresent()) {
                    event.reject();
                    ui.access(() -> say(refused.get(), true));
                } else {
                    ui.access(() -> done.accept(ui));
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Upload upload(String... types) {
        var upload = new Upload();
        upload.setI18n(UploadTexts.of(this));
        upload.setAcceptedFileTypes(types);
        upload.setMaxFiles(1);
        return upload;
    }

    private void colour(Input input, String value, String className) {
        input.setType("color");
        input.setValue(value.toLowerCase(Locale.ROOT));
        input.addClassName(className);
        input.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        input.addValueChangeListener(change -> save());
    }

    private Component labelled(String key, Input input) {
        var id = "brand-" + key.replace('.', '-');
        input.setId(id);
        var label = new NativeLabel(getTranslation(key));
        label.setFor(id);
        var field = new Div(label, input);
        field.addClassName("brand-colour");
        return field;
    }

    private TextField field(String key) {
        var field = new TextField(getTranslation(key));
        field.setMaxLength(120);
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        return field;
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static @Nullable String orNull(TextField field) {
        return field.getValue().isBlank() ? null : field.getValue().strip();
    }
}
