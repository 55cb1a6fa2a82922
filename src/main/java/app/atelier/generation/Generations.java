package app.atelier.generation;

import app.atelier.account.AccountService;
import app.atelier.account.Role;
import app.atelier.generation.internal.Removals;
import app.atelier.generation.internal.ResultRows;
import app.atelier.generation.internal.ReviewRows;
import app.atelier.generation.work.Generation;
import app.atelier.generation.work.GenerationLifecycle;
import app.atelier.generation.work.GenerationRepository;
import app.atelier.generation.work.VendorFacts;
import app.atelier.media.MediaLibrary;
import app.atelier.media.PhotoSummary;
import app.atelier.project.DeleteOutcome;
import app.atelier.project.ProjectRecords;
import app.atelier.provider.Continuation;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.OptionSpec;
import app.atelier.provider.Provider;
import app.atelier.provider.Providers;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.GenerationId;
import app.atelier.shared.MemberId;
import app.atelier.shared.ProjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The signed-in member's team's generations as they go and once they are done: following them,
 * cancelling and deleting them. Asking for them is {@link GenerationRequests}. Everyone in the team
 * sees; whoever asked for one, or an admin, stops or deletes it; another team's generation does
 * not exist.
 */
@Service
public class Generations {

    private final GenerationRepository generations;
    private final ProjectRecords projects;
    private final ResultRows results;
    private final GenerationLifecycle lifecycle;
    private final Providers providers;
    private final MediaLibrary media;
    private final AccountService accounts;
    private final CurrentMember currentMember;
    private final JsonMapper json;
    private final Removals removals;
    private final ReviewRows reviews;
    private final ApplicationEventPublisher events;

    Generations(GenerationRepository generations, ProjectRecords projects, ResultRows results, GenerationLifecycle lifecycle,
                Providers providers, MediaLibrary media, AccountService accounts, CurrentMember currentMember,
                JsonMapper json, Removals removals, ReviewRows reviews, ApplicationEventPublisher events) {
        this.generations = generations;
        this.projects = projects;
        this.results = results;
        this.lifecycle = lifecycle;
        this.providers = providers;
        this.media = media;
        this.accounts = accounts;
        this.currentMember = currentMember;
        this.json = json;
        this.removals = removals;
        this.reviews = reviews;
        this.events = events;
    }

