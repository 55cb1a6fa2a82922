package app.atelier.management.ui;

import app.atelier.account.TeamLink;
import app.atelier.notification.MailOutcome;
import app.atelier.notification.Notifications;
import app.atelier.ui.CopyableLink;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Shows a link made for someone (an invitation, a password reset) once, to copy and hand over; when
 * this installation sends e-mail, the link is also sent to them, and the dialog says whether it went.
 */
class LinkDialog extends Dialog {

    final CopyableLink link;
    final Paragraph mail = new Paragraph();

    LinkDialog(String title, String text, TeamLink made, String fieldClass, Notifications notifications) {
        setHeaderTitle(title);
        addClassName("link-dialog");
        var words = new Paragraph(text);
        words.addClassName("hint");
        link = new CopyableLink(getTranslation("team.link"), CopyableLink.absolute(made.path()), fieldClass);
        add(words, link, new Paragraph(getTranslation("team.link.once")));
        if (notifications.enabled()) {
            mail.addClassName("link-mail");
            mail.getElement().setAttribute("role", "status");
            mail.add(new Icon(VaadinIcon.ENVELOPE_O), new Span(
                    getTranslation("team.link.mail.sending", made.email())));
            add(mail);
            var ui = UI.getCurrent();
            notifications.sendLink(made).thenAccept(outcome -> ui.access(() -> told(outcome)));
        }
        getFooter().add(new Button(getTranslation("share.close"), click -> close()));
    }

    private void told(MailOutcome outcome) {
        mail.removeAll();
        switch (outcome) {
            case MailOutcome.Sent sent -> {
                mail.add(new Icon(VaadinIcon.CHECK), new Span(
                        getTranslation("team.link.mail.sent", sent.to())));
                mail.getElement().setAttribute("data-outcome", "sent");
            }
            case MailOutcome.Failed failed -> {
                mail.add(new Icon(VaadinIcon.WARNING), new Span(
                        getTranslation("team.link.mail.failed", failed.to(), failed.reason())));
                mail.getElement().setAttribute("data-outcome", "failed");
            }
            case MailOutcome.Off off -> mail.setVisible(false);
        }
    }
}
