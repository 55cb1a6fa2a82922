package app.atelier.project;

import app.atelier.account.Role;
import app.atelier.media.MediaLibrary;
import app.atelier.media.PhotoImport;
import app.atelier.media.PhotoSummary;
import app.atelier.media.StagedPhoto;
import app.atelier.project.internal.Project;
import app.atelier.project.internal.ProjectPhotos;
import app.atelier.project.internal.ProjectRepository;
import app.atelier.project.internal.ProjectText;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.ProjectId;
import app.atelier.shared.TeamId;
import app.atelier.shared.TeamMember;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The signed-in member's team's projects: listing, creating, and adding photos (by upload or from a
 * web address). Members and admins create; viewers read. Another team's project does not exist.
 */
@Service
public class Projects {

    static final int MAX_NAME = 120;
    static final int MAX_REFERENCE = 60;
    static final int MAX_ADDRESS = 300;

    private final ProjectRepository projects;
    private final ProjectPhotos projectPhotos;
    private final MediaLibrary media;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final CurrentMember currentMember;
    private final ObjectProvider<ProjectHolder> holders;
    private final ApplicationEventPublisher events;
    private final ProjectText text;

    Projects(ProjectRepository projects, ProjectPhotos projectPhotos, MediaLibrary media, TransactionTemplate transaction,
             Clock clock, CurrentMember currentMember, ObjectProvider<ProjectHolder> holders, ApplicationEventPublisher events,
             ProjectText text) {
        this.text = text;
        this.holders = holders;
        this.events = events;
        this.projects = projects;
        this.projectPhotos = projectPhotos;
        this.media = media;
        this.transaction = transaction;
        this.clock = clock;
        this.currentMember = currentMember;
    }

