package app.atelier.management.ui;

import app.atelier.account.AccountService;
import app.atelier.film.FilmBrands;
import app.atelier.account.Role;
import app.atelier.notification.MailOutcome;
import app.atelier.notification.NotificationPreferences;
import app.atelier.notification.Notifications;
import app.atelier.ui.ViewHeader;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Each member's settings: which e-mails Atelier sends them (a long generation that ended; for admins,
 * balances running low; a webhook of their API keys given up), saved as soon as they are ticked.
 * Admins can send themselves a test e-mail. Where no SMTP server is set up, the page says so.
 */
@Route("settings")
@Menu(order = 4, icon = "vaadin:cog", title = "nav.settings")
@PermitAll
public class SettingsView extends Main implements HasDynamicTitle {

    final Checkbox generationEnded = new Checkbox();
    final Checkbox lowBalance = new Checkbox();
    final Checkbox webhookGivenUp = new Checkbox();
    final Span saved = new Span();
    final Button test = new Button();
    final Paragraph testOutcome = new Paragraph();

    SettingsView(Notifications notifications, AccountService accounts, FilmBrands brands) {
        addClassNames("view", "settings-view");
        var me = accounts.currentMember();
        add(new ViewHeader(getTranslation("settings.title"),
                getTranslation(me.role() == Role.ADMIN ? "settings.description.admin" : "settings.description")));
        var section = new Div();
        section.addClassName("settings-section");
        var title = new H2(getTranslation("settings.mail.title"));
        title.addClassName("section-title");
        section.add(title);
        if (notifications.enabled()) {
            var to = new Paragraph(getTranslation("settings.mail.to", me.email()));
            to.addClassName("hint");
            section.add(to);
        } else {
            var off = new Paragraph(new Icon(VaadinIcon.INFO_CIRCLE_O), new Span(getTranslation(
                    me.role() == Role.ADMIN ? "settings.mail.off.admin" : "settings.mail.off")));
            off.addClassName("settings-mail-off");
            section.add(off);
        }
        saved.addClassName("settings-saved");
        saved.getElement().setAttribute("role", "status");
        section.add(choices(notifications, me.role()), saved);
        if (me.role() == Role.ADMIN) {
            section.add(testing(notifications, me.email()));
        }
        add(section);
        if (me.role() == Role.ADMIN) {
            add(new BrandSection(brands));
        }
    }

    /** The mails a member may choose, as they chose them; each change is saved at once. */
    private Div choices(Notifications notifications, Role role) {
        var preferences = notifications.mine();
        generationEnded.setLabel(getTranslation("settings.mail.generation-ended",
                Math.max(1, notifications.generationEndedAfter().toMinutes())));
        generationEnded.setHelperText(getTranslation("settings.mail.generation-ended.hint"));
        generationEnded.setValue(preferences.generationEnded());
        generationEnded.addClassName("mail-generation-ended");
        lowBalance.setLabel(getTranslation("settings.mail.low-balance"));
        lowBalance.setHelperText(getTranslation("settings.mail.low-balance.hint"));
        lowBalance.setValue(preferences.lowBalance());
        lowBalance.addClassName("mail-low-balance");
        webhookGivenUp.setLabel(getTranslation("settings.mail.webhook"));
        webhookGivenUp.setHelperText(getTranslation("settings.mail.webhook.hint"));
        webhookGivenUp.setValue(preferences.webhookGivenUp());
        webhookGivenUp.addClassName("mail-webhook");
        var choices = new Div(generationEnded);
        choices.addClassName("settings-choices");
        if (role == Role.ADMIN) {
            choices.add(lowBalance);
        }
        if (role != Role.VIEWER) {
            choices.add(webhookGivenUp);
        }
        for (var choice : new Checkbox[] {generationEnded, lowBalance, webhookGivenUp}) {
            choice.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    notifications.saveMine(new NotificationPreferences(generationEnded.getValue(), lowBalance.getValue(),
                            webhookGivenUp.getValue()));
                    saved.setText(getTranslation("settings.saved"));
                }
            });
        }
        return choices;
    }

    /** An admin's test mail, and what became of it. */
    private Div testing(Notifications notifications, String email) {
        test.setText(getTranslation("settings.mail.test"));
        test.setIcon(new Icon(VaadinIcon.ENVELOPE_O));
        test.addClassName("send-test-mail");
        test.setEnabled(notifications.enabled());
        testOutcome.addClassName("test-mail-outcome");
        testOutcome.getElement().setAttribute("role", "status");
        test.addClickListener(click -> {
            test.setEnabled(false);
            testOutcome.setText(getTranslation("settings.mail.test.sending", email));
            var ui = UI.getCurrent();
            notifications.sendTest().thenAccept(outcome -> ui.access(() -> {
                test.setEnabled(true);
                testOutcome.setText(switch (outcome) {
                    case MailOutcome.Sent sent -> getTranslation("settings.mail.test.sent", sent.to());
                    case MailOutcome.Failed failed -> getTranslation("settings.mail.test.failed", failed.to(), failed.reason());
                    case MailOutcome.Off off -> getTranslation("settings.mail.off.admin");
                });
                testOutcome.getElement().setAttribute("data-outcome", outcome.getClass().getSimpleName().toLowerCase());
            }));
        });
        var testing = new Div(test, testOutcome);
        testing.addClassName("settings-test");
        return testing;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("settings.title"));
    }
}
