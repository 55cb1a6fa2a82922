package app.atelier.generation;

import app.atelier.credits.Credits;
import app.atelier.generation.internal.Queueing;
import app.atelier.generation.work.Generation;
import app.atelier.generation.work.GenerationRepository;
import app.atelier.media.MaskConvention;
import app.atelier.media.MediaLibrary;
import app.atelier.media.PhotoImport;
import app.atelier.media.PhotoPreflight;
import app.atelier.media.StagedPhoto;
import app.atelier.project.ProjectCreation;
import app.atelier.project.ProjectRecords;
import app.atelier.project.Projects;
import app.atelier.provider.Continuation;
import app.atelier.provider.Cost;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.OptionSpec;
import app.atelier.provider.Provider;
import app.atelier.provider.Providers;
import app.atelier.provider.PublicReach;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.GenerationId;
import app.atelier.shared.Ids;
import app.atelier.shared.ProjectId;
import app.atelier.shared.TeamId;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Asking for generations, the one way the wizard, the REST API and a retry all take: {@code prepare}
 * checks everything (project, photos, provider, options, images, zone, continuation, credits) and
 * stores nothing; {@code submit} stores a prepared request in one transaction (the project and
 * photos a script fetched, the zone, the generations, their reservation and jobs), or nothing.
 */
@Service
public class GenerationRequests {

    /** The option that names a zone: it must have the size of every photo it goes with. */
    static final String MASK = "mask";
    /** Where a refusal of a photo's own values is reported. */
    static final String PHOTO_OPTIONS = "photoOptions";

    private final GenerationRepository generations;
    private final ProjectRecords projectRecords;
    private final Projects projects;
    private final Providers providers;
    private final Credits credits;
    private final MediaLibrary media;
    private final CurrentMember currentMember;
    private final PublicReach reach;
    private final Queueing queueing;
    private final JsonMapper json;

    GenerationRequests(GenerationRepository generations, ProjectRecords projectRecords, Projects projects, Providers providers,
                       Credits credits, MediaLibrary media, CurrentMember currentMember, PublicReach reach, Queueing queueing,
                       JsonMapper json) {
        this.generations = generations;
        this.projectRecords = projectRecords;
        this.projects = projects;
        this.providers = providers;
        this.credits = credits;
        this.media = media;
        this.currentMember = currentMember;
        this.reach = reach;
        this.queueing = queueing;
        this.json = json;
    }

