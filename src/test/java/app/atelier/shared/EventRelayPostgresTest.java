package app.atelier.shared;

import app.atelier.PostgresAvailable;
import app.atelier.PostgresNodes;
import app.atelier.credits.CreditsChanged;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes on one PostgreSQL (two application contexts on one schema): a change committed on one
 * reaches a view subscribed on the other, once; a rolled-back change reaches nobody.
 */
@Tag("postgres")
@ExtendWith(PostgresAvailable.class)
class EventRelayPostgresTest {

    private final PostgresNodes nodes = new PostgresNodes("relay");

    @AfterEach
    void stopNodesAndDropSchema() throws Exception {
        nodes.close();
    }

    @Test
    void aChangeCommittedOnOneNodeReachesASubscriberOnTheOther() throws Exception {
        var nodeA = node();
        var nodeB = node();
        var seenOnA = subscribe(nodeA);
        var seenOnB = subscribe(nodeB);
        var team = UUID.randomUUID();
        var member = UUID.randomUUID();

        nodeA.getBean(TransactionTemplate.class).executeWithoutResult(status ->
                nodeA.publishEvent(new CreditsChanged(team, member)));

        await().atMost(Duration.ofSeconds(10)).until(() -> seenOnB.contains(new CreditsChanged(team, member)));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> seenOnA.size() == 1 && seenOnB.size() == 1);
    }

    @Test
    void aRolledBackChangeReachesNoNode() throws Exception {
        var nodeA = node();
        var nodeB = node();
        var seenOnA = subscribe(nodeA);
        var seenOnB = subscribe(nodeB);

        nodeA.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            nodeA.publishEvent(new CreditsChanged(UUID.randomUUID(), UUID.randomUUID()));
            status.setRollbackOnly();
        });
        var committed = new CreditsChanged(UUID.randomUUID(), UUID.randomUUID());
        nodeA.getBean(TransactionTemplate.class).executeWithoutResult(status ->
                nodeA.publishEvent(committed));

        await().atMost(Duration.ofSeconds(10)).until(() -> seenOnB.contains(committed));
        assertThat(seenOnA).containsExactly(committed);
        assertThat(seenOnB).containsExactly(committed);
    }

    private static List<CreditsChanged> subscribe(ConfigurableApplicationContext node) {
        var seen = new CopyOnWriteArrayList<CreditsChanged>();
        node.getBean(LiveUpdates.class).subscribe(CreditsChanged.class, event -> true, seen::add);
        return seen;
    }

    private ConfigurableApplicationContext node() throws Exception {
        return nodes.start();
    }
}
