package app.atelier.studio.ui;

import app.atelier.generation.GenerationSummary;
import app.atelier.project.ProjectSummary;
import app.atelier.sharing.AiLabel;
import app.atelier.sharing.ShareRequest;
import app.atelier.sharing.ShareResult;
import app.atelier.sharing.Shares;
import app.atelier.ui.CopyableLink;
import app.atelier.ui.Formats;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Makes a share link for some results of a project: a title, how long it stays open (one hour to
 * thirty days), whether the AI-visual mention is burnt in. Once made, the address is shown with a
 * button that copies it; it is not shown again later (only its hash is kept).
 */
class ShareDialog extends Dialog {

    static final List<Duration> LIFETIMES = List.of(Duration.ofHours(1), Duration.ofHours(24), Duration.ofDays(3),
            Duration.ofDays(7), Duration.ofDays(14), Duration.ofDays(30));

    final TextField title = new TextField();
    final Select<Duration> lifetime = new Select<>();
    final Checkbox label = new Checkbox();
    final Button create = new Button();
    TextField address = new TextField();
    private final ProgressBar working = new ProgressBar();
    private final Paragraph workingText = new Paragraph();
    private final Div form = new Div();
    private final Paragraph hint = new Paragraph();
    private final Button cancel = new Button();
    private final Shares shares;

    private static final Logger log = LoggerFactory.getLogger(ShareDialog.class);
    /** Links with the mention encode videos again: a few at a time, off the request threads. */
    private static final ExecutorService SHARING = Executors.newFixedThreadPool(2, task -> {
        var thread = new Thread(task, "share-link");
        thread.setDaemon(true);
        return thread;
    });

    ShareDialog(ProjectSummary project, List<GenerationSummary> results, boolean labelled, Shares shares) {
        this.shares = shares;
        addClassName("share-dialog");
        setHeaderTitle(getTranslation(results.size() == 1 ? "share.title.one" : "share.title.several", results.size()));
        title.setLabel(getTranslation("share.field.title"));
        title.setValue(project.name());
        title.setMaxLength(200);
        title.setWidthFull();
        lifetime.setLabel(getTranslation("share.field.lifetime"));
        lifetime.setItems(LIFETIMES);
        lifetime.setItemLabelGenerator(this::lifetimeLabel);
        lifetime.setValue(Duration.ofDays(7));
        label.setLabel(getTranslation("share.field.label", getTranslation("label.ai")));
        label.setValue(labelled);
        label.addClassName("share-label");
        form.add(title, lifetime, label);
        form.addClassName("share-form");
        hint.setText(getTranslation("share.hint"));
        hint.addClassName("hint");
        add(form, hint);
        cancel.setText(getTranslation("share.cancel"));
        cancel.addClickListener(click -> close());
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        create.setText(getTranslation("share.create"));
        create.setIcon(new Icon(VaadinIcon.LINK));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClassName("create-share");
        create.setDisableOnClick(true);
        working.setIndeterminate(true);
        working.setVisible(false);
        working.addClassName("share-working");
        workingText.addClassName("hint");
        workingText.setVisible(false);
        add(working, workingText);
        create.addClickListener(click -> create(new ShareRequest(project.id(),
                results.stream().map(GenerationSummary::id).toList(), title.getValue(), lifetime.getValue(),
                label.getValue() ? new AiLabel(getLocale().getLanguage(), getTranslation("label.ai")) : null)));
        getFooter().add(cancel, create);
    }

    /** Makes the link off the request (the copies with the mention take a while for a video); the dialog says so. */
    private void create(ShareRequest request) {
        var ui = UI.getCurrent();
        var base = CopyableLink.absolute("");
        form.setEnabled(false);
        working.setVisible(true);
        workingText.setText(getTranslation(request.label() == null ? "share.working" : "share.working.label"));
        workingText.setVisible(true);
        SHARING.execute(DelegatingSecurityContextRunnable.create(() -> {
            ShareResult result;
            try {
                result = shares.create(request);
            } catch (RuntimeException failure) {
                log.warn("A share link could not be made", failure);
                result = new ShareResult.Refused("share.error.failed");
            }
            var outcome = result;
            try {
                ui.access(() -> shown(outcome, base));
            } catch (UIDetachedException gone) {
                // the member left; the link is listed under Shared links
            }
        }, null));
    }

    private void shown(ShareResult outcome, String base) {
        working.setVisible(false);
        workingText.setVisible(false);
        form.setEnabled(true);
        switch (outcome) {
            case ShareResult.Created created -> made(created, base, hint, form, cancel);
            case ShareResult.Refused refused -> {
                hint.setText(getTranslation(refused.messageKey(), Shares.MOST));
                hint.addClassName("error");
                create.setEnabled(true);
            }
        }
    }

    private void made(ShareResult.Created created, String base, Paragraph hint, Div form, Button cancel) {
        form.setVisible(false);
        hint.setText(getTranslation("share.made", Formats.dateTime(created.expiresAt(), getLocale())));
        var link = new CopyableLink(getTranslation("share.field.address"), base + created.path(), "share-address");
        address = link.address;
        var manage = new RouterLink(getTranslation("share.manage"), SharesView.class);
        manage.addClassName("share-manage");
        manage.getElement().addEventListener("click", event -> close());
        add(link, manage);
        getFooter().removeAll();
        cancel.setText(getTranslation("share.close"));
        getFooter().add(cancel);
    }

    private String lifetimeLabel(Duration duration) {
        return duration.toHours() < 24 ? getTranslation("share.lifetime.hours", duration.toHours())
                : getTranslation("share.lifetime.days", duration.toDays());
    }
}
