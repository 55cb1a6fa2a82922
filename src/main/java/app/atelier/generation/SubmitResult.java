package app.atelier.generation;

import app.atelier.shared.CreditCurrency;
import app.atelier.shared.GenerationId;
import app.atelier.shared.ProjectId;

import java.util.List;
import java.util.Map;

/** What submitting a request gave: every generation queued, or none and why. */
public sealed interface SubmitResult {

    /** @param projectId the project they are in (made with them, for a script's photos) */
    record Accepted(ProjectId projectId, List<GenerationId> generationIds) implements SubmitResult {
    }

    /** The member has {@code available} credits and the request needs {@code needed}. */
    record NotEnoughCredits(CreditCurrency currency, int needed, int available) implements SubmitResult {
    }

    /** @param problems what is wrong (an option key, or "project", "photos", "provider") to an i18n key */
    record Invalid(Map<String, String> problems) implements SubmitResult {
    }
}
