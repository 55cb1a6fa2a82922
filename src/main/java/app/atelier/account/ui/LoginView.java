package app.atelier.account.ui;

import app.atelier.account.AccountService;
import app.atelier.account.internal.LoginThrottledException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.WebAttributes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sign-in with e-mail and password. Before the first team exists it sends the visitor to setup.
 * The form posts to Spring Security; a refusal comes back here with {@code ?error}, and the reason
 * (wrong password, or too many attempts) is read from the session where Spring Security left it.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends AuthPage implements BeforeEnterObserver, HasDynamicTitle {

    static final String TEAM_CREATED = "created";
    static final String SIGNED_OUT = "signed-out";
    static final String JOINED = "joined";
    static final String PASSWORD_CHANGED = "password";
    /** Where a session ended by an admin (a new role, a deactivation, a new password) lands. */
    static final String SESSION_ENDED = "ended";
    /** Where a member whose session is gone lands (it timed out, or the server that held it stopped). */
    static final String SESSION_EXPIRED = "expired";
    /** The session's attribute holding the address to fill in: the one just set up, joined with or tried. */
    static final String ADDRESS = "atelier.sign-in.address";

    private final AccountService accounts;
    private final AuthenticationContext authentication;
    private final LoginForm form = new LoginForm();

    LoginView(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.addClassName("login-form");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!accounts.isSetUp()) {
            event.forwardTo(SetupView.class);
            return;
        }
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        List<Paragraph> notices = new ArrayList<>();
        if (parameters.containsKey(TEAM_CREATED)) {
            notices.add(notice(getTranslation("login.notice.team-created"), "success"));
        }
        if (parameters.containsKey(JOINED)) {
            notices.add(notice(getTranslation("login.notice.joined"), "success"));
        }
        if (parameters.containsKey(PASSWORD_CHANGED)) {
            notices.add(notice(getTranslation("login.notice.password"), "success"));
        }
        if (parameters.containsKey(SESSION_ENDED)) {
            notices.add(notice(getTranslation("login.notice.ended"), "neutral"));
        }
        if (parameters.containsKey(SESSION_EXPIRED) | followsEndedSession()) {
            notices.add(notice(getTranslation("login.notice.expired"), "neutral"));
        }
        if (parameters.containsKey(SIGNED_OUT)) {
            notices.add(notice(getTranslation("login.notice.signed-out"), "neutral"));
        }
        form.setI18n(i18n(parameters.containsKey("error") ? lastFailure() : null));
        form.setError(parameters.containsKey("error"));
        address().ifPresent(this::fillIn);
        List<Component> content = new ArrayList<>(notices);
        content.add(form);
        setPanelContent(content.toArray(Component[]::new));
    }

    /** Whether this session began when an earlier one had ended (said once). */
    private static boolean followsEndedSession() {
        var request = com.vaadin.flow.server.VaadinRequest.getCurrent();
        var session = request == null ? null : request.getWrappedSession(false);
        if (session == null || session.getAttribute(EndedSessionRedirect.AFTER_ENDED) == null) {
            return false;
        }
        session.removeAttribute(EndedSessionRedirect.AFTER_ENDED);
        return true;
    }

    private LoginI18n i18n(@Nullable Exception failure) {
        var i18n = LoginI18n.createDefault();
        var formTexts = i18n.getForm();
        formTexts.setTitle(getTranslation("login.title"));
        formTexts.setUsername(getTranslation("login.email"));
        formTexts.setPassword(getTranslation("login.password"));
        formTexts.setSubmit(getTranslation("login.submit"));
        formTexts.setForgotPassword(getTranslation("login.forgot-password"));
        var errors = i18n.getErrorMessage();
        errors.setUsername(getTranslation("login.email.required"));
        errors.setPassword(getTranslation("login.password.required"));
        if (failure instanceof LoginThrottledException throttled) {
            long minutes = Math.max(1, (throttled.retryAfter().toSeconds() + 59) / 60);
            errors.setTitle(getTranslation("login.error.throttled.title"));
            errors.setMessage(getTranslation("login.error.throttled.message", minutes));
        } else {
            errors.setTitle(getTranslation("login.error.title"));
            errors.setMessage(getTranslation("login.error.message"));
        }
        i18n.setAdditionalInformation(getTranslation("login.help"));
        return i18n;
    }

    /** Remembers the address the sign-in form shows next in this browser (after setup, joining, a new password). */
    static void remember(String address) {
        var session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().setAttribute(ADDRESS, address);
        }
    }

    private static Optional<String> address() {
        var session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return Optional.empty();
        }
        return session.getSession().getAttribute(ADDRESS) instanceof String address ? Optional.of(address) : Optional.empty();
    }

    /** The address in its field and the cursor in the password's, once the form has drawn its fields. */
    private void fillIn(String address) {
        form.getElement().executeJs("""
                customElements.whenDefined('vaadin-login-form').then(() => this.updateComplete).then(() => {
                  const field = this.querySelector('#vaadinLoginUsername');
                  if (field && !field.value) {
                    field.value = $0;
                    const password = this.querySelector('#vaadinLoginPassword');
                    // after the form's own autofocus, which puts the cursor in the address
                    requestAnimationFrame(() => requestAnimationFrame(() => password && password.focus()));
                  }
                });""", address);
    }

    private static @Nullable Exception lastFailure() {
        var session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return null;
        }
        return session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof Exception e ? e : null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("login.title"));
    }
}
