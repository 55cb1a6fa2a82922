package app.atelier.ui;

import app.atelier.shared.Language;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Sets up every new browser window: the interface speaks the signed-in member's language (the
 * browser's before sign-in), the page declares that language for screen readers, and an unexpected
 * error becomes a plain message with a reference to the log instead of a stack trace.
 */
@Component
class InterfaceSetup implements VaadinServiceInitListener {

    private final SignedInAccount account;

    InterfaceSetup(SignedInAccount account) {
        this.account = account;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> speakTheMembersLanguage(init.getUI()));
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::showError));
    }

    private void speakTheMembersLanguage(UI ui) {
        account.current().ifPresent(member -> {
            ui.getSession().setLocale(member.language().locale());
            ui.setLocale(member.language().locale());
        });
        ui.getPage().executeJs("document.documentElement.lang = $0", Language.of(ui.getLocale()).code());
    }

    private void showError(ErrorEvent event) {
        var error = UnexpectedError.report(event.getThrowable(), "in the interface");
        var ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        var message = ui.getTranslation(error.messageKey(account.adminSignedIn()), error.reference());
        var notification = Notification.show(message, 10000, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }
}
