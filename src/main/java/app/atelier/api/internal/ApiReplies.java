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
class ApiReplies {

    private final ApiGenerations generations;
    private final ApiAnswers answers;
    private final CurrentMember currentMember;

    ApiReplies(ApiGenerations generations, ApiAnswers answers, CurrentMember currentMember) {
        this.generations = generations;
        this.answers = answers;
        this.currentMember = currentMember;
    }

    Object reply(ApiEndpoint endpoint, GenerationSummary generation) {
        return switch (endpoint) {
            case ANIMATION -> animation(generation);
            case EXTERIOR -> exterior(generation);
            case V1 -> v1(generation);
        };
    }

    IaCreaReplies.AnimationStatus animation(GenerationSummary generation) {
        return new IaCreaReplies.AnimationStatus(status(generation.state(), "IN_PROGRESS"), urls(generation),
                failure(generation));
    }

    IaCreaReplies.ExteriorStatus exterior(GenerationSummary generation) {
        return new IaCreaReplies.ExteriorStatus(status(generation.state(), "PROCESSING"), urls(generation),
                generations.variations(generation), failure(generation));
    }

    V1Replies.Generation v1(GenerationSummary generation) {
        var links = generation.state() == GenerationState.SUCCEEDED ? links(generation) : List.<URI>of();
        return V1Replies.Generation.of(generation, links, failure(generation));
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
            return answers.say("api.status.cancelled");
        }
        if (generation.state() != GenerationState.FAILED) {
            return null;
        }
        return generation.failure() == null ? answers.say("generation.failure.unknown")
                : answers.say(generation.failure().messageKey());
    }
}
