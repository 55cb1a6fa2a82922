package app.atelier.notification.internal;

import app.atelier.TestAccounts;
import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.notification.MailTest;
import app.atelier.notification.MailTestBase;
import app.atelier.notification.MailTestServers;
import app.atelier.notification.TestMailServer;
import app.atelier.shared.Language;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The installation's admins hear when a vendor account runs low (Evolink answering a real balance
 * call), once until it is topped up; the sandbox's simulated accounts are never reported.
 */
@MailTest
@WithMember(role = Role.ADMIN, name = "Claire Martin", language = Language.ENGLISH)
class VendorBalanceNoticesTest extends MailTestBase {

    @Autowired
    LowBalanceNotices notices;

    @Autowired
    TestAccounts accounts;

    @Test
    void adminsHearOnceWhenAVendorAccountRunsLowAndNeverOfTheSandbox() {
        accounts.ensureTeam();
        notices.checkVendors();
        assertThat(TestMailServer.receivedNow()).as("10,000 credits left, and the sandboxes are not real: nothing to say").isEmpty();

        MailTestServers.EVOLINK_CREDITS.set(12);
        try {
            notices.checkVendors();
            var received = TestMailServer.received(1);
            var mine = received.stream().filter(message -> recipients(message).contains(accounts.currentEmail())).toList();
            assertThat(mine).hasSize(1);
            assertThat(subject(mine.getFirst())).isEqualTo("Your Evolink account has 12 credits left");
            assertThat(parts(mine.getFirst()).text()).contains("the alert threshold is 50", "http://localhost:8080/credits");
            assertThat(received).extracting(VendorBalanceNoticesTest::subject).allMatch(subject -> subject.contains("Evolink"));

            notices.checkVendors();
            assertThat(TestMailServer.receivedNow()).as("told once while it stays low").hasSameSizeAs(received);
        } finally {
            MailTestServers.EVOLINK_CREDITS.set(10_000);
            notices.checkVendors();
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.util.List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Object::toString).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