    /** Stops a generation: whoever asked for it, or an admin, may; its credits come back. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
    public CancelResult cancel(GenerationId generationId) {
        var member = currentMember.require();
        return lifecycle.cancel(generationId.value(), member.teamId(), member.actorId(), isAdmin());
    }

    /**
     * Deletes a finished, failed or cancelled generation with its files: whoever asked for it, or an
     * admin, may. The credit ledger keeps its entries; a variation of it stands on its own.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
    @Transactional
    public DeleteOutcome delete(GenerationId generationId) {
        var member = currentMember.require();
        var found = generations.findByIdAndTeamId(generationId.value(), member.teamId());
        if (found.isEmpty()) {
            return DeleteOutcome.NOT_FOUND;
        }
        if (!found.get().memberId().equals(member.actorId()) && !isAdmin()) {
            return DeleteOutcome.NOT_ALLOWED;
        }
        if (!found.get().state().terminal()) {
            return DeleteOutcome.STILL_RUNNING;
        }
        media.delete(member.teamId(), removals.remove(member.teamId(), List.of(generationId.value())));
        // its description no longer finds its project
        projects.contentsChanged(ProjectId.of(found.get().projectId()));
        events.publishEvent(new GenerationsRemoved(ProjectId.of(found.get().projectId()), member.teamId()));
        return DeleteOutcome.DELETED;
    }

    /** The project's generations, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<GenerationSummary> ofProject(ProjectId projectId) {
        var member = currentMember.require();
        return summaries(generations.findByProjectIdAndTeamIdOrderByCreatedAtDesc(projectId.value(), member.teamId()));
    }

    /** How many generations of {@code kind} in the project continue another (an exterior's variations). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int continuations(ProjectId projectId, GenerationKind kind) {
        return (int) generations.countByProjectIdAndTeamIdAndKindAndContinuesIdIsNotNull(projectId.value(),
                currentMember.require().teamId(), kind);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<GenerationSummary> find(GenerationId generationId) {
        var member = currentMember.require();
        return generations.findByIdAndTeamId(generationId.value(), member.teamId()).map(found -> summaries(List.of(found)).getFirst());
    }

    private List<GenerationSummary> summaries(List<Generation> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        var member = currentMember.require();
        boolean admin = isAdmin();
        var photos = media.photos(member.teamId(), found.stream().map(Generation::photoId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(PhotoSummary::id, Function.identity()));
        var ids = found.stream().map(Generation::id).toList();
        var verdicts = reviews.verdicts(ids);
        var comments = reviews.commentCounts(ids);
        var people = new HashSet<UUID>();
        found.forEach(generation -> people.add(generation.memberId()));
        verdicts.values().forEach(verdict -> people.add(verdict.memberId()));
        var names = accounts.teammateNames(people);
        var files = results.of(ids);
        return found.stream().map(generation -> {
            var photo = photos.get(generation.photoId());
            var provider = providers.find(generation.providerId());
            boolean mine = generation.memberId().equals(member.actorId());
            return new GenerationSummary(GenerationId.of(generation.id()), ProjectId.of(generation.projectId()), generation.photoId(),
                    photo == null ? null : photo.thumbnailLarge(), photo == null ? "" : photo.fileName(),
                    generation.providerId(), provider.map(Provider::nameKey).orElse("provider.unknown"),
                    generation.kind(), options(generation), optionLabels(generation, provider), generation.state(),
                    generation.progress(), generation.estimatedDoneAt(),
                    generation.failure(), admin ? generation.errorMessage() : null, generation.costCurrency(),
                    generation.costAmount(), MemberId.of(generation.memberId()), names.getOrDefault(generation.memberId(), ""),
                    generation.createdAt(), generation.finishedAt(), files.getOrDefault(generation.id(), List.of()),
                    (mine || admin) && cancellable(generation, provider), mine || admin, generation.sandbox(),
                    generation.continuesId() == null ? null : GenerationId.of(generation.continuesId()), variationNumber(generation),
                    provider.map(Provider::continuation).orElse(Continuation.NONE),
                    Optional.ofNullable(verdicts.get(generation.id())).map(verdict -> new Review(verdict.verdict(),
                            names.getOrDefault(verdict.memberId(), ""), verdict.at())).orElse(null),
                    comments.getOrDefault(generation.id(), 0), generation.madeViaApi(), generation.keyRefused(),
                    generation.workStep());
        }).toList();
    }

    private @Nullable Integer variationNumber(Generation generation) {
        var number = VendorFacts.read(json, generation.vendorFacts()).get("variation_number");
        try {
            return number == null ? null : Integer.valueOf(number.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Map<String, String> optionLabels(Generation generation, Optional<Provider> provider) {
        var labels = new LinkedHashMap<String, String>();
        var chosen = options(generation);
        // the choices, in the provider's order: what a card or a notice names (switches and texts say nothing alone)
        provider.ifPresent(found -> found.capabilities().options().stream()
                .filter(option -> option.type() == OptionSpec.Type.CHOICE)
                .forEach(option -> option.choice(chosen.get(option.key()))
                        .ifPresent(choice -> labels.put(option.key(), choice.labelKey()))));
        return labels;
    }

    private static boolean cancellable(Generation generation, Optional<Provider> provider) {
        if (generation.state().terminal()) {
            return false;
        }
        boolean atProvider = generation.submissionStarted() || generation.state() != GenerationState.QUEUED;
        return !atProvider || provider.map(found -> found.capabilities().cancellable()).orElse(false);
    }

    private Map<String, String> options(Generation generation) {
        return json.readValue(generation.options(), new TypeReference<Map<String, String>>() { });
    }

    private boolean isAdmin() {
        return currentMember.has(Role.ADMIN.authority());
    }
}
