package app.atelier.studio.ui;

import app.atelier.film.Films;
import app.atelier.account.AccountService;
import app.atelier.generation.GenerationChanged;
import app.atelier.generation.GenerationRequests;
import app.atelier.generation.GenerationState;
import app.atelier.generation.GenerationSummary;
import app.atelier.generation.Generations;
import app.atelier.generation.ReviewChanged;
import app.atelier.generation.Reviews;
import app.atelier.project.ProjectDetails;
import app.atelier.provider.Providers;
import app.atelier.shared.GenerationId;
import app.atelier.sharing.AiLabel;
import app.atelier.sharing.Downloads;
import app.atelier.sharing.Shares;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A project's results on its page: its generations as cards, a variation under what it varies, a
 * page at a time (live: a bar moves as one runs, a card is drawn again only when it changed); the
 * results chosen for a ZIP or a share link, and whether their downloads carry the AI mention.
 */
class ProjectResults extends Composite<Section> {

    final Div grid = new Div();
    final Button more = new Button();
    final Anchor downloadAll = new Anchor();
    final Anchor downloadSelection = new Anchor();
    final Button shareSelection = new Button();
    private final Generations generations;
    private final Reviews reviews;
    private final Downloads downloads;
    private final Clock clock;
    private final boolean canAdd;
    private final ResultActions actions;
    private final Set<GenerationId> selected = new LinkedHashSet<>();
    /** What the member said of the mention, result by result (the kind's default otherwise). */
    private final Map<GenerationId, Boolean> labels = new HashMap<>();
    private final Map<GenerationId, GenerationCard> cards = new HashMap<>();
    /** Where every generation of the project was when last read, shown or not (a few bytes each, not its summary). */
    private Map<GenerationId, Seen> listed = Map.of();
    /** How many cards are shown (more once asked for, and as new ones arrive at the top). */
    private int limit = ProjectView.FIRST_PAGE;
    private @Nullable ProjectDetails details;

    ProjectResults(Generations generations, GenerationRequests requests, Reviews reviews, Downloads downloads, Shares shares,
                   Providers providers, AccountService accounts, Films films, Clock clock, boolean canAdd) {
        this.generations = generations;
        this.reviews = reviews;
        this.downloads = downloads;
        this.clock = clock;
        this.canAdd = canAdd;
        this.actions = new ResultActions(this, generations, requests, shares, providers, accounts, films);
        grid.addClassNames("media-grid", "generation-grid");
        more.addThemeVariants(ButtonVariant.TERTIARY);
        more.addClassName("generations-more");
        more.setIcon(new Icon(VaadinIcon.ANGLE_DOWN));
        more.addClickListener(click -> {
            limit += ProjectView.NEXT_PAGE;
            refresh();
        });
        getContent().add(header(), grid, more);
        getContent().addClassName("generations");
    }

    private Div header() {
        var title = new H2(getTranslation("project.generations.title"));
        title.addClassName("section-title");
        downloadAll.add(new Icon(VaadinIcon.FILE_ZIP), new Span(getTranslation("project.download-all")));
        downloadAll.addClassName("download-all");
        downloadSelection.add(new Icon(VaadinIcon.FILE_ZIP), new Span());
        downloadSelection.addClassNames("download-all", "download-selection");
        downloadSelection.setVisible(false);
        for (var link : List.of(downloadAll, downloadSelection)) {
            link.getElement().setAttribute("download", true);
            link.getElement().setAttribute("router-ignore", true);
        }
        shareSelection.setIcon(new Icon(VaadinIcon.SHARE));
        shareSelection.addThemeVariants(ButtonVariant.TERTIARY);
        shareSelection.addClassName("share-selection");
        shareSelection.setVisible(false);
        shareSelection.addClickListener(click -> actions.share(generations.ofProject(details().project().id()).stream()
                .filter(generation -> selected.contains(generation.id())).toList()));
        var buttons = new Div(shareSelection, downloadSelection, downloadAll);
        buttons.addClassName("section-downloads");
        var header = new Div(title, buttons);
        header.addClassName("section-header");
        return header;
    }

    /** Another project: nothing chosen, the first page, its ZIPs. */
    void open(ProjectDetails project) {
        details = project;
        var id = project.project().id();
        var name = project.project().name();
        var label = new AiLabel(getLocale().getLanguage(), getTranslation("label.ai"));
        // streamed file after file from storage while the browser saves it
        downloadAll.setHref((DownloadHandler) download -> {
            download.setFileName(Downloads.slug(name) + ".zip");
            download.setContentType("application/zip");
            try (var out = download.getOutputStream()) {
                downloads.writeZip(id, List.of(), (generation, result) -> GenerationCard.fileName(this, name, generation),
                        this::labelled, label, out);
            }
        });
        downloadSelection.setHref((DownloadHandler) download -> {
            var chosen = List.copyOf(selected);
            download.setFileName(Downloads.slug(name) + "-" + getTranslation(getLocale(), "project.download-selection.file")
                    + ".zip");
            download.setContentType("application/zip");
            try (var out = download.getOutputStream()) {
                // an empty selection would mean "everything": ask for something that is not there instead
                downloads.writeZip(id, chosen.isEmpty() ? List.of(GenerationId.of(new UUID(0, 0))) : chosen,
                        (generation, result) -> GenerationCard.fileName(this, name, generation), this::labelled, label, out);
            }
        });
        selected.clear();
        limit = ProjectView.FIRST_PAGE;
        listed = Map.of();
        cards.clear();
        grid.removeAll();
        refresh();
    }