    /** The team's projects, newest first, each with its photo count and cover. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ProjectSummary> list() {
        var team = currentMember.require().teamId();
        var found = projects.findByTeamIdOrderByCreatedAtDesc(team);
        var covers = projectPhotos.covers(found.stream().map(Project::id).toList());
        var coverPhotos = media.photos(team, covers.values().stream().map(ProjectPhotos.Cover::firstPhoto).toList());
        return found.stream().map(project -> {
            var cover = covers.get(project.id());
            UUID thumbnail = cover == null ? null : coverPhotos.stream()
                    .filter(photo -> photo.id().equals(cover.firstPhoto()))
                    .map(photo -> photo.thumbnailLarge())
                    .findFirst().orElse(null);
            return summary(project, cover == null ? 0 : cover.photos(), thumbnail);
        }).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<ProjectDetails> find(ProjectId projectId) {
        var team = currentMember.require().teamId();
        return projects.findByIdAndTeamId(projectId.value(), team).map(project -> {
            var photos = media.photos(team, projectPhotos.of(project.id()));
            var cover = photos.stream().filter(photo -> photo.id().equals(project.coverPhotoId())).findFirst()
                    .or(() -> photos.stream().findFirst());
            return new ProjectDetails(summary(project, photos.size(), cover.map(PhotoSummary::thumbnailLarge).orElse(null)),
                    photos, cover.map(PhotoSummary::id).orElse(null));
        });
    }

    /**
     * Makes one of the project's photos its cover (the gallery's card, the project's header): the
     * façade rather than whichever photo was added first.
     *
     * @return false when the project is not the team's or the photo is not in it
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
    @Transactional
    public boolean chooseCover(ProjectId projectId, UUID photoId) {
        var team = currentMember.require().teamId();
        var found = projects.findByIdAndTeamId(projectId.value(), team);
        if (found.isEmpty() || !projectPhotos.of(projectId.value()).contains(photoId)) {
            return false;
        }
        found.get().coverPhoto(photoId);
        return true;
    }

    /**
     * Deletes a project with its photos, generations and files, once nothing in it is under way: an
     * admin or whoever made it may. The credit ledger keeps its entries.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
    @Transactional
    public DeleteOutcome delete(ProjectId projectId) {
        var member = currentMember.require();
        var found = projects.findByIdAndTeamId(projectId.value(), member.teamId());
        if (found.isEmpty()) {
            return DeleteOutcome.NOT_FOUND;
        }
        if (!member.actorId().equals(found.get().createdBy()) && !currentMember.has(Role.ADMIN.authority())) {
            return DeleteOutcome.NOT_ALLOWED;
        }
        if (holders.stream().anyMatch(holder -> holder.underWay(TeamId.of(member.teamId()), projectId))) {
            return DeleteOutcome.STILL_RUNNING;
        }
        var files = holders.orderedStream().flatMap(holder -> holder.remove(TeamId.of(member.teamId()), projectId).stream()).toList();
        var photos = new ArrayList<>(projectPhotos.of(projectId.value()));
        photos.removeAll(projectPhotos.heldElsewhere(photos, projectId.value()));
        projects.delete(found.get());
        projects.flush();
        media.delete(member.teamId(), files);
        media.deletePhotos(member.teamId(), photos);
        events.publishEvent(new ProjectDeleted(projectId, member.teamId()));
        return DeleteOutcome.DELETED;
    }

    /** A project's name, without its photos (for a line that only names it). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> name(ProjectId projectId) {
        return projects.findByIdAndTeamId(projectId.value(), currentMember.require().teamId()).map(project -> project.name());
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
    @Transactional
    public ProjectCreation create(NewProject draft) {
        var problems = problems(draft);
        if (!problems.isEmpty()) {
            return new ProjectCreation.Invalid(problems);
        }
        var name = draft.name().strip();
        var project = projects.saveAndFlush(new Project(currentMember.require().teamId(), name,
                blankToNull(draft.listingReference()), blankToNull(draft.address())));
        text.refresh(project.id());
        return new ProjectCreation.Created(summary(project, 0, null));
    }

    /** Imports an uploaded photo into the project. Another team's project gets nothing stored. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
    public Optional<PhotoImport> addUpload(ProjectId projectId, String fileName, InputStream content) {
        var member = currentMember.require();
        if (projects.findByIdAndTeamId(projectId.value(), member.teamId()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(link(projectId.value(), member, media.importUpload(member.teamId(), fileName, content)));
    }

    /** Stores a photo fetched and checked earlier (see {@link MediaLibrary#stage}) into the project. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
    public Optional<PhotoImport> addStaged(ProjectId projectId, StagedPhoto staged) {
        var member = currentMember.require();
        if (projects.findByIdAndTeamId(projectId.value(), member.teamId()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(link(projectId.value(), member, media.keep(member.teamId(), staged)));
    }

    /** Fetches a photo from a web address into the project. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
    public Optional<PhotoImport> addFromUrl(ProjectId projectId, String url) {
        var member = currentMember.require();
        if (projects.findByIdAndTeamId(projectId.value(), member.teamId()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(link(projectId.value(), member, media.importFromUrl(member.teamId(), url)));
    }

    private PhotoImport link(UUID projectId, TeamMember member, PhotoImport result) {
        if (result instanceof PhotoImport.Imported imported) {
            transaction.executeWithoutResult(status ->
                    projectPhotos.add(projectId, imported.photo().id(), clock.instant(), member.actorId()));
        }
        return result;
    }


    private ProjectSummary summary(Project project, int photos, @Nullable UUID cover) {
        boolean deletable = currentMember.require().actorId().equals(project.createdBy())
                || currentMember.has(Role.ADMIN.authority());
        return new ProjectSummary(ProjectId.of(project.id()), project.name(), project.listingReference(), project.address(), photos,
                cover, project.createdAt(), deletable);
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }

    /** What is wrong with a project's fields (i18n keys), without storing anything: empty when it can be made. */
    public static Map<ProjectField, String> problems(NewProject draft) {
        var problems = new EnumMap<ProjectField, String>(ProjectField.class);
        var name = draft.name().strip();
        if (name.isEmpty()) {
            problems.put(ProjectField.NAME, "field.error.required");
        } else if (name.length() > MAX_NAME) {
            problems.put(ProjectField.NAME, "project.error.name-too-long");
        }
        if (draft.listingReference().strip().length() > MAX_REFERENCE) {
            problems.put(ProjectField.LISTING_REFERENCE, "project.error.reference-too-long");
        }
        if (draft.address().strip().length() > MAX_ADDRESS) {
            problems.put(ProjectField.ADDRESS, "project.error.address-too-long");
        }
        return problems;
    }

    /** The longest name, reference and address accepted. */
    public static Map<ProjectField, Integer> maxLengths() {
        return Map.of(ProjectField.NAME, MAX_NAME, ProjectField.LISTING_REFERENCE, MAX_REFERENCE,
                ProjectField.ADDRESS, MAX_ADDRESS);
    }
}
