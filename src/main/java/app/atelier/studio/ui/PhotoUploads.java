package app.atelier.studio.ui;

import app.atelier.media.MediaLibrary;
import app.atelier.media.PhotoImport;
import app.atelier.media.PhotoSummary;
import app.atelier.project.Projects;
import app.atelier.shared.ProjectId;
import app.atelier.ui.UploadTexts;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import tools.jackson.databind.node.JsonNodeFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where a member adds photos to a project: dropped or chosen (several at once, a progress bar each),
 * or fetched from a web address. A refused photo says why, next to its name.
 */
class PhotoUploads extends Composite<Section> {

    /** URL imports wait on other sites: off the request threads, a few at a time. */
    private static final ExecutorService URL_IMPORTS = Executors.newFixedThreadPool(2, task -> {
        var thread = new Thread(task, "url-import");
        thread.setDaemon(true);
        return thread;
    });

    final Upload upload = new Upload();
    final Div refusals = new Div();
    final TextField url = new TextField();
    final Button importUrl = new Button();
    private final ProgressBar fetching = new ProgressBar();
    private final Projects projects;
    private final Supplier<ProjectId> project;
    private final Consumer<PhotoSummary> added;
    private boolean batchFinished = true;
    private Locale locale = Locale.FRENCH;

    /** @param added what the page does with a photo once it is in the project (from any request thread's UI access) */
    PhotoUploads(Projects projects, MediaLibrary media, Supplier<ProjectId> project, Consumer<PhotoSummary> added) {
        this.projects = projects;
        this.project = project;
        this.added = added;
        var limits = media.limits();
        prepareUpload(limits.maxSize().toBytes());
        url.setLabel(getTranslation("project.url.label"));
        url.setPlaceholder("https://");
        url.setClearButtonVisible(true);
        url.addClassName("url-field");
        importUrl.setText(getTranslation("project.url.import"));
        importUrl.addClickListener(click -> fetch());
        importUrl.addClickShortcut(Key.ENTER).listenOn(url);
        fetching.setIndeterminate(true);
        fetching.setVisible(false);
        fetching.addClassName("url-progress");
        var fromUrl = new Div(url, importUrl);
        fromUrl.addClassName("url-import");
        var title = new H2(getTranslation("project.upload.title"));
        title.addClassName("section-title");
        var hint = new Paragraph(getTranslation("project.upload.hint", limits.maxSize().toMegabytes(),
                limits.maxPixels() / 1_000_000));
        hint.addClassName("hint");
        getContent().add(title, hint, upload, refusals, fromUrl, fetching);
        getContent().addClassName("add-photos");
    }

    /** The page's language, for what is said from a request thread (an upload's refusal). */
    void speak(Locale language) {
        locale = language;
    }

    private void prepareUpload(long maxBytes) {
        upload.setI18n(UploadTexts.of(this));
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", "image/bmp",
                ".jpg", ".jpeg", ".png", ".webp", ".bmp");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setMaxFiles(50);
        upload.addClassName("photo-upload");
        // refused in the browser (type, size, count): say so, since the file never reaches the list
        upload.addFileRejectedListener(rejected -> Notification.show(
                        getTranslation("project.upload.rejected", rejected.getFileName(), rejected.getErrorMessage()),
                        6000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.ERROR));
        // The upload's own list can only say "refused" for a file the server turned down; the reason,
        // file by file, goes to the list of refusals under it.
        refusals.addClassName("upload-refusals");
        refusals.getElement().setAttribute("role", "status");
        refusals.getElement().setAttribute("aria-live", "polite");
        upload.addStartedListener(started -> {
            if (batchFinished) {
                refusals.removeAll();
                batchFinished = false;
            }
        });
        upload.addAllFinishedListener(finished -> {
            batchFinished = true;
            // what arrived leaves the list after a moment (it is in the photos above); so does a file the server
            // refused, whose reason is in the refusals below (sending it again would be refused again); a file
            // the network lost stays, with the upload's own "retry"
            var refusedNames = JsonNodeFactory.instance.arrayNode();
            refusals.getChildren().flatMap(line -> line.getChildren().filter(part -> part.hasClassName("refused-file")))
                    .map(part -> part.getElement().getText()).forEach(refusedNames::add);
            upload.getElement().executeJs("""
                    setTimeout(() => {
                      this.files = this.files.filter(file => !file.complete && !(file.error && $0.includes(file.name)));
                    }, 2500);""", refusedNames);
        });
        upload.setUploadHandler(this::received);
    }

    /** A file arrived (on a request thread): imported into the project, or refused with its reason. */
    private void received(UploadEvent event) {
        var ui = event.getUI();
        var fileName = event.getFileName();
        var result = projects.addUpload(project.get(), fileName, event.getInputStream());
        if (result.isEmpty()) {
            event.reject();
            ui.access(() -> refused(fileName, getTranslation(locale, "upload.error.forbidden")));
            return;
        }
        switch (result.get()) {
            case PhotoImport.Imported imported -> ui.access(() -> added.accept(imported.photo()));
            case PhotoImport.Refused refused -> {
                event.reject();
                ui.access(() -> refused(fileName, message(refused)));
            }
        }
    }

    private void fetch() {
        var address = url.getValue();
        if (address.isBlank()) {
            url.focus();
            return;
        }
        var ui = UI.getCurrent();
        importUrl.setEnabled(false);
        fetching.setVisible(true);
        ProjectId into = project.get();
        URL_IMPORTS.execute(DelegatingSecurityContextRunnable.create(() -> {
            var result = projects.addFromUrl(into, address);
            ui.access(() -> {
                importUrl.setEnabled(true);
                fetching.setVisible(false);
                result.ifPresent(this::fetched);
            });
        }, null));
    }

    private void fetched(PhotoImport outcome) {
        switch (outcome) {
            case PhotoImport.Imported imported -> {
                added.accept(imported.photo());
                url.clear();
                Notification.show(getTranslation("project.url.done", imported.photo().fileName()), 4000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
            }
            case PhotoImport.Refused refused -> {
                url.setErrorMessage(message(refused));
                url.setInvalid(true);
            }
        }
    }

    private void refused(String fileName, String reason) {
        var name = new Span(fileName);
        name.addClassName("refused-file");
        var line = new Paragraph(name, new Span(" — " + reason));
        line.addClassName("refusal");
        refusals.add(line);
    }

    private String message(PhotoImport.Refused refused) {
        return getTranslation(locale, refused.reason().messageKey(), refused.arguments().toArray());
    }
}
