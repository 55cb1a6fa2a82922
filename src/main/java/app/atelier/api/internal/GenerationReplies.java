package app.atelier.api.internal;

import app.atelier.generation.GenerationState;
import app.atelier.generation.GenerationSummary;
import app.atelier.shared.CurrentMember;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.util.List;

/** What the API says about a generation, for each family of endpoints; the webhooks say the same. */
@Component
class GenerationReplies {

    private final ApiGenerations generations;
    private final ApiRefusals refusals;
    private final CurrentMember currentMember;

    GenerationReplies(ApiGenerations generations, ApiRefusals refusals, CurrentMember currentMember) {
        this.generations = generations;
        this.refusals = refusals;
        this.currentMember = currentMember;
    }

    Object reply(ApiEndpoint endpoint, GenerationSummary generation) {
        return switch (endpoint) {
            case ANIMATION -> animation(generation);
            case EXTERIOR -> exterior(generation);
            case V1 -> v1(generation);
        };
    }

    IaCreaBodies.AnimationStatus animation(GenerationSummary generation) {
        return new IaCreaBodies.AnimationStatus(status(generation.state(), "IN_PROGRESS"), urls(generation),
                failure(generation));
    }

    IaCreaBodies.ExteriorStatus exterior(GenerationSummary generation) {
        return new IaCreaBodies.ExteriorStatus(status(generation.state(), "PROCESSING"), urls(generation),
                generations.variations(generation), failure(generation));
    }

    V1Bodies.Generation v1(GenerationSummary generation) {
        var links = generation.state() == GenerationState.SUCCEEDED ? links(generation) : List.<URI>of();
        return V1Bodies.Generation.of(generation, links, failure(generation));
    }

    /** IA Créa's words: STARTING until it runs, then {@code running} (theirs differ by API), SUCCEEDED or FAILED. */
    static String status(GenerationState state, String running) {
        return switch (state) {
            case QUEUED, SUBMITTED -> "STARTING";
            case RUNNING -> running;
            case SUCCEEDED -> "SUCCEEDED";
            case FAILED, CANCELLED -> "FAILED";
        };
    }

    private @Nullable List<String> urls(GenerationSummary generation) {
        return generation.state() == GenerationState.SUCCEEDED ? links(generation).stream().map(URI::toString).toList() : null;
    }

    private List<URI> links(GenerationSummary generation) {
        return generations.links(generation, currentMember.require().teamId());
    }

    private @Nullable String failure(GenerationSummary generation) {
        if (generation.state() == GenerationState.CANCELLED) {
            return refusals.say("api.status.cancelled");
        }
        if (generation.state() != GenerationState.FAILED) {
            return null;
        }
        return generation.failure() == null ? refusals.say("generation.failure.unknown")
                : refusals.say(generation.failure().messageKey());
    }
}
