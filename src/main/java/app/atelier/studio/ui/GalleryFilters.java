package app.atelier.studio.ui;

import app.atelier.generation.GenerationState;
import app.atelier.generation.Verdict;
import app.atelier.provider.GenerationKind;
import app.atelier.studio.GalleryQuery;
import app.atelier.studio.GallerySort;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The gallery's filter bar: projects or results, words to look for, an order, and the filters
 * (kind, state, provider, member, review, dates) folded away until one is used. On a phone, the
 * search, the order and the filters fold behind one button, which says how many are in use.
 */
class GalleryFilters extends Composite<Div> {

    final TextField search = new TextField();
    final Select<GallerySort> sort = new Select<>();
    final MultiSelectComboBox<GenerationKind> kinds = new MultiSelectComboBox<>();
    final MultiSelectComboBox<GenerationState> states = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> providers = new MultiSelectComboBox<>();
    final MultiSelectComboBox<UUID> members = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Verdict> reviews = new MultiSelectComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Details filters = new Details();
    final Button projectsTab = new Button();
    final Button resultsTab = new Button();
    private final Button reset = new Button();
    /** On a phone: shows or hides the search, the order and the filters. */
    final Button fold = new Button();
    private final Map<String, String> providerNames;
    private final Map<UUID, String> teammates;
    private boolean applying;

    /**
     * @param changed  what the gallery does with the query the fields say, once a member changed one
     * @param showing  what it does when a member asks for the projects (false) or the results (true)
     */
    GalleryFilters(Map<String, String> providerNames, Map<UUID, String> teammates, Consumer<GalleryQuery> changed,
                   Consumer<Boolean> showing) {
        this.providerNames = providerNames;
        this.teammates = teammates;
        searchAndOrder();
        choices();
        reset.setText(getTranslation("gallery.filter.reset"));
        reset.addThemeVariants(ButtonVariant.TERTIARY);
        reset.addClickListener(click -> changed.accept(GalleryQuery.everything().sortedBy(sort.getValue())));
        reset.addClassName("gallery-reset");
        var advanced = new Div(kinds, states, providers, members, reviews, from, to, reset);
        advanced.addClassName("gallery-filters");
        filters.setSummaryText(getTranslation("gallery.filter.title"));
        filters.add(advanced);
        filters.addClassName("gallery-filter-details");
        List<HasValue<?, ?>> fields = List.of(search, sort, kinds, states, providers, members, reviews, from, to);
        fields.forEach(field -> field.addValueChangeListener(change -> {
            if (!applying) {
                changed.accept(query());
            }
        }));
        projectsTab.setText(getTranslation("gallery.mode.projects"));
        projectsTab.setIcon(new Icon(VaadinIcon.FOLDER_O));
        resultsTab.setText(getTranslation("gallery.mode.results"));
        resultsTab.setIcon(new Icon(VaadinIcon.FILM));
        projectsTab.addClickListener(click -> showing.accept(false));
        resultsTab.addClickListener(click -> showing.accept(true));
        var modes = new Div(projectsTab, resultsTab);
        modes.addClassName("gallery-modes");
        modes.getElement().setAttribute("role", "group");
        modes.getElement().setAttribute("aria-label", getTranslation("gallery.mode.label"));
        fold.setIcon(new Icon(VaadinIcon.SLIDERS));
        fold.addClassName("gallery-fold");
        fold.getElement().setAttribute("aria-expanded", "false");
        fold.addClickListener(click -> {
            boolean open = !getContent().hasClassName("open");
            getContent().getElement().getClassList().set("open", open);
            fold.getElement().setAttribute("aria-expanded", Boolean.toString(open));
        });
        foldText(0);
        var top = new Div(modes, fold, search, sort);
        top.addClassName("gallery-toolbar");
        getContent().add(top, filters);
        getContent().addClassName("gallery-filter-bar");
    }

    private void searchAndOrder() {
        search.setPlaceholder(getTranslation("gallery.search.placeholder"));
        search.setAriaLabel(getTranslation("gallery.search.label"));
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setClearButtonVisible(true);
        search.setMaxLength(GalleryQuery.MAX_TEXT);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(350);
        search.addClassName("gallery-search");
        sort.setLabel(getTranslation("gallery.sort.label"));
        sort.setItems(GallerySort.values());
        sort.setItemLabelGenerator(order -> getTranslation(order.labelKey()));
        sort.setValue(GallerySort.ACTIVITY);
        sort.addClassName("gallery-sort");
    }

