package app.atelier.management.ui;

import app.atelier.account.Role;
import app.atelier.account.TeamAdmin;
import app.atelier.account.TeamLinkResult;
import app.atelier.notification.Notifications;
import app.atelier.shared.Language;
import app.atelier.ui.Formats;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;

import java.time.Duration;
import java.util.List;

/**
 * Invites someone: their address, their role, how long the link stays open and the language to
 * address them in; then the link to copy and send is shown once ({@link LinkDialog}: only a hash of
 * it is kept), and e-mailed to them when this installation sends e-mail.
 */
class InviteDialog extends Dialog {

    static final List<Duration> VALIDITIES = List.of(Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(30));

    final EmailField email = new EmailField();
    final Select<Role> role = new Select<>();
    final Select<Duration> validity = new Select<>();
    final Select<Language> language = new Select<>();
    final Button send = new Button();

    InviteDialog(TeamAdmin team, Notifications notifications, Runnable changed) {
        setHeaderTitle(getTranslation("team.invite.title"));
        addClassName("invite-dialog");
        email.setLabel(getTranslation("team.invite.email"));
        email.setHelperText(getTranslation("team.invite.email.helper"));
        email.setRequiredIndicatorVisible(true);
        email.setManualValidation(true);
        email.addValueChangeListener(change -> email.setInvalid(false));
        role.setLabel(getTranslation("team.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        role.setValue(Role.MEMBER);
        role.setHelperText(getTranslation("team.role.hint.member"));
        role.addValueChangeListener(change -> role.setHelperText(getTranslation(switch (change.getValue()) {
            case ADMIN -> "team.role.hint.admin";
            case MEMBER -> "team.role.hint.member";
            case VIEWER -> "team.role.hint.viewer";
        })));
        validity.setLabel(getTranslation("team.invite.validity"));
        validity.setItems(VALIDITIES);
        validity.setItemLabelGenerator(duration -> getTranslation("share.lifetime.days", duration.toDays()));
        validity.setValue(Duration.ofDays(7));
        language.setLabel(getTranslation("team.invite.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        language.setValue(Language.of(getLocale()));
        language.setHelperText(getTranslation("team.invite.language.hint"));
        // the language of the e-mail: without e-mail there is nothing to write in it
        language.setVisible(notifications.enabled());
        var form = new FormLayout(email, role, validity, language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        send.setText(getTranslation("team.invite.create"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClassName("create-invitation");
        send.addClickShortcut(Key.ENTER);
        send.addClickListener(click -> invite(team, notifications, changed));
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), send);
    }

    /** Makes the invitation: its link is shown (and e-mailed, when mail is on), or the address says what is wrong. */
    private void invite(TeamAdmin team, Notifications notifications, Runnable changed) {
        switch (team.invite(email.getValue(), role.getValue(), validity.getValue(), language.getValue())) {
            case TeamLinkResult.Made made -> {
                close();
                new LinkDialog(getTranslation("team.invite.title"), getTranslation("team.invite.made", made.link().email(),
                        Formats.dateTime(made.link().expiresAt(), getLocale())), made.link(), "invite-address", notifications).open();
                changed.run();
            }
            case TeamLinkResult.Refused refused -> {
                email.setErrorMessage(getTranslation(refused.messageKey()));
                email.setInvalid(true);
            }
        }
    }
}