    /** What the request would cost, and what the member would have left. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
    @Transactional(readOnly = true)
    public Optional<Quote> quote(GenerationRequest request) {
        return providers.find(request.providerId()).map(provider -> {
            // options taken per photo are never priced: the common ones say the price of each
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

    /** Checks a request about photos of a project of the team's, with what comes with it; stores nothing. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
    @Transactional(readOnly = true)
    public Preparation prepare(GenerationRequest request, Inputs inputs) {
        return check(new Asked(new Prepared.Target.InProject(request.projectId(), request.photoIds()),
                request.photoIds().size(), request.providerId(), request.kind(), request.options(), request.photoOptions(), inputs, Set.of(),
                Fetch.NOTHING, request.continues(), null, request.viaApi()));
    }

    /**
     * Checks a request about photos of a project of the team's whose zone or images are fetched by
     * {@code fetch}, once the rest is known to be acceptable; stores nothing.
     *
     * @param fetchedKeys the options {@code fetch} fills (the mask, an end frame)
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
    @Transactional(readOnly = true)
    public Preparation prepare(GenerationRequest request, Set<String> fetchedKeys, Fetch fetch) {
        return check(new Asked(new Prepared.Target.InProject(request.projectId(), request.photoIds()),
                request.photoIds().size(), request.providerId(), request.kind(), request.options(), request.photoOptions(), Inputs.NONE,
                fetchedKeys, fetch, request.continues(), null, request.viaApi()));
    }

    /** Checks a script's request about photos {@code fetch} fetches, for a project made with them; stores nothing. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
    @Transactional(readOnly = true)
    public Preparation prepare(NewProjectRequest request, Set<String> fetchedKeys, Fetch fetch) {
        return check(new Asked(new Prepared.Target.InNewProject(request.project(), List.of()), request.photoCount(),
                request.providerId(), request.kind(), request.options(), Map.of(), Inputs.NONE, fetchedKeys, fetch,
                request.continues(), null, true));
    }

    /**
     * Stores a prepared request: one generation per photo, queued, their credits reserved, all or
     * none. The credits are the last word: spent meanwhile, nothing is stored.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
    @Transactional
    public SubmitResult submit(Prepared prepared) {
        var member = currentMember.require();
        if (!member.teamId().equals(prepared.teamId) || !member.actorId().equals(prepared.memberId)) {
            throw new IllegalArgumentException("A request is submitted by whoever prepared it");
        }
        var result = store(prepared);
        if (!(result instanceof SubmitResult.Accepted)) {
            // the project, photos and zone stored on the way go with the rolled-back transaction
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return result;
    }

    /** Prepares and submits in one go: one generation per photo, or nothing stored and why. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
    @Transactional
    public SubmitResult submit(GenerationRequest request) {
        return submit(prepare(request, Inputs.NONE));
    }

    /**
     * Like {@link #submit(GenerationRequest)} with a zone the member drew for the provider's
     * {@code mask} option: refused when it is empty or covers almost the whole photo.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
    @Transactional
    public SubmitResult submit(GenerationRequest request, BufferedImage drawnMask) {
        return submit(prepare(request, Inputs.drawn(drawnMask)));
    }

    /** Asks again for a failed or cancelled generation: a new one, with the same photo, provider and options. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
    @Transactional
    public SubmitResult retry(GenerationId generationId) {
        var member = currentMember.require();
        var original = generations.findByIdAndTeamId(generationId.value(), member.teamId());
        if (original.isEmpty() || !original.get().state().terminal()
                || original.get().state() == GenerationState.SUCCEEDED) {
            return new SubmitResult.Invalid(Map.of("generation", "generation.error.cannot-retry"));
        }
        var before = original.get();
        return submit(check(new Asked(new Prepared.Target.InProject(ProjectId.of(before.projectId()), List.of(before.photoId())), 1,
                before.providerId(), before.kind(), options(before), Map.of(), Inputs.NONE, Set.of(), Fetch.NOTHING,
                GenerationId.ofNullable(before.continuesId()), before.id(), false)));
    }

    /** The zone drawn for a generation (an exterior's mask), to start a variation's from. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<BufferedImage> mask(GenerationId generationId) {
        var team = currentMember.require().teamId();
        return generations.findByIdAndTeamId(generationId.value(), team)
                .flatMap(found -> Optional.ofNullable(options(found).get(MASK)))
                .flatMap(Ids::parse)
                .flatMap(asset -> media.mask(team, asset));
    }

    private SubmitResult submit(Preparation preparation) {
        return preparation instanceof Preparation.Ready(var prepared) ? submit(prepared) : preparation.refusal();
    }

    /** A request as every way of asking gives it. */
    private record Asked(Prepared.Target target, int count, String providerId, GenerationKind kind,
                         Map<String, String> options, Map<UUID, Map<String, String>> photoOptions, Inputs inputs,
                         Set<String> fetchedKeys, Fetch fetch,
                         @Nullable GenerationId continues, @Nullable UUID retryOf, boolean viaApi) {
    }

