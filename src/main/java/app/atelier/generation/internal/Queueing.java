package app.atelier.generation.internal;

import app.atelier.credits.Charge;
import app.atelier.credits.Credits;
import app.atelier.credits.Reservation;
import app.atelier.generation.GenerationChanged;
import app.atelier.generation.SubmitResult;
import app.atelier.generation.work.Generation;
import app.atelier.generation.work.GenerationJobs;
import app.atelier.generation.work.GenerationMetrics;
import app.atelier.generation.work.GenerationRepository;
import app.atelier.generation.work.JobsProperties;
import app.atelier.project.ProjectRecords;
import app.atelier.provider.GenerationKind;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.GenerationId;
import app.atelier.shared.MemberId;
import app.atelier.shared.ProjectId;
import app.atelier.shared.TeamId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Stores the generations of a checked request and puts them on their way, inside the caller's
 * transaction: one per photo, their credits reserved all or none, a submit job each, the project's
 * search text and activity, and the event that shows them. Without the credits, the caller rolls back.
 */
@Component
public class Queueing {

    private final GenerationRepository generations;
    private final Credits credits;
    private final GenerationJobs jobs;
    private final JobsProperties settings;
    private final GenerationText text;
    private final ProjectRecords projects;
    private final ApplicationEventPublisher events;
    private final GenerationMetrics metrics;
    private final Clock clock;

    Queueing(GenerationRepository generations, Credits credits, GenerationJobs jobs, JobsProperties settings,
             GenerationText text, ProjectRecords projects, ApplicationEventPublisher events, GenerationMetrics metrics,
             Clock clock) {
        this.generations = generations;
        this.credits = credits;
        this.jobs = jobs;
        this.settings = settings;
        this.text = text;
        this.projects = projects;
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** What to store: each photo's checked options as JSON (in the photos' order), the price of each generation. */
    public record Order(UUID teamId, UUID memberId, ProjectId projectId, List<UUID> photoIds, String providerId,
                       GenerationKind kind, List<String> options, CreditCurrency currency, int costEach,
                       @Nullable GenerationId continues, @Nullable UUID retryOf, boolean viaApi) {

        public Order {
            photoIds = List.copyOf(photoIds);
            options = List.copyOf(options);
            if (options.size() != photoIds.size()) {
                throw new IllegalArgumentException(options.size() + " options for " + photoIds.size() + " photos");
            }
        }
    }

    public SubmitResult queue(Order order) {
        var deadline = clock.instant().plus(settings.queueDeadline());
        var queued = new ArrayList<Generation>();
        for (int i = 0; i < order.photoIds().size(); i++) {
            var generation = new Generation(order.teamId(), order.projectId().value(), order.memberId(), order.photoIds().get(i),
                    order.providerId(), order.kind(), order.options().get(i), order.currency(), order.costEach(), deadline,
                    order.retryOf());
            if (order.continues() != null) {
                generation.continues(order.continues().value());
            }
            if (order.viaApi()) {
                generation.viaApi();
            }
            queued.add(generations.save(generation));
        }
        generations.flush();
        queued.forEach(generation -> text.write(generation.id(), generation.options()));
        projects.contentsChanged(order.projectId());
        var charges = queued.stream().map(generation -> new Charge(GenerationId.of(generation.id()), generation.costAmount())).toList();
        if (credits.reserve(TeamId.of(order.teamId()), MemberId.of(order.memberId()), order.currency(), charges)
                instanceof Reservation.NotEnough(var currency, var needed, var available)) {
            return new SubmitResult.NotEnoughCredits(currency, needed, available);
        }
        queued.forEach(this::onItsWay);
        projects.touched(order.projectId(), clock.instant());
        return new SubmitResult.Accepted(order.projectId(), queued.stream().map(Generation::id).map(GenerationId::of).toList());
    }

    /** Gives the generation its submit job and tells open views it exists. */
    private void onItsWay(Generation generation) {
        jobs.submit(generation.id());
        metrics.started(generation.providerId(), generation.kind());
        events.publishEvent(new GenerationChanged(GenerationId.of(generation.id()), ProjectId.of(generation.projectId()), generation.teamId(),
                generation.memberId(), generation.state(), generation.progress(), generation.estimatedDoneAt(), false, null));
    }
}
