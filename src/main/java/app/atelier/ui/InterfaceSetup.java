package app.atelier.ui;

import app.atelier.shared.Language;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sets up every new browser window: the interface speaks the signed-in member's language (the
 * browser's before sign-in), the page declares that language for screen readers, and an unexpected
 * error becomes a plain message with a reference to the log instead of a stack trace. Counts the
 * sessions and windows open on this node ({@code atelier.ui.sessions}, {@code atelier.ui.windows}).
 */
@Component
class InterfaceSetup implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(InterfaceSetup.class);
    /** The sign-in page that says the session ended. */
    static final String SESSION_ENDED = "/login?expired";

    private final SignedInAccount account;
    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger windows = new AtomicInteger();

    InterfaceSetup(SignedInAccount account, MeterRegistry meters) {
        this.account = account;
        Gauge.builder("atelier.ui.sessions", sessions, AtomicInteger::get)
                .description("Browser sessions of the interface on this node").register(meters);
        Gauge.builder("atelier.ui.windows", windows, AtomicInteger::get)
                .description("Open windows (tabs) of the interface on this node, each with its live updates").register(meters);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            windows.incrementAndGet();
            init.getUI().addDetachListener(detach -> windows.decrementAndGet());
            speakTheMembersLanguage(init.getUI());
        });
        event.getSource().addSessionInitListener(init -> {
            sessions.incrementAndGet();
            init.getSession().setErrorHandler(this::showError);
        });
        event.getSource().addSessionDestroyListener(destroy -> sessions.decrementAndGet());
        // a window whose session is gone (timed out, or its node stopped) goes at its next request to
        // the sign-in page that says so, rather than reloading itself
        var ended = new CustomizedSystemMessages();
        ended.setSessionExpiredNotificationEnabled(false);
        ended.setSessionExpiredURL(SESSION_ENDED);
        event.getSource().setSystemMessagesProvider(info -> ended);
    }

    /** A closed tab or a lost connection: nobody is left to tell, and nothing went wrong here (as Vaadin's own handler judges). */
    static boolean browserWentAway(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (DefaultErrorHandler.SOCKET_EXCEPTIONS.contains(cause.getClass().getName())) {
                return true;
            }
        }
        return false;
    }

    private void speakTheMembersLanguage(UI ui) {
        account.current().ifPresent(member -> {
            ui.getSession().setLocale(member.language().locale());
            ui.setLocale(member.language().locale());
        });
        ui.getPage().executeJs("document.documentElement.lang = $0", Language.of(ui.getLocale()).code());
    }

    private void showError(ErrorEvent event) {
        if (browserWentAway(event.getThrowable())) {
            log.debug("A browser went away in the middle of an answer", event.getThrowable());
            return;
        }
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