    /** Everything that needs no fetching, then the credits; only then what is fetched, and what depends on it. */
    private Preparation check(Asked asked) {
        var team = currentMember.require().teamId();
        var zone = zoneProblem(asked.inputs());
        if (zone.isPresent()) {
            return zone.get();
        }
        var problems = new LinkedHashMap<String, String>();
        var sizes = photoSizes(team, asked.target(), asked.count(), problems);
        var provider = providers.find(asked.providerId()).filter(found -> found.capabilities().kinds().contains(asked.kind()));
        if (provider.isEmpty() || !provider.get().available()) {
            problems.put("provider", provider.isEmpty() ? "generation.error.no-provider" : "generation.error.provider-unavailable");
            return new Preparation.Invalid(problems);
        }
        checkFit(provider.get(), sizes, problems);
        var given = new HashSet<>(asked.fetchedKeys());
        given.addAll(asked.inputs().images().keySet());
        if (asked.inputs().mask() != null) {
            given.add(MASK);
        }
        var checked = checkOptions(team, provider.get(), asked.options(), given, problems);
        var own = checkPhotoOptions(provider.get(), asked, checked, problems);
        // a value every photo gives its own way is not missing from the common ones
        problems.entrySet().removeIf(problem -> problem.getValue().equals("option.error.required") && asked.count() > 0
                && own.size() == asked.count() && own.values().stream().allMatch(mine -> mine.containsKey(problem.getKey())));
        checkMaskSize(team, checked, asked.inputs().mask(), sizes, problems);
        if (asked.continues() != null && !continuable(team, asked.continues(), provider.get())) {
            problems.put("continues", "generation.error.cannot-continue");
        }
        if (!problems.isEmpty()) {
            return new Preparation.Invalid(problems);
        }
        var cost = provider.get().cost(checked);
        int needed = cost.times(asked.count());
        int available = credits.mine().of(cost.currency()).available();
        if (needed > available) {
            return new Preparation.NotEnoughCredits(cost.currency(), needed, available);
        }
        return fetched(asked, provider.get(), checked, own, cost, sizes,
                asked.fetch() == Fetch.NOTHING ? null : asked.fetch().fetch());
    }

    /**
     * The request with what was fetched for it, checked in what depends on it: the fetched photos' sizes,
     * the zone's against the photos' ({@code sizes}, known already for photos of the project).
     */
    private Preparation fetched(Asked asked, Provider provider, Map<String, String> checked, Map<UUID, Map<String, String>> own,
                                Cost cost, List<int[]> sizes, Fetch.@Nullable Fetched fetched) {
        var team = currentMember.require().teamId();
        var target = asked.target();
        var inputs = asked.inputs();
        if (fetched != null) {
            inputs = fetched.inputs();
            var keys = new HashSet<>(inputs.images().keySet());
            if (inputs.mask() != null) {
                keys.add(MASK);
            }
            if (!asked.fetchedKeys().containsAll(keys) || target instanceof Prepared.Target.InNewProject
                    && fetched.photos().size() != asked.count()) {
                throw new IllegalStateException("Fetched " + keys + " and " + fetched.photos().size() + " photos for "
                        + asked.fetchedKeys() + " and " + asked.count());
            }
            var zone = zoneProblem(inputs);
            if (zone.isPresent()) {
                return zone.get();
            }
            var problems = new LinkedHashMap<String, String>();
            if (target instanceof Prepared.Target.InNewProject(var project, var none)) {
                target = new Prepared.Target.InNewProject(project, fetched.photos());
                sizes = fetched.photos().stream().map(photo -> new int[]{photo.width(), photo.height()}).toList();
                checkFit(provider, sizes, problems);
            }
            checkMaskSize(team, checked, inputs.mask(), sizes, problems);
            if (!problems.isEmpty()) {
                return new Preparation.Invalid(problems);
            }
        }
        return new Preparation.Ready(new Prepared(team, currentMember.require().actorId(), target, provider.id(), asked.kind(),
                checked, own, inputs, asked.continues(), asked.retryOf(), asked.viaApi(), cost.currency(), cost.amount()));
    }

    /** A drawn or fetched zone that is empty or covers almost the whole photo is refused before all else. */
    private static Optional<Preparation> zoneProblem(Inputs inputs) {
        return Optional.ofNullable(inputs.mask()).flatMap(mask -> MaskConvention.problem(MaskConvention.coverage(mask)))
                .map(problem -> new Preparation.Invalid(Map.of(MASK, problem)));
    }

