package app.atelier.api;

import app.atelier.TestAccounts;
import app.atelier.TestCredits;
import app.atelier.account.ApiKeys;
import app.atelier.account.Role;
import app.atelier.account.SignedInMember;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;

/**
 * What an API test starts from: the running application ({@link ApiTest}), a script client with its
 * photo and webhook server, and a member of the fixture team with credits and a key of their own.
 */
abstract class ScriptTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestCredits credits;

    @Autowired
    ApiKeys keys;

    @Autowired
    JdbcClient jdbc;

    ScriptClient script;
    SignedInMember member;
    String key;

    /** The member's language and the credits they start with. */
    abstract Language language();

    abstract int videoCredits();

    abstract int photoCredits();

    @BeforeEach
    void aMemberWithAKey() throws IOException {
        script = new ScriptClient(port);
        member = accounts.member(Role.MEMBER, language(), "Script Writer");
        credits.grant(member.teamId(), member.memberId(), CreditCurrency.VIDEO, videoCredits());
        credits.grant(member.teamId(), member.memberId(), CreditCurrency.PHOTO, photoCredits());
        key = ScriptClient.keyOf(keys, member, "CRM plug-in");
    }

    @AfterEach
    void stopServer() {
        script.close();
    }
}