    /** The project as it is now (a photo was added). */
    void photosChanged(ProjectDetails project) {
        details = project;
    }

    ProjectDetails details() {
        return Objects.requireNonNull(details);
    }

    /**
     * Reads the project's generations afresh and shows the first {@code limit} of them (the section
     * hides while there are none). A card whose generation did not change is kept as it is (a video
     * playing, a comment being typed); only what changed is drawn again, moved or taken away.
     */
    void refresh() {
        if (details == null) {
            return;
        }
        var all = generations.ofProject(details.project().id());
        long arrived = listed.isEmpty() ? 0 : all.stream().filter(generation -> !listed.containsKey(generation.id())).count();
        // what arrives at the top pushes nothing the member was looking at out of view
        limit += (int) arrived;
        setVisible(!all.isEmpty());
        long finished = all.stream().filter(generation -> generation.state() == GenerationState.SUCCEEDED
                && !generation.results().isEmpty()).count();
        // what is no longer there (deleted) is no longer selected
        selected.retainAll(all.stream().map(GenerationSummary::id).toList());
        showSelection();
        downloadAll.setVisible(finished > 0);
        downloadAll.getElement().setAttribute("title", getTranslation("project.download-all.hint", finished));
        var ordered = Families.inFamilies(all);
        var shown = ordered.subList(0, Families.shownCount(ordered, limit));
        draw(shown);
        listed = all.stream().collect(Collectors.toMap(GenerationSummary::id,
                generation -> new Seen(generation.state(), generation.keyRefused())));
        int left = ordered.size() - shown.size();
        more.setVisible(left > 0);
        if (left > 0) {
            more.setText(getTranslation("project.generations.more", left));
        }
    }

    /** The cards of {@code shown} in order: those that still say the same are kept, the others drawn anew. */
    private void draw(List<GenerationSummary> shown) {
        var projectName = details().project().name();
        var wanted = new ArrayList<GenerationCard>();
        var kept = new HashMap<GenerationId, GenerationCard>();
        for (var generation : shown) {
            var card = cards.get(generation.id());
            if (card == null || !card.shows(generation)) {
                card = new GenerationCard(generation, canAdd, projectName, actions, reviews, downloads, clock);
            }
            kept.put(generation.id(), card);
            wanted.add(card);
        }
        cards.values().stream().filter(card -> !kept.containsValue(card)).forEach(grid::remove);
        for (int index = 0; index < wanted.size(); index++) {
            var card = wanted.get(index);
            if (grid.getComponentCount() <= index || grid.getComponentAt(index) != card) {
                grid.addComponentAtIndex(index, card);
            }
        }
        cards.clear();
        cards.putAll(kept);
    }

    /** Whether a generation of the project was under way when last read. */
    boolean working() {
        return listed.values().stream().anyMatch(seen -> !seen.state().terminal());
    }

    /** What a change to a generation out of view is compared with. */
    private record Seen(GenerationState state, boolean keyRefused) {
    }

    /**
     * Generations of this project moved (oldest news first): their bars move, or, when one's state
     * changed, the list is read again once (one further down than the page shows matters only when its
     * state changed).
     */
    void changed(List<GenerationChanged> changes) {
        var latest = new LinkedHashMap<GenerationId, GenerationChanged>();
        changes.forEach(change -> latest.put(change.generationId(), change));
        if (latest.values().stream().anyMatch(this::changesWhatIsDrawn)) {
            refresh();
            return;
        }
        latest.values().forEach(change -> {
            var card = cards.get(change.generationId());
            if (card != null) {
                card.progressed(change.progress(), change.estimatedDone(), change.step());
            }
        });
    }

    /** Whether a change is more than progress: a state or a warning the page does not show yet. */
    private boolean changesWhatIsDrawn(GenerationChanged change) {
        var card = cards.get(change.generationId());
        if (card != null) {
            return card.state() != change.state() || card.keyRefused() != change.keyRefused();
        }
        var known = listed.get(change.generationId());
        return known == null || known.state() != change.state() || known.keyRefused() != change.keyRefused();
    }

    /** A result of this project was reviewed or commented on: its card shows it, the rest stays as it is. */
    void reviewed(ReviewChanged change) {
        var card = cards.get(change.generationId());
        if (card != null) {
            generations.find(change.generationId()).ifPresent(card::reviewChanged);
        }
    }

    /** Whether a result's downloads carry the AI-visual mention: what the member said, or its kind's default. */
    boolean labelled(GenerationSummary generation) {
        return labels.getOrDefault(generation.id(), AiLabel.byDefault(generation.providerId()));
    }

    void label(GenerationId generation, boolean labelled) {
        labels.put(generation, labelled);
    }

    boolean selected(GenerationId generation) {
        return selected.contains(generation);
    }

    /** A finished result joins the selection to download, or leaves it. */
    void select(GenerationId generation, boolean chosen) {
        if (chosen) {
            selected.add(generation);
        } else {
            selected.remove(generation);
        }
        showSelection();
    }

    private void showSelection() {
        downloadSelection.setVisible(!selected.isEmpty());
        shareSelection.setVisible(!selected.isEmpty());
        shareSelection.setText(getTranslation("project.share-selection", selected.size()));
        downloadSelection.getChildren().filter(Span.class::isInstance).map(Span.class::cast).findFirst()
                .ifPresent(text -> text.setText(getTranslation("project.download-selection", selected.size())));
    }
}
