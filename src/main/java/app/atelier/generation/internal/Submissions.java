package app.atelier.generation.internal;

import app.atelier.generation.GenerationChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Puts newly queued generations on their way, inside the transaction that queues them. */
@Component
public class Submissions {

    private final JobScheduling jobs;
    private final ApplicationEventPublisher events;
    private final GenerationMetrics metrics;

    Submissions(JobScheduling jobs, ApplicationEventPublisher events, GenerationMetrics metrics) {
        this.jobs = jobs;
        this.events = events;
        this.metrics = metrics;
    }

    /** Gives the generation its submit job and tells open views it exists. */
    public void queued(Generation generation) {
        jobs.submit(generation.id());
        metrics.started(generation.providerId(), generation.kind());
        events.publishEvent(new GenerationChanged(generation.id(), generation.projectId(), generation.teamId(),
                generation.memberId(), generation.state(), generation.progress(), generation.estimatedDoneAt(), false));
    }
}
