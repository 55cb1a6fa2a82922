package app.atelier.generation;

import app.atelier.project.DeleteOutcome;
import app.atelier.account.AccountService;
import app.atelier.account.Role;
import app.atelier.credits.Charge;
import app.atelier.credits.Credits;
import app.atelier.credits.Reservation;
import app.atelier.generation.internal.Generation;
import app.atelier.generation.internal.GenerationLifecycle;
import app.atelier.generation.internal.GenerationRepository;
import app.atelier.generation.internal.JobsProperties;
import app.atelier.project.ProjectRecords;
import app.atelier.generation.internal.Removals;
import app.atelier.generation.internal.ResultRows;
import app.atelier.generation.internal.ReviewRows;
import app.atelier.generation.internal.GenerationText;
import app.atelier.generation.internal.Submissions;
import app.atelier.generation.internal.VendorFacts;
import app.atelier.media.MaskConvention;
import app.atelier.media.MediaLibrary;
import app.atelier.media.PhotoPreflight;
import app.atelier.media.PhotoSummary;
import app.atelier.provider.Continuation;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.Provider;
import app.atelier.provider.OptionSpec;
import app.atelier.provider.Providers;
import app.atelier.provider.PublicReach;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.Ids;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The signed-in member's team's generations: asking for them (one per photo, credits reserved for
 * all or none), following them, cancelling and retrying them. Members and admins ask; everyone in
 * the team sees; another team's generation does not exist.
 */
@Service
public class Generations {

    private final GenerationRepository generations;
    private final ProjectRecords projects;
    private final ResultRows results;
    private final GenerationLifecycle lifecycle;
    private final Submissions submissions;
    private final Providers providers;
    private final Credits credits;
    private final MediaLibrary media;
    private final AccountService accounts;
    private final CurrentMember currentMember;
    private final JobsProperties jobs;
    private final JsonMapper json;
    private final Clock clock;
    private final PublicReach reach;
    private final Removals removals;
    private final ReviewRows reviews;
    private final ApplicationEventPublisher events;
    private final GenerationText text;

    /** The option that names a mask: it must have the size of every photo it goes with. */
    static final String MASK = "mask";

    Generations(GenerationRepository generations, ProjectRecords projects,
                ResultRows results, GenerationLifecycle lifecycle, Submissions submissions, Providers providers,
                Credits credits, MediaLibrary media, AccountService accounts, CurrentMember currentMember,
                JobsProperties jobs, JsonMapper json, Clock clock, PublicReach reach,
                Removals removals, ReviewRows reviews, ApplicationEventPublisher events, GenerationText text) {
        this.text = text;
        this.events = events;
        this.removals = removals;
        this.reviews = reviews;
        this.reach = reach;
        this.generations = generations;
        this.projects = projects;
        this.results = results;
        this.lifecycle = lifecycle;
        this.submissions = submissions;
        this.providers = providers;
        this.credits = credits;
        this.media = media;
        this.accounts = accounts;
        this.currentMember = currentMember;
        this.jobs = jobs;
        this.json = json;
        this.clock = clock;
    }

