package app.atelier.account.ui;

import app.atelier.account.LinkAnswer;
import app.atelier.account.LinkOpening;
import app.atelier.account.AccountService;
import app.atelier.account.SetupField;
import app.atelier.account.TeamAdmin;
import app.atelier.shared.Language;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.List;
import java.util.Optional;

/** Where an invitation leads: the invitee sees the team and their role, and chooses a name and a password. */
@Route(value = "join/:" + LinkAnswerPage.TOKEN, autoLayout = false)
@AnonymousAllowed
public class JoinView extends LinkAnswerPage {

    private final TeamAdmin team;
    final TextField name = new TextField();
    final EmailField email = new EmailField();

    JoinView(TeamAdmin team) {
        this.team = team;
        addClassName("join-page");
        name.setLabel(getTranslation("setup.display-name"));
        name.addClassName("join-name");
        name.setMaxLength(AccountService.MAX_NAME_LENGTH);
        name.setAutocomplete(Autocomplete.NAME);
        name.setRequiredIndicatorVisible(true);
        name.setManualValidation(true);
        name.addValueChangeListener(change -> name.setInvalid(false));
        email.setLabel(getTranslation("setup.email"));
        email.setHelperText(getTranslation("setup.email.helper"));
        email.setReadOnly(true);
        fields.put(SetupField.DISPLAY_NAME, name);
        fields.put(SetupField.EMAIL, email);
        submit.setText(getTranslation("join.submit"));
    }

    @Override
    Optional<LinkOpening> open(String token) {
        return team.openInvitation(token);
    }

    @Override
    String titleKey() {
        return "join.title";
    }

    @Override
    String introduction(LinkOpening opening) {
        return getTranslation("join.intro", opening.invitedBy().isBlank() ? getTranslation("join.someone") : opening.invitedBy(),
                opening.teamName(), getTranslation(opening.role().labelKey()));
    }

    @Override
    List<Component> fieldsFor(LinkOpening opening) {
        email.setValue(opening.email());
        return List.of(email, name);
    }

    @Override
    LinkAnswer send() {
        return team.accept(token, name.getValue(), password.getValue(), Language.of(getLocale()));
    }

    @Override
    String doneNotice() {
        return LoginView.JOINED;
    }
}
