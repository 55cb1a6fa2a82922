package app.atelier.ui;

import app.atelier.shared.Language;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sets up every new browser window: the interface speaks the signed-in member's language (the
 * browser's before sign-in), the page declares that language for screen readers, and an unexpected
 * error becomes a plain message instead of a stack trace (with the detail for admins).
 */
@Component
class InterfaceSetup implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(InterfaceSetup.class);

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
        var error = event.getThrowable();
        log.error("Unexpected error in the interface", error);
        var ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        var message = ui.getTranslation("error.unexpected");
        if (signedInAsAdmin()) {
            message += " (" + error.getClass().getSimpleName() + ": " + error.getMessage() + ")";
        }
        var notification = Notification.show(message, 8000, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }

    /** Best effort: the error being reported may be the database itself failing. */
    private boolean signedInAsAdmin() {
        try {
            return account.current().map(SignedInAccount.ShellMember::admin).orElse(false);
        } catch (RuntimeException unavailable) {
            return false;
        }
    }
}