    /** What the request would cost, and what the member would have left. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
    @Transactional(readOnly = true)
    public Optional<Quote> quote(GenerationRequest request) {
        return providers.find(request.providerId()).map(provider -> {
            var cost = provider.cost(provider.capabilities().check(request.options()).options());
            int count = request.photoIds().size();
            return new Quote(count, cost.currency(), cost.times(count), credits.mine().of(cost.currency()).available(),
                    reach.vendorMayNotReach(provider));
        });
    }

    /**
     * What will be done to each of the team's photos so that the provider takes them (or why one
     * cannot be sent), oldest first. It reads the photos' headers: ask once per provider and photos,
     * not at every change of an option.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
    @Transactional(readOnly = true)
    public List<PhotoPreflight> preflight(String providerId, List<UUID> photoIds) {
        var team = currentMember.require().teamId();
        return providers.find(providerId)
                .map(provider -> media.preflight(team, photoIds, provider.capabilities().input()))
                .orElse(List.of());
    }

    /**
     * Queues one generation per photo and reserves their credits, all or none. Nothing is stored
     * when the request is invalid or the credits do not suffice.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
    @Transactional
    public SubmitResult submit(GenerationRequest request) {
        return queue(request, null);
    }

    /**
     * Like {@link #submit(GenerationRequest)} with a zone the member drew for the provider's
     * {@code mask} option: refused when it is empty or covers almost the whole photo, stored with the
     * generations otherwise, and not kept when they are refused.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
    @Transactional
    public SubmitResult submit(GenerationRequest request, BufferedImage drawnMask) {
        var problem = MaskConvention.problem(MaskConvention.coverage(drawnMask));
        if (problem.isPresent()) {
            return new SubmitResult.Invalid(Map.of(MASK, problem.get()));
        }
        var options = new LinkedHashMap<>(request.options());
        options.put(MASK, media.storeMask(currentMember.require().teamId(), drawnMask).toString());
        var result = queue(new GenerationRequest(request.projectId(), request.photoIds(), request.providerId(),
                request.kind(), options, request.continues(), request.viaApi()), null);
        if (!(result instanceof SubmitResult.Accepted)) {
            // the stored mask goes with the rolled-back transaction
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return result;
    }

    /** The zone drawn for a generation (an exterior's mask), to start a variation's from. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<BufferedImage> mask(UUID generationId) {
        var team = currentMember.require().teamId();
        return generations.findByIdAndTeamId(generationId, team)
                .flatMap(found -> Optional.ofNullable(options(found).get(MASK)))
                .flatMap(Ids::parse)
                .flatMap(asset -> media.mask(team, asset));
    }

    private SubmitResult queue(GenerationRequest request, @Nullable UUID retryOf) {
        var member = currentMember.require();
        var problems = new LinkedHashMap<String, String>();
        var project = projects.photos(member.teamId(), request.projectId());
        if (project.isEmpty()) {
            problems.put("project", "generation.error.no-project");
        }
        var inProject = project.map(HashSet::new).orElseGet(HashSet::new);
        if (request.photoIds().isEmpty()) {
            problems.put("photos", "generation.error.no-photo");
        } else if (request.photoIds().stream().distinct().count() != request.photoIds().size()
                || !inProject.containsAll(request.photoIds())) {
            problems.put("photos", "generation.error.photo-not-in-project");
        }
        var provider = providers.find(request.providerId())
                .filter(found -> found.capabilities().kinds().contains(request.kind()));
        if (provider.isEmpty()) {
            problems.put("provider", "generation.error.no-provider");
            return new SubmitResult.Invalid(problems);
        }
        if (!provider.get().available()) {
            problems.put("provider", "generation.error.provider-unavailable");
            return new SubmitResult.Invalid(problems);
        }
        if (!problems.containsKey("photos") && media.preflight(member.teamId(), request.photoIds(),
                provider.get().capabilities().input()).stream().anyMatch(photo -> !photo.fits())) {
            problems.put("photos", "generation.error.photo-cannot-fit");
        }
        var checked = provider.get().capabilities().check(request.options());
        problems.putAll(checked.problems());
        for (var option : provider.get().capabilities().options()) {
            var value = checked.options().get(option.key());
            if (option.type() == OptionSpec.Type.IMAGE && value != null && !problems.containsKey(option.key())
                    && media.image(member.teamId(), UUID.fromString(value)).isEmpty()) {
                problems.put(option.key(), "generation.error.no-such-image");
            }
        }
        var mask = checked.options().get(MASK);
        if (mask != null && !problems.containsKey(MASK)) {
            var maskImage = media.image(member.teamId(), UUID.fromString(mask));
            var photos = media.photos(member.teamId(), request.photoIds());
            if (maskImage.isPresent() && photos.stream().anyMatch(photo -> photo.width() != maskImage.get().width()
                    || photo.height() != maskImage.get().height())) {
                problems.put(MASK, "generation.error.mask-size");
            }
        }
        if (request.continues() != null && generations.findByIdAndTeamId(request.continues(), member.teamId())
                .filter(earlier -> earlier.state() == GenerationState.SUCCEEDED)
                .filter(earlier -> earlier.providerId().equals(request.providerId()))
                .filter(earlier -> provider.get().continuation() != Continuation.NONE)
                .isEmpty()) {
            problems.put("continues", "generation.error.cannot-continue");
        }
        if (!problems.isEmpty()) {
            return new SubmitResult.Invalid(problems);
        }
        var cost = provider.get().cost(checked.options());
        var options = json.writeValueAsString(new TreeMap<>(checked.options()));
        var deadline = clock.instant().plus(jobs.queueDeadline());
        var queued = new ArrayList<Generation>();
        for (var photo : request.photoIds()) {
            var generation = new Generation(member.teamId(), request.projectId(), member.actorId(), photo,
                    provider.get().id(), request.kind(), options, cost.currency(), cost.amount(), deadline, retryOf);
            if (request.continues() != null) {
                generation.continues(request.continues());
            }
            if (request.viaApi()) {
                generation.viaApi();
            }
            queued.add(generations.save(generation));
        }
        generations.flush();
        queued.forEach(generation -> text.write(generation.id(), options));
        projects.contentsChanged(request.projectId());
        var charges = queued.stream().map(generation -> new Charge(generation.id(), generation.costAmount())).toList();
        var reservation = credits.reserve(member.teamId(), member.actorId(), cost.currency(), charges);
        if (reservation instanceof Reservation.NotEnough notEnough) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new SubmitResult.NotEnoughCredits(notEnough.currency(), notEnough.needed(), notEnough.available());
        }
        queued.forEach(submissions::queued);
        projects.touched(request.projectId(), clock.instant());
        return new SubmitResult.Accepted(queued.stream().map(Generation::id).toList());
    }

    /** Asks again for a failed or cancelled generation: a new one, with the same photo, provider and options. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
    @Transactional
    public SubmitResult retry(UUID generationId) {
        var member = currentMember.require();
        var original = generations.findByIdAndTeamId(generationId, member.teamId());
        if (original.isEmpty() || !original.get().state().terminal()
                || original.get().state() == GenerationState.SUCCEEDED) {
            return new SubmitResult.Invalid(Map.of("generation", "generation.error.cannot-retry"));
        }
        var before = original.get();
        return queue(new GenerationRequest(before.projectId(), List.of(before.photoId()), before.providerId(),
                before.kind(), options(before), before.continuesId()), before.id());
    }

    /** Stops a generation: whoever asked for it, or an admin, may; its credits come back. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
    public CancelResult cancel(UUID generationId) {
        var member = currentMember.require();
        return lifecycle.cancel(generationId, member.teamId(), member.actorId(), isAdmin());
    }

    /**
     * Deletes a finished, failed or cancelled generation with its files: whoever asked for it, or an
     * admin, may. The credit ledger keeps its entries; a variation of it stands on its own.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
    @Transactional
    public DeleteOutcome delete(UUID generationId) {
        var member = currentMember.require();
        var found = generations.findByIdAndTeamId(generationId, member.teamId());
        if (found.isEmpty()) {
            return DeleteOutcome.NOT_FOUND;
        }
        if (!found.get().memberId().equals(member.actorId()) && !isAdmin()) {
            return DeleteOutcome.NOT_ALLOWED;
        }
        if (!found.get().state().terminal()) {
            return DeleteOutcome.STILL_RUNNING;
        }
        media.delete(member.teamId(), removals.remove(member.teamId(), List.of(generationId)));
        // its description no longer finds its project
        projects.contentsChanged(found.get().projectId());
        events.publishEvent(new GenerationsRemoved(found.get().projectId(), member.teamId()));
        return DeleteOutcome.DELETED;
    }

    /** The project's generations, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<GenerationSummary> ofProject(UUID projectId) {
        var member = currentMember.require();
        return summaries(generations.findByProjectIdAndTeamIdOrderByCreatedAtDesc(projectId, member.teamId()));
    }

    /** How many generations of {@code kind} in the project continue another (an exterior's variations). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int continuations(UUID projectId, GenerationKind kind) {
        return (int) generations.countByProjectIdAndTeamIdAndKindAndContinuesIdIsNotNull(projectId,
                currentMember.require().teamId(), kind);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<GenerationSummary> find(UUID generationId) {
        var member = currentMember.require();
        return generations.findByIdAndTeamId(generationId, member.teamId()).map(found -> summaries(List.of(found)).getFirst());
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
            return new GenerationSummary(generation.id(), generation.projectId(), generation.photoId(),
                    photo == null ? null : photo.thumbnailLarge(), photo == null ? "" : photo.fileName(),
                    generation.providerId(), provider.map(Provider::nameKey).orElse("provider.unknown"),
                    generation.kind(), options(generation), optionLabels(generation, provider), generation.state(),
                    generation.progress(), generation.estimatedDoneAt(),
                    generation.failure(), admin ? generation.errorMessage() : null, generation.costCurrency(),
                    generation.costAmount(), generation.memberId(), names.getOrDefault(generation.memberId(), ""),
                    generation.createdAt(), generation.finishedAt(), files.getOrDefault(generation.id(), List.of()),
                    (mine || admin) && cancellable(generation, provider), generation.sandbox(),
                    generation.continuesId(), variationNumber(generation),
                    provider.map(Provider::continuation).orElse(Continuation.NONE),
                    Optional.ofNullable(verdicts.get(generation.id())).map(verdict -> new Review(verdict.verdict(),
                            names.getOrDefault(verdict.memberId(), ""), verdict.at())).orElse(null),
                    comments.getOrDefault(generation.id(), 0), generation.madeViaApi(), generation.keyRefused());
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
