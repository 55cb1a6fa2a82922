package app.atelier.ui;

import app.atelier.IntegrationTest;
import app.atelier.TestAccounts;
import app.atelier.WithMember;
import app.atelier.account.AccountService;
import app.atelier.account.Role;
import app.atelier.shared.Language;
import app.atelier.studio.ui.GalleryView;
import app.atelier.studio.ui.NewGenerationView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The shell a member sees: what the navigation offers for their role, the team, their language. */
@IntegrationTest
class MainLayoutTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Test
    @WithMember(role = Role.ADMIN)
    void anAdminIsOfferedEveryPlace() {
        navigate(GalleryView.class);

        assertThat(navigationLabels()).containsExactly("Galerie", "Nouvelle génération", "Liens partagés", "Crédits", "Équipe", "API", "Paramètres");
        assertThat(find(Button.class).withText("Nouveau projet").all()).isNotEmpty();
    }

    @Test
    @WithMember(role = Role.MEMBER)
    void aMemberCreatesButDoesNotAdministerTheTeam() {
        navigate(GalleryView.class);

        assertThat(navigationLabels()).containsExactly("Galerie", "Nouvelle génération", "Liens partagés", "Crédits", "API", "Paramètres");
    }

    @Test
    @WithMember(role = Role.VIEWER, freshTeam = true)
    void aViewerReviewsButIsNotOfferedToCreate() {
        navigate(GalleryView.class);

        assertThat(navigationLabels()).containsExactly("Galerie", "Liens partagés", "Crédits", "API", "Paramètres");
        assertThat(find(Button.class).withText("Nouveau projet").all()).isEmpty();
        assertThat(RenderedText.joined())
                .contains("dès qu’un membre aura lancé une génération");
    }

    @Test
    @WithMember(role = Role.MEMBER, freshTeam = true)
    void aNewTeamsGallerySaysWhatItIsForAndHowToFillIt() {
        navigate(GalleryView.class);

        assertThat(RenderedText.joined()).contains("Aucun projet pour l’instant", "Créez un projet pour un bien");
        assertThat(find(Button.class).withText("Nouveau projet").all()).hasSize(2);
    }

    @Test
    @WithMember(role = Role.VIEWER)
    void aViewerWhoTypesTheWizardsAddressIsToldItDoesNotExist() {
        navigate("generations/new", NotFoundView.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithMember(role = Role.MEMBER)
    void aMemberWhoTypesTheTeamAdminAddressIsToldItDoesNotExist() {
        navigate("team", NotFoundView.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithMember(role = Role.MEMBER)
    void theTeamNameIsAlwaysInTheHeader() {
        navigate(NewGenerationView.class);

        assertThat(RenderedText.joined()).contains(TestAccounts.TEAM_NAME);
    }

    @Test
    @WithMember(role = Role.MEMBER, language = Language.ENGLISH)
    void theInterfaceSpeaksTheMembersLanguageWhateverTheBrowser() {
        navigate(GalleryView.class);

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(navigationLabels()).containsExactly("Gallery", "New generation", "Shared links", "Credits", "API", "Settings");
    }

    @Test
    @WithMember(role = Role.MEMBER, name = "Claire Martin")
    void choosingEnglishInTheMemberMenuIsRememberedForTheMember() {
        navigate(GalleryView.class);
        MenuBarTester<MenuBar> menu = test(find(MenuBar.class).withClassName("member-menu").single());
        // the member's button shows an avatar and a name, not a text the tester can match: by position
        // (root item 0; under it identity 0, language 1, sign-out 2; languages French 0, English 1)
        assertThat(menu.isItemChecked(0, 1, 0)).isTrue();

        menu.clickItem(0, 1, 1);

        assertThat(accounts.currentMember().language()).isEqualTo(Language.ENGLISH);
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
    }

    private List<String> navigationLabels() {
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }
}