    private static void checkFit(Provider provider, List<int[]> sizes, Map<String, String> problems) {
        var input = provider.capabilities().input();
        if (!problems.containsKey("photos") && sizes.stream().anyMatch(size -> !MediaLibrary.fits(size[0], size[1], input))) {
            problems.put("photos", "generation.error.photo-cannot-fit");
        }
    }

    /** The photos' sizes (width, height), once the project and its photos are known to be fine. */
    private List<int[]> photoSizes(UUID team, Prepared.Target target, int count, Map<String, String> problems) {
        return switch (target) {
            case Prepared.Target.InProject(var projectId, var photoIds) -> {
                var inProject = projectRecords.photos(TeamId.of(team), projectId);
                if (inProject.isEmpty()) {
                    problems.put("project", "generation.error.no-project");
                }
                if (photoIds.isEmpty()) {
                    problems.put("photos", "generation.error.no-photo");
                } else if (photoIds.stream().distinct().count() != photoIds.size()
                        || !new HashSet<>(inProject.orElse(List.of())).containsAll(photoIds)) {
                    problems.put("photos", "generation.error.photo-not-in-project");
                }
                yield problems.containsKey("photos") ? List.of()
                        : media.photos(team, photoIds).stream().map(photo -> new int[]{photo.width(), photo.height()}).toList();
            }
            case Prepared.Target.InNewProject(var project, var notFetchedYet) -> {
                Projects.problems(project).values().stream().findFirst().ifPresent(problem -> problems.put("project", problem));
                if (count == 0) {
                    problems.put("photos", "generation.error.no-photo");
                }
                yield List.of();
            }
        };
    }

    /**
     * The options as the provider takes them (its defaults filled in); the image options given as
     * inputs are checked to be image options, and stored ones to be the team's files.
     */
    private Map<String, String> checkOptions(UUID team, Provider provider, Map<String, String> options, Set<String> given,
                                             Map<String, String> problems) {
        var capabilities = provider.capabilities();
        var named = new HashMap<>(options);
        named.keySet().removeAll(given);
        var checked = capabilities.check(named);
        var found = new LinkedHashMap<>(checked.problems());
        found.keySet().removeAll(given);
        for (var key : given) {
            if (capabilities.option(key).filter(option -> option.type() == OptionSpec.Type.IMAGE).isEmpty()) {
                found.put(key, "option.error.not-offered");
            }
        }
        for (var option : capabilities.options()) {
            var value = checked.options().get(option.key());
            if (option.type() == OptionSpec.Type.IMAGE && value != null && !found.containsKey(option.key())
                    && media.image(team, UUID.fromString(value)).isEmpty()) {
                found.put(option.key(), "generation.error.no-such-image");
            }
        }
        problems.putAll(found);
        return checked.options();
    }

    /**
     * Each photo's own values, checked as their options are: only for photos of the request and options
     * the provider takes per photo. A blank value is none (the photo follows the common one). Such
     * options are never priced: a provider pricing one would charge what the quote did not say.
     */
    private static Map<UUID, Map<String, String>> checkPhotoOptions(Provider provider, Asked asked, Map<String, String> common,
                                                                   Map<String, String> problems) {
        var photos = asked.target() instanceof Prepared.Target.InProject(var project, var ids) ? ids : List.<UUID>of();
        var checked = new HashMap<UUID, Map<String, String>>();
        for (var photo : asked.photoOptions().entrySet()) {
            if (!photos.contains(photo.getKey())) {
                problems.putIfAbsent(PHOTO_OPTIONS, "generation.error.photo-options-photo");
                continue;
            }
            var own = new TreeMap<String, String>();
            photo.getValue().forEach((key, value) -> {
                var option = provider.capabilities().option(key);
                if (option.isEmpty() || !option.get().perPhoto()) {
                    problems.putIfAbsent(PHOTO_OPTIONS, "option.error.not-per-photo");
                } else if (value != null && !value.isBlank()) {
                    option.get().problem(value).ifPresentOrElse(problem -> problems.putIfAbsent(key, problem),
                            () -> own.put(key, value.strip()));
                }
            });
            var merged = new HashMap<>(common);
            merged.putAll(own);
            if (!provider.cost(merged).equals(provider.cost(common))) {
                throw new IllegalStateException(provider.id() + " prices an option it takes per photo: " + own.keySet());
            }
            if (!own.isEmpty()) {
                checked.put(photo.getKey(), own);
            }
        }
        return checked;
    }

