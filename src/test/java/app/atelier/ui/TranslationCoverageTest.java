package app.atelier.ui;

import app.atelier.IntegrationTest;
import app.atelier.TestAccounts;
import app.atelier.TestDatabase;
import app.atelier.TestProjects;
import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.account.ui.LoginView;
import app.atelier.account.ui.SetupView;
import app.atelier.management.ui.CreditsView;
import app.atelier.management.ui.SettingsView;
import app.atelier.management.ui.TeamView;
import app.atelier.shared.Language;
import app.atelier.studio.ui.GalleryView;
import app.atelier.studio.ui.NewGenerationView;
import app.atelier.studio.ui.ProjectView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders every view in each language and reads everything a person or a screen reader would:
 * no missing key ({@code !key!}) and no sentence of the other language may show up.
 */
@IntegrationTest
class TranslationCoverageTest extends SpringBrowserlessTest {

    private static final List<Class<? extends Component>> SIGNED_IN_VIEWS = List.of(
            GalleryView.class, NewGenerationView.class, CreditsView.class, TeamView.class, SettingsView.class);

    @Autowired
    TestDatabase testDatabase;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestProjects testProjects;

    @Test
    @WithMember(role = Role.ADMIN, language = Language.FRENCH)
    void everySignedInViewIsFullyFrench() {
        assertEverySignedInViewIsFullyIn(Language.FRENCH);
    }

    @Test
    @WithMember(role = Role.ADMIN, language = Language.ENGLISH)
    void everySignedInViewIsFullyEnglish() {
        assertEverySignedInViewIsFullyIn(Language.ENGLISH);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    @WithAnonymousUser
    void thePagesBeforeSignInAreFullyTranslated(Language language) {
        testDatabase.reset();
        UI.getCurrent().setLocale(language.locale());
        navigate(SetupView.class);
        assertFullyIn(language, "SetupView");
    }

    @Test
    @WithMember(role = Role.VIEWER, language = Language.ENGLISH)
    void theViewersGalleryIsFullyTranslated() {
        navigate(GalleryView.class);
        assertFullyIn(Language.ENGLISH, "GalleryView as viewer");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    @WithAnonymousUser
    void theLoginPageIsFullyTranslated(Language language) {
        testDatabase.reset();
        accounts.member(Role.ADMIN, language, "Claire Martin");
        UI.getCurrent().setLocale(language.locale());
        // The window already shows sign-in (where it sent this anonymous visitor) built in the browser's
        // language; Vaadin would reuse that instance, so leave it first as a language change's reload does.
        navigate("no/such/place", NotFoundView.class);
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("error", ""));
        assertFullyIn(language, "LoginView");
    }

    /** Signed-in members see their own language, so the member's language decides, not the browser's. */
    private void assertEverySignedInViewIsFullyIn(Language language) {
        for (var view : SIGNED_IN_VIEWS) {
            navigate(view);
            assertFullyIn(language, view.getSimpleName());
        }
        navigate(GalleryView.class);
        test(find(Button.class).withText(language == Language.FRENCH ? "Nouveau projet" : "New project").first()).click();
        assertFullyIn(language, "NewProjectDialog");

        var project = testProjects.project(accounts.ensureTeam(), "Villa Les Oliviers", 2);
        navigate("projects/" + project, ProjectView.class);
        assertFullyIn(language, "ProjectView");
        test(find(MediaCard.class).first()).click();
        assertFullyIn(language, "PhotoPreview");

        navigate("no/such/place", NotFoundView.class);
        assertFullyIn(language, "NotFoundView");
    }

    private void assertFullyIn(Language language, String where) {
        var texts = RenderedText.ofCurrentPage();
        var other = language == Language.FRENCH ? Language.ENGLISH : Language.FRENCH;
        var foreign = distinctive(other, language);
        assertThat(texts).as(where + " in " + language + ": missing keys").noneMatch(text -> text.matches("(?s).*![a-z][\\w.-]*!.*"));
        var leaks = texts.stream().filter(text -> foreign.stream().anyMatch(text::contains)).toList();
        assertThat(leaks).as(where + " in " + language + ": words of the other language").isEmpty();
        assertThat(String.join(" ", texts)).as(where + " renders some text").isNotBlank();
    }

    /** Sentences only the other language has: the ones that differ between bundles and are long enough to be unambiguous. */
    private static Set<String> distinctive(Language of, Language comparedTo) {
        var theirs = Bundles.of(of);
        var ours = Bundles.of(comparedTo);
        return theirs.stringPropertyNames().stream()
                .map(theirs::getProperty)
                .filter(text -> !ours.containsValue(text))
                .filter(text -> !text.contains("{"))
                .filter(text -> text.length() >= 8)
                .collect(Collectors.toSet());
    }
}