    private void choices() {
        kinds.setLabel(getTranslation("gallery.filter.kind"));
        kinds.setItems(GenerationKind.values());
        kinds.setItemLabelGenerator(kind -> getTranslation(kind.labelKey()));
        states.setLabel(getTranslation("gallery.filter.state"));
        states.setItems(GenerationState.values());
        states.setItemLabelGenerator(state -> getTranslation(state.labelKey()));
        providers.setLabel(getTranslation("gallery.filter.provider"));
        providers.setItems(providerNames.keySet());
        providers.setItemLabelGenerator(id -> providerNames.getOrDefault(id, id));
        members.setLabel(getTranslation("gallery.filter.member"));
        members.setItems(teammates.keySet());
        members.setItemLabelGenerator(id -> teammates.getOrDefault(id, ""));
        reviews.setLabel(getTranslation("gallery.filter.review"));
        reviews.setItems(Verdict.values());
        reviews.setItemLabelGenerator(verdict -> getTranslation(verdict.labelKey()));
        for (var choice : List.of(kinds, states, providers, members, reviews)) {
            // empty says "all"; chosen values show whole (the field grows) rather than cut ("Aménagem…")
            choice.setPlaceholder(getTranslation("gallery.filter.any"));
            choice.setAutoExpand(MultiSelectComboBox.AutoExpandMode.BOTH);
        }
        from.setLabel(getTranslation("gallery.filter.from"));
        to.setLabel(getTranslation("gallery.filter.to"));
        from.setLocale(getLocale());
        to.setLocale(getLocale());
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
    }

    /** The query the fields say. */
    GalleryQuery query() {
        return new GalleryQuery(search.getValue(), kinds.getValue(), states.getValue(), providers.getValue(),
                members.getValue(), reviews.getValue(), from.getValue(), to.getValue(),
                Optional.ofNullable(sort.getValue()).orElse(GallerySort.ACTIVITY));
    }

    /** Says {@code wanted} in the fields (without taking it as a member's change); the filters open when one is used. */
    void fill(GalleryQuery wanted) {
        applying = true;
        try {
            search.setValue(wanted.text());
            sort.setValue(wanted.sort());
            kinds.setValue(wanted.kinds());
            states.setValue(wanted.states());
            providers.setValue(wanted.providers().stream().filter(providerNames::containsKey).collect(Collectors.toSet()));
            members.setValue(wanted.members().stream().filter(teammates::containsKey).collect(Collectors.toSet()));
            reviews.setValue(wanted.reviews());
            from.setValue(wanted.from());
            to.setValue(wanted.to());
            int active = wanted.kinds().size() + wanted.states().size() + wanted.providers().size() + wanted.members().size()
                    + wanted.reviews().size() + (wanted.from() == null ? 0 : 1) + (wanted.to() == null ? 0 : 1);
            filters.setSummaryText(active == 0 ? getTranslation("gallery.filter.title")
                    : getTranslation("gallery.filter.title.active", active));
            if (active > 0) {
                filters.setOpened(true);
            }
            foldText(active + (wanted.text().isBlank() ? 0 : 1));
        } finally {
            applying = false;
        }
    }

    /** "Search and filters", with how many are in use. */
    private void foldText(int inUse) {
        fold.setText(inUse == 0 ? getTranslation("gallery.fold") : getTranslation("gallery.fold.active", inUse));
    }

    /** Which list the tabs say is shown. */
    void showing(boolean results) {
        projectsTab.getElement().setAttribute("aria-pressed", String.valueOf(!results));
        resultsTab.getElement().setAttribute("aria-pressed", String.valueOf(results));
        projectsTab.removeThemeVariants(ButtonVariant.PRIMARY);
        resultsTab.removeThemeVariants(ButtonVariant.PRIMARY);
        (results ? resultsTab : projectsTab).addThemeVariants(ButtonVariant.PRIMARY);
    }
}
