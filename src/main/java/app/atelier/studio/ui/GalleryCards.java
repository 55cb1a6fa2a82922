package app.atelier.studio.ui;

import app.atelier.media.MediaLibrary;
import app.atelier.provider.Providers;
import app.atelier.provider.ResultType;
import app.atelier.studio.ProjectCard;
import app.atelier.studio.ResultCard;
import app.atelier.ui.Formats;
import app.atelier.ui.MediaCard;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The gallery's cards: a project with its cover and figures, or a finished result; each opens its project. */
final class GalleryCards {

    private final Component words;
    private final Providers providers;
    private final Map<String, String> providerNames;
    private final Map<UUID, String> teammates;
    private final Supplier<Locale> locale;

    GalleryCards(Component words, Supplier<Locale> locale, Providers providers, Map<String, String> providerNames,
                 Map<UUID, String> teammates) {
        this.words = words;
        this.locale = locale;
        this.providers = providers;
        this.providerNames = providerNames;
        this.teammates = teammates;
    }

    /** A finished video (it plays, muted, while the pointer is over it or it has focus) or image. */
    RouterLink result(ResultCard result) {
        var kind = words.getTranslation(result.kind().labelKey());
        var effect = effect(result).orElse(kind);
        var card = new MediaCard(result.still() == null ? null : MediaLibrary.memberUrl(result.still()),
                effect + " · " + result.projectName(), words.getTranslation("gallery.project.no-cover"))
                .withTitle(effect + " · " + result.projectName());
        card.addClassName("result-card");
        if (result.verdict() != null) {
            card.withChip(words.getTranslation(result.verdict().labelKey()));
            card.getElement().setAttribute("data-verdict", result.verdict().name());
        }
        if (result.viaApi()) {
            card.withChip(CardCover.apiChip(words.getTranslation("generation.api"), words.getTranslation("generation.api.hint")));
        }
        var what = Stream.of(providerNames.getOrDefault(result.providerId(), result.providerId()),
                        result.duration() == null ? null
                                : words.getTranslation("result.details.seconds", result.duration().toMillis() / 1000.0))
                .filter(Objects::nonNull).collect(Collectors.joining(" · "));
        card.withDetail(what);
        card.withDetail(teammates.getOrDefault(result.memberId(), "") + " · "
                + Formats.dateTime(result.finishedAt(), locale.get()));
        var link = new RouterLink(ProjectView.class, new RouteParameters(ProjectView.PROJECT, result.projectId().toString()));
        link.add(card);
        link.addClassNames("media-card-link", "result-link");
        link.getElement().setAttribute("data-generation", result.generationId().toString());
        if (result.type() == ResultType.VIDEO) {
            link.getElement().setAttribute("data-video", MediaLibrary.memberUrl(result.asset()));
            link.getElement().setAttribute("aria-label", words.getTranslation("gallery.results.video", result.projectName(), effect));
        }
        return link;
    }

    RouterLink project(ProjectCard project) {
        var card = new MediaCard(project.cover() == null ? null : MediaLibrary.memberUrl(project.cover()), project.name(),
                words.getTranslation("gallery.project.no-cover"))
                .withTitle(project.name());
        if (project.running() > 0) {
            card.withChip(words.getTranslation("gallery.project.running", project.running(), project.progress()));
            card.addClassName("running");
        }
        var details = Stream.of(project.listingReference(), project.address())
                .filter(value -> value != null && !value.isBlank())
                .collect(Collectors.joining(" · "));
        if (!details.isEmpty()) {
            card.withDetail(details);
        }
        card.withDetail(Stream.of(words.getTranslation("gallery.project.photos", project.photos()),
                        project.videos() > 0 ? words.getTranslation("gallery.project.videos", project.videos()) : null,
                        project.images() > 0 ? words.getTranslation("gallery.project.images", project.images()) : null)
                .filter(Objects::nonNull).collect(Collectors.joining(" · ")));
        card.withDetail(words.getTranslation("gallery.project.activity",
                Formats.dateTime(project.lastActivity(), locale.get())));
        var link = new RouterLink(ProjectView.class, new RouteParameters(ProjectView.PROJECT, project.id().toString()));
        link.add(card);
        link.addClassName("media-card-link");
        link.getElement().setAttribute("data-project", project.id().toString());
        return link;
    }

    /** What a result shows, by its provider's own words: the motion ("Zoom avant") or the exterior ("Piscine"). */
    private Optional<String> effect(ResultCard result) {
        return providers.find(result.providerId()).flatMap(provider -> Stream.of(OptionFields.MOTION, OptionFields.EXTERIOR)
                .flatMap(key -> provider.capabilities().option(key).flatMap(option -> option.choice(result.options().get(key)))
                        .stream())
                .findFirst()).map(choice -> words.getTranslation(choice.labelKey()));
    }
}
