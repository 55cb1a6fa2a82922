package app.atelier.management.ui;

import app.atelier.IntegrationTest;
import app.atelier.TestAccounts;
import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.credits.Credits;
import app.atelier.shared.CreditCurrency;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The team page follows credits as they move without drawing the members again. */
@IntegrationTest
class TeamViewTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Credits credits;

    @Test
    @WithMember(role = Role.ADMIN, freshTeam = true)
    void aMembersCreditsChangeInPlaceAndTheirMenuStays() {
        var marc = accounts.memberOf(accounts.currentTeamId(), Role.MEMBER);
        var view = navigate(TeamView.class);
        var row = find(Div.class, view.members).all().stream()
                .filter(div -> marc.memberId().toString().equals(div.getElement().getAttribute("data-member"))).findFirst().orElseThrow();
        var menu = find(MenuBar.class, row).single();
        assertThat(row.getElement().getTextRecursively()).contains("0 crédit vidéo");

        credits.grant(marc.memberId(), CreditCurrency.VIDEO, 7, "Mandat");

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            assertThat(row.getElement().getTextRecursively()).contains("7 crédits vidéo");
        });
        assertThat(row.isAttached()).isTrue();
        assertThat(menu.isAttached()).as("a menu the admin may have open is not drawn again").isTrue();
    }
}
