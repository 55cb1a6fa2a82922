package app.atelier.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown when a page fails to open for a reason nobody planned for (Vaadin's own page would show the
 * exception's message, SQL included): what happened in plain words, a reference to the log, and a
 * way to try again.
 */
@AnonymousAllowed
public class ErrorView extends Main implements HasErrorParameter<Exception>, HasDynamicTitle {

    private final SignedInAccount account;

    ErrorView(SignedInAccount account) {
        this.account = account;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var error = UnexpectedError.report(parameter.getCaughtException(),
                "opening /" + event.getLocation().getPathWithQueryParameters());
        removeAll();
        addClassName("error-page");
        var again = new Anchor(event.getLocation().getPathWithQueryParameters(), getTranslation("error.page.again"));
        again.addClassName("primary-link");
        var home = new Anchor("", getTranslation("not-found.home"));
        add(new EmptyState(VaadinIcon.WARNING, getTranslation("error.page.title"),
                getTranslation(error.messageKey(account.adminSignedIn()), error.reference()))
                .withAction(again).withAction(home));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("error.page.title"));
    }
}
