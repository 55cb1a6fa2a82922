package app.atelier.account.ui;

import app.atelier.account.LinkAnswer;
import app.atelier.account.LinkOpening;
import app.atelier.account.TeamAdmin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.List;
import java.util.Optional;

/** Where a password-reset link leads: the member chooses a new password (their open sessions end). */
@Route(value = "reset/:" + LinkAnswerPage.TOKEN, autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends LinkAnswerPage {

    private final TeamAdmin team;

    ResetPasswordView(TeamAdmin team) {
        this.team = team;
        addClassName("reset-page");
        submit.setText(getTranslation("reset.submit"));
    }

    @Override
    Optional<LinkOpening> open(String token) {
        return team.openReset(token);
    }

    @Override
    String titleKey() {
        return "reset.title";
    }

    @Override
    String introduction(LinkOpening opening) {
        return getTranslation("reset.intro", String.valueOf(opening.name()), opening.email(), opening.teamName());
    }

    @Override
    List<Component> fieldsFor(LinkOpening opening) {
        return List.of();
    }

    @Override
    LinkAnswer send() {
        return team.resetPassword(token, password.getValue());
    }

    @Override
    String doneNotice() {
        return LoginView.PASSWORD_CHANGED;
    }
}
