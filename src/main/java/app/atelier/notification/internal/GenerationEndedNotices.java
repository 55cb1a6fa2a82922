package app.atelier.notification.internal;

import app.atelier.account.MemberDirectory;
import app.atelier.generation.GenerationChanged;
import app.atelier.generation.GenerationState;
import app.atelier.generation.Generations;
import app.atelier.notification.AtelierMailProperties;
import app.atelier.project.Projects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Duration;
import java.util.Objects;

/**
 * Tells a member, when they asked for it, that a generation of theirs that took a while ended
 * (ready, or failed and why). Heard on the node where the end was committed, so told once.
 */
@Component
class GenerationEndedNotices {

    private final Mailer mailer;
    private final Letters letters;
    private final NotificationRows rows;
    private final MemberDirectory directory;
    private final Generations generations;
    private final Projects projects;
    private final AtelierMailProperties settings;

    GenerationEndedNotices(Mailer mailer, Letters letters, NotificationRows rows, MemberDirectory directory,
                           Generations generations, Projects projects, AtelierMailProperties settings) {
        this.mailer = mailer;
        this.letters = letters;
        this.rows = rows;
        this.directory = directory;
        this.generations = generations;
        this.projects = projects;
        this.settings = settings;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(GenerationChanged changed) {
        if ((changed.state() != GenerationState.SUCCEEDED && changed.state() != GenerationState.FAILED) || !mailer.enabled()) {
            return;
        }
        mailer.later(() -> tell(changed));
    }

    private void tell(GenerationChanged changed) {
        var member = directory.find(changed.memberId()).filter(MemberDirectory.Recipient::active);
        if (member.isEmpty() || !rows.preferences(changed.memberId()).generationEnded()) {
            return;
        }
        var to = member.get();
        var found = directory.as(to, () -> generations.find(changed.generationId()));
        if (found.isEmpty()) {
            return;
        }
        var generation = found.get();
        var took = Duration.between(generation.createdAt(), Objects.requireNonNullElse(generation.finishedAt(), generation.createdAt()));
        if (took.compareTo(settings.generationEndedAfter()) < 0) {
            return;
        }
        var project = directory.as(to, () -> projects.name(generation.projectId())).orElse("");
        var failure = generation.failure();
        mailer.send(letters.generationEnded(to, new Letters.Ended(generation.projectId(), project,
                generation.kind().labelKey(), generation.providerNameKey(), generation.state() == GenerationState.SUCCEEDED,
                failure == null ? "generation.failure.unknown" : failure.messageKey(), generation.cost(), generation.currency(),
                took)), true);
    }
}
