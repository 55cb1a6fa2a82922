package app.atelier.generation;

import app.atelier.account.AccountService;
import app.atelier.generation.internal.ReviewRows;
import app.atelier.generation.work.GenerationRepository;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.GenerationId;
import app.atelier.shared.ProjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The team's review of its results: a verdict (approved, rejected, or taken back) with an optional
 * comment, and a thread of comments per result. Everyone in the team reviews, viewers included;
 * another team's generation does not exist. Each change reaches whoever looks at the project.
 */
@Service
public class Reviews {

    /** The longest comment kept. */
    public static final int MAX_COMMENT = 2000;

    private final GenerationRepository generations;
    private final ReviewRows rows;
    private final AccountService accounts;
    private final CurrentMember currentMember;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reviews(GenerationRepository generations, ReviewRows rows, AccountService accounts, CurrentMember currentMember,
            ApplicationEventPublisher events, Clock clock) {
        this.generations = generations;
        this.rows = rows;
        this.accounts = accounts;
        this.currentMember = currentMember;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Approves or rejects a finished result ({@code verdict} null takes the verdict back), with a
     * comment if one is given (blank is none).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ReviewOutcome judge(GenerationId generationId, @Nullable Verdict verdict, @Nullable String comment) {
        return review(generationId.value(), true, verdict, comment);
    }

    /** Adds a comment to a result's thread (any generation of the team, finished or not). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ReviewOutcome comment(GenerationId generationId, String comment) {
        return review(generationId.value(), false, null, comment);
    }

    /** A verdict ({@code judging}: set, or taken back when null) and what is said with it; or words alone. */
    private ReviewOutcome review(UUID generationId, boolean judging, @Nullable Verdict verdict, @Nullable String comment) {
        var member = currentMember.require();
        var found = generations.findByIdAndTeamId(generationId, member.teamId());
        if (found.isEmpty()) {
            return ReviewOutcome.NOT_FOUND;
        }
        if (judging && found.get().state() != GenerationState.SUCCEEDED) {
            return ReviewOutcome.NOT_FINISHED;
        }
        var body = comment == null || comment.isBlank() ? null : comment.strip();
        if (!judging && body == null) {
            return ReviewOutcome.EMPTY;
        }
        if (body != null && body.length() > MAX_COMMENT) {
            return ReviewOutcome.TOO_LONG;
        }
        var now = clock.instant();
        if (judging) {
            rows.judge(member.teamId(), generationId, verdict, member.actorId(), now);
        }
        if (verdict != null || body != null) {
            rows.say(member.teamId(), generationId, member.actorId(), verdict, body, now);
        }
        events.publishEvent(new ReviewChanged(GenerationId.of(generationId), ProjectId.of(found.get().projectId()), member.teamId()));
        return ReviewOutcome.DONE;
    }

    /** The result's thread, oldest first: empty for a generation that is not the team's. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ReviewComment> thread(GenerationId generationId) {
        var team = currentMember.require().teamId();
        var lines = rows.thread(team, generationId.value());
        var names = accounts.teammateNames(lines.stream().map(ReviewRows.Line::memberId).collect(Collectors.toSet()));
        return lines.stream().map(line -> new ReviewComment(line.id(), line.memberId(),
                names.getOrDefault(line.memberId(), ""), line.verdict(), line.body(), line.at())).toList();
    }
}
