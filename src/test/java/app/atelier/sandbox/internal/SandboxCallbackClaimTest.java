package app.atelier.sandbox.internal;

import app.atelier.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nodes that share the database tick alike and see the same ended tasks: the callback of each is
 * taken by one of them only, however many ask at the same moment.
 */
@IntegrationTest
class SandboxCallbackClaimTest {

    @Autowired
    SandboxTasks tasks;

    @Test
    void eightNodesAskingAtOnceSendOneCallback() throws Exception {
        var id = "claim-" + UUID.randomUUID();
        var now = Instant.parse("2026-12-02T10:00:00Z");
        tasks.add(id, "evolink", "{}", "https://caller.example/hook", now, now);
        tasks.finish(id, SandboxTasks.Status.SUCCEEDED, "result.mp4", null, null, now);
        assertThat(tasks.toCallBack(200)).extracting(SandboxTasks.Task::id).contains(id);

        var start = new CountDownLatch(1);
        var claims = new ArrayList<Callable<Boolean>>();
        for (int node = 0; node < 8; node++) {
            claims.add(() -> {
                start.await();
                return tasks.claimCallback(id);
            });
        }
        try (var nodes = Executors.newFixedThreadPool(8)) {
            var answers = claims.stream().map(nodes::submit).toList();
            start.countDown();
            long sent = 0;
            for (var answer : answers) {
                sent += answer.get() ? 1 : 0;
            }
            assertThat(sent).isEqualTo(1);
        }
        assertThat(tasks.toCallBack(200)).extracting(SandboxTasks.Task::id).doesNotContain(id);
    }
}
