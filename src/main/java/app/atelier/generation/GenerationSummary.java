package app.atelier.generation;

import app.atelier.provider.Continuation;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.ResultType;
import app.atelier.provider.WorkStep;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.GenerationId;
import app.atelier.shared.MemberId;
import app.atelier.shared.ProjectId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A generation as a member sees it.
 *
 * @param photoThumbnail the thumbnail of the photo it was made from
 * @param optionLabels   for each chosen option, the i18n key of its value as the provider names it
 * @param vendorMessage  the provider's own words about a failure: for admins only, null for others
 * @param cancellable    whether it may still be cancelled (by this member)
 * @param deletable      whether this member may delete it once it ended: an admin, or whoever asked for it
 * @param sandbox        whether the sandbox made it (a simulation, labelled so)
 * @param estimatedDone  when the provider expects to be done, where it says
 * @param continues      the generation this one continues (an exterior's variation, a Luma video's extension)
 * @param variationNumber the vendor's number for a variation, where it gives one
 * @param continuation   what its provider can make of it once it succeeded (a variation, an extension)
 * @param review         the team's verdict on it, if it has one
 * @param comments       how many comments its thread holds
 * @param viaApi         whether a script asked for it through the REST API
 * @param keyRefused     the vendor keeps refusing the key when asked how it goes: it waits for a valid one
 * @param step           what work done here is busy with while it runs ("Shot 3 of 12"), where it says
 */
public record GenerationSummary(GenerationId id, ProjectId projectId, UUID photoId, @Nullable UUID photoThumbnail,
                                String photoName, String providerId, String providerNameKey, GenerationKind kind,
                                Map<String, String> options, Map<String, String> optionLabels,
                                GenerationState state, int progress, @Nullable Instant estimatedDone,
                                @Nullable FailureReason failure, @Nullable String vendorMessage,
                                CreditCurrency currency, int cost, MemberId memberId, String memberName,
                                Instant createdAt, @Nullable Instant finishedAt, List<GenerationResult> results,
                                boolean cancellable, boolean deletable, boolean sandbox, @Nullable GenerationId continues,
                                @Nullable Integer variationNumber, Continuation continuation,
                                @Nullable Review review, int comments, boolean viaApi,
                                boolean keyRefused, @Nullable WorkStep step) {

    /** What a finished generation shows and downloads: its video, or else its image; none before it succeeded. */
    public Optional<GenerationResult> shownResult() {
        if (state != GenerationState.SUCCEEDED) {
            return Optional.empty();
        }
        return results.stream().filter(result -> result.type() == ResultType.VIDEO).findFirst()
                .or(() -> results.stream().filter(result -> result.type() == ResultType.IMAGE).findFirst());
    }
}
