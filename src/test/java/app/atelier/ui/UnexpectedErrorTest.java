package app.atelier.ui;

import app.atelier.IntegrationTest;
import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.generation.ui.GalleryView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a member reads when something breaks: plain words in their language, the detail for admins only. */
@IntegrationTest
class UnexpectedErrorTest extends SpringBrowserlessTest {

    @Test
    @WithMember(role = Role.MEMBER)
    void aMemberIsToldInPlainWordsWithoutTheTechnicalDetail() {
        navigate(GalleryView.class);

        somethingBreaks();

        assertThat(shownMessage()).startsWith("Une erreur inattendue s’est produite.")
                .doesNotContain("IllegalStateException");
    }

    @Test
    @WithMember(role = Role.ADMIN)
    void anAdminAlsoSeesWhatBroke() {
        navigate(GalleryView.class);

        somethingBreaks();

        assertThat(shownMessage()).startsWith("Une erreur inattendue s’est produite.")
                .contains("IllegalStateException: disk full");
    }

    private static void somethingBreaks() {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("disk full")));
    }

    private String shownMessage() {
        return test(find(Notification.class).single()).getText();
    }
}