    /** A zone, drawn or stored, must have the size of every photo it goes with. */
    private void checkMaskSize(UUID team, Map<String, String> checked, @Nullable BufferedImage drawn, List<int[]> sizes,
                               Map<String, String> problems) {
        if (problems.containsKey(MASK)) {
            return;
        }
        Optional<int[]> mask = drawn != null
                ? Optional.of(new int[]{drawn.getWidth(), drawn.getHeight()})
                : Optional.ofNullable(checked.get(MASK)).flatMap(id -> media.image(team, UUID.fromString(id)))
                        .map(image -> new int[]{image.width(), image.height()});
        if (mask.isPresent() && sizes.stream().anyMatch(size -> size[0] != mask.get()[0] || size[1] != mask.get()[1])) {
            problems.put(MASK, "generation.error.mask-size");
        }
    }

    private boolean continuable(UUID team, GenerationId continues, Provider provider) {
        return generations.findByIdAndTeamId(continues.value(), team)
                .filter(earlier -> earlier.state() == GenerationState.SUCCEEDED)
                .filter(earlier -> earlier.providerId().equals(provider.id()))
                .filter(earlier -> provider.continuation() != Continuation.NONE)
                .isPresent();
    }

    /** Stores what the request brings (a new project and its photos, fetched images, the zone), then the generations. */
    private SubmitResult store(Prepared prepared) {
        ProjectId projectId;
        var photoIds = new ArrayList<UUID>();
        switch (prepared.target) {
            case Prepared.Target.InProject(var project, var photos) -> {
                projectId = project;
                photoIds.addAll(photos);
            }
            case Prepared.Target.InNewProject(var project, var photos) -> {
                if (!(projects.create(project) instanceof ProjectCreation.Created created)) {
                    return new SubmitResult.Invalid(Map.of("project", "generation.error.no-project"));
                }
                projectId = created.project().id();
                for (var photo : photos) {
                    var kept = keep(projectId, photo);
                    if (kept instanceof PhotoImport.Refused(var reason, var arguments)) {
                        return new SubmitResult.Invalid(Map.of("photos", reason.messageKey()));
                    }
                    photoIds.add(((PhotoImport.Imported) kept).photo().id());
                }
            }
        }
        var options = new TreeMap<>(prepared.options);
        for (var image : prepared.inputs.images().entrySet()) {
            var kept = keep(projectId, image.getValue());
            if (kept instanceof PhotoImport.Refused(var reason, var arguments)) {
                return new SubmitResult.Invalid(Map.of(image.getKey(), reason.messageKey()));
            }
            options.put(image.getKey(), ((PhotoImport.Imported) kept).photo().original().toString());
        }
        if (prepared.mask() != null) {
            options.put(MASK, media.storeMask(prepared.teamId, prepared.mask()).toString());
        }
        var each = photoIds.stream().map(photo -> {
            var own = new TreeMap<>(options);
            own.putAll(prepared.photoOptions.getOrDefault(photo, Map.of()));
            return json.writeValueAsString(own);
        }).toList();
        return queueing.queue(new Queueing.Order(prepared.teamId, prepared.memberId, projectId, photoIds, prepared.providerId,
                prepared.kind, each, prepared.currency, prepared.costEach, prepared.continues,
                prepared.retryOf, prepared.viaApi));
    }

    private PhotoImport keep(ProjectId projectId, StagedPhoto photo) {
        return projects.addStaged(projectId, photo).orElseThrow();
    }

    private Map<String, String> options(Generation generation) {
        return json.readValue(generation.options(), new TypeReference<Map<String, String>>() { });
    }
}
