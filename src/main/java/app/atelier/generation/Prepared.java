package app.atelier.generation;

import app.atelier.media.StagedPhoto;
import app.atelier.project.NewProject;
import app.atelier.provider.GenerationKind;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.GenerationId;
import app.atelier.shared.ProjectId;
import org.jspecify.annotations.Nullable;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A request checked in full and priced, with nothing stored yet: only
 * {@link GenerationRequests#prepare} makes one, and {@link GenerationRequests#submit(Prepared)} stores it.
 */
public final class Prepared {

    /** Where the generations go: a project of the team's with its photos, or one made with the photos fetched for it. */
    sealed interface Target {
        record InProject(ProjectId projectId, List<UUID> photoIds) implements Target {
        }

        record InNewProject(NewProject project, List<StagedPhoto> photos) implements Target {
        }
    }

    final UUID teamId;
    final UUID memberId;
    final Target target;
    final String providerId;
    final GenerationKind kind;
    /** The checked options, with the provider's defaults; the image options still to store are not in it yet. */
    final Map<String, String> options;
    /** By photo, its own checked values of options taken per photo. */
    final Map<UUID, Map<String, String>> photoOptions;
    final Inputs inputs;
    final @Nullable GenerationId continues;
    final @Nullable UUID retryOf;
    final boolean viaApi;
    final CreditCurrency currency;
    final int costEach;

    Prepared(UUID teamId, UUID memberId, Target target, String providerId, GenerationKind kind, Map<String, String> options,
             Map<UUID, Map<String, String>> photoOptions, Inputs inputs, @Nullable GenerationId continues, @Nullable UUID retryOf, boolean viaApi, CreditCurrency currency,
             int costEach) {
        this.teamId = teamId;
        this.memberId = memberId;
        this.target = target;
        this.providerId = providerId;
        this.kind = kind;
        this.options = Map.copyOf(options);
        this.photoOptions = Map.copyOf(photoOptions);
        this.inputs = inputs;
        this.continues = continues;
        this.retryOf = retryOf;
        this.viaApi = viaApi;
        this.currency = currency;
        this.costEach = costEach;
    }

    /** How many generations it makes: one per photo. */
    public int count() {
        return switch (target) {
            case Target.InProject(var project, var photos) -> photos.size();
            case Target.InNewProject(var project, var photos) -> photos.size();
        };
    }

    public CreditCurrency currency() {
        return currency;
    }

    /** The credits it reserves in all. */
    public int cost() {
        return costEach * count();
    }

    /** The drawn or fetched zone it stores with the generations, if any. */
    @Nullable BufferedImage mask() {
        return inputs.mask();
    }
}
