package app.atelier.ui;

import app.atelier.IntegrationTest;
import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.studio.ui.GalleryView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DataRetrievalFailureException;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a member reads when something breaks: plain words in their language and a short reference,
 * never SQL or a class name; the detail is in the log under that reference.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class UnexpectedErrorTest extends SpringBrowserlessTest {

    private static final Pattern REFERENCE = Pattern.compile("\\(référence ([2-9A-HJKMNP-Z]{8})\\)");
    private static final String SQL_ERROR = "Check constraint invalid: \"member_role_check\"; SQL statement: UPDATE member SET role = ?";

    @Test
    @WithMember(role = Role.MEMBER)
    void aWriteTheDatabaseRefusesIsToldInPlainWordsWithAReferenceToTheLog(CapturedOutput log) {
        navigate(GalleryView.class);

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new DataIntegrityViolationException(SQL_ERROR)));

        var message = shownMessage();
        assertThat(message).startsWith("Votre modification n’a pas pu être enregistrée.")
                .contains("prévenez l’administrateur")
                .doesNotContain("Check constraint", "SQL", "Exception", "member_role_check");
        var reference = REFERENCE.matcher(message);
        assertThat(reference.find()).as("a reference in %s", message).isTrue();
        assertThat(log.getOut()).contains("[ref " + reference.group(1) + "]", SQL_ERROR);
    }

    @Test
    @WithMember(role = Role.ADMIN)
    void anAdminIsPointedToTheLogRatherThanShownTheDetail() {
        navigate(GalleryView.class);

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("disk full")));

        assertThat(shownMessage()).startsWith("Une erreur inattendue s’est produite.")
                .contains("le journal du serveur l’explique sous la référence")
                .doesNotContain("IllegalStateException", "disk full");
    }

    @Test
    @WithMember(role = Role.MEMBER)
    void aBrowserThatWentAwayIsNeitherToldNorLoggedAsAnError(CapturedOutput log) {
        navigate(GalleryView.class);

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new java.io.UncheckedIOException(
                new org.apache.catalina.connector.ClientAbortException(new java.io.IOException("Broken pipe")))));

        assertThat(find(Notification.class).all()).isEmpty();
        assertThat(log.getOut()).doesNotContain("Unexpected error in the interface");
    }

    @Test
    @WithMember(role = Role.MEMBER)
    void aPageThatFailsToOpenSaysSoWithoutItsExceptionAndOffersToTryAgain(CapturedOutput log) {
        navigate(GalleryView.class);
        RouteConfiguration.forSessionScope().setRoute("broken-page", BrokenPage.class);

        navigate("broken-page", ErrorView.class);

        var text = RenderedText.joined();
        assertThat(text).contains("Cette page n’a pas pu s’ouvrir", "Réessayer", "Votre modification n’a pas pu être enregistrée")
                .doesNotContain("SELECT", "DataRetrievalFailureException");
        var reference = REFERENCE.matcher(text);
        assertThat(reference.find()).isTrue();
        assertThat(log.getOut()).contains("[ref " + reference.group(1) + "]", "SELECT secret FROM vendor_key");
    }

    private String shownMessage() {
        return test(find(Notification.class).single()).getText();
    }

    /** A page whose database read fails as it opens. */
    @AnonymousAllowed
    public static class BrokenPage extends Main {
        public BrokenPage() {
            throw new DataRetrievalFailureException("SELECT secret FROM vendor_key failed");
        }
    }
}
