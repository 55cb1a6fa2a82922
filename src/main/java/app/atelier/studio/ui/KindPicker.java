package app.atelier.studio.ui;

import app.atelier.provider.GenerationKind;
import app.atelier.provider.OptionSpec;
import app.atelier.provider.Provider;
import app.atelier.provider.Providers;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The wizard's third step: what to make (a camera motion, an AI video, an exterior) and who makes it,
 * as cards that act as radio buttons; each provider says what it costs and how long it takes, or
 * that the sandbox stands in for it, or that it is unavailable.
 */
class KindPicker extends Composite<Div> {

    final Div kinds = new Div();
    final Div providerCards = new Div();
    private final Providers providers;
    private final Runnable changed;
    private Map<String, Duration> measured = Map.of();
    private GenerationKind kind = GenerationKind.CAMERA_MOTION;
    private @Nullable Provider provider;

    /**
     * @param changed what the wizard does when the kind or the provider changes
     */
    KindPicker(Providers providers, Runnable changed) {
        this.providers = providers;
        this.changed = changed;
        kinds.addClassName("kind-picker");
        kinds.getElement().setAttribute("role", "radiogroup");
        kinds.getElement().setAttribute("aria-label", getTranslation("wizard.kind.label"));
        providerCards.addClassName("provider-picker");
        providerCards.getElement().setAttribute("role", "radiogroup");
        providerCards.getElement().setAttribute("aria-label", getTranslation("wizard.provider.label"));
        var providerTitle = new Paragraph(getTranslation("wizard.provider.label"));
        providerTitle.addClassName("picker-title");
        getContent().add(kinds, providerTitle, providerCards);
    }

    /** The team's median wait of each provider lately, said instead of the provider's own estimate (read once per opening). */
    void measured(Map<String, Duration> medians) {
        this.measured = Map.copyOf(medians);
    }

    GenerationKind kind() {
        return kind;
    }

    @Nullable Provider provider() {
        return provider;
    }

    /** Chooses a kind with the first available provider of it. */
    void choose(GenerationKind wanted) {
        kind = wanted;
        provider = firstAvailable(wanted);
    }

    /**
     * Chooses as a generation was asked for: its kind when the wizard makes it, its provider when
     * available (or, {@code elsewhere}, the first other available one of the kind).
     */
    void startFrom(GenerationKind wanted, String providerId, boolean elsewhere) {
        if (makeable().contains(wanted)) {
            kind = wanted;
        }
        var available = offering(kind).stream().filter(Provider::available);
        provider = (elsewhere ? available.filter(candidate -> !candidate.id().equals(providerId))
                : available.filter(candidate -> candidate.id().equals(providerId)))
                .findFirst().orElse(firstAvailable(kind));
    }

    /**
     * What the wizard can make: the kinds with a provider whose settings it can fill in (an exterior
     * needs a drawn zone, which the mask editor brings).
     */
    List<GenerationKind> makeable() {
        return Arrays.stream(GenerationKind.values())
                .filter(GenerationKind::madeInWizard)
                .filter(candidate -> providers.offering(candidate).stream().anyMatch(KindPicker::fillable))
                .toList();
    }

    private static boolean fillable(Provider candidate) {
        return candidate.capabilities().options().stream()
                .noneMatch(option -> option.type() == OptionSpec.Type.IMAGE && option.required()
                        && !option.key().equals(OptionFields.MASK));
    }

    List<Provider> offering(GenerationKind wanted) {
        return providers.offering(wanted).stream().filter(KindPicker::fillable).toList();
    }

    @Nullable Provider firstAvailable(GenerationKind wanted) {
        return offering(wanted).stream().filter(Provider::available).findFirst().orElse(null);
    }

    /** Draws the kinds, and the providers of the chosen kind. */
    void draw() {
        kinds.removeAll();
        for (var candidate : makeable()) {
            var icon = new Icon(switch (candidate) {
                case AI_VIDEO -> VaadinIcon.MAGIC;
                case EXTERIOR -> VaadinIcon.PAINTBRUSH;
                case CAMERA_MOTION -> VaadinIcon.MOVIE;
                case FILM -> VaadinIcon.FILM;
            });
            icon.addClassName("choice-card-icon");
            var name = new Span(getTranslation(candidate.labelKey()));
            name.addClassName("choice-card-name");
            var text = new Span(getTranslation(candidate.hintKey()));
            text.addClassName("choice-card-hint");
            var card = choiceCard(candidate == kind, true, () -> {
                if (candidate != kind) {
                    choose(candidate);
                    changed.run();
                }
            }, icon, name, text);
            card.getElement().setAttribute("data-kind", candidate.name());
            kinds.add(card);
        }
        providerCards.removeAll();
        offering(kind).forEach(candidate -> providerCards.add(providerCard(candidate, measured.get(candidate.id()))));
    }

    private Div providerCard(Provider candidate, @Nullable Duration measured) {
        var name = new Span(getTranslation(candidate.nameKey()));
        name.addClassName("choice-card-name");
        var card = choiceCard(candidate == provider, candidate.available(), () -> {
            if (candidate != provider) {
                provider = candidate;
                changed.run();
            }
        }, name);
        if (candidate.sandboxed()) {
            var chip = new Badge(getTranslation("generation.sandbox"));
            chip.addClassName("sandbox-badge");
            chip.getElement().setAttribute("title", getTranslation("generation.sandbox.hint"));
            name.add(chip);
        }
        var cost = candidate.capabilities().cost();
        var price = new Span(cost.amount() == 0 ? getTranslation("wizard.provider.free")
                : getTranslation(kind == GenerationKind.EXTERIOR ? "wizard.provider.cost.image" : "wizard.provider.cost",
                cost.amount(), getTranslation(cost.currency().labelKey(), cost.amount())));
        price.addClassName("choice-card-hint");
        card.add(price);
        var note = new Span(!candidate.available() ? getTranslation("wizard.provider.unavailable")
                : candidate.sandboxed() ? getTranslation("wizard.provider.sandboxed")
                : measured != null ? getTranslation("wizard.provider.measured", minutes(measured))
                : getTranslation("wizard.provider.typical", minutes(candidate.capabilities().typicalDuration())));
        note.addClassName("choice-card-hint");
        card.add(note);
        card.getElement().setAttribute("data-provider", candidate.id());
        return card;
    }

    private String minutes(Duration typical) {
        // "about 0 s" says nothing: a wait under a second reads as one second
        return typical.toSeconds() < 60 ? getTranslation("wizard.provider.seconds", Math.max(1, typical.toSeconds()))
                : getTranslation("wizard.provider.minutes", Math.round(typical.toSeconds() / 60.0));
    }

    /** A card that acts as a radio button: click, Enter or Space chooses it, unless it is disabled. */
    private static Div choiceCard(boolean chosen, boolean enabled, Runnable choose, Component... content) {
        var card = new Div(content);
        card.addClassName("choice-card");
        card.getElement().setAttribute("role", "radio");
        card.getElement().setAttribute("aria-checked", Boolean.toString(chosen));
        if (chosen) {
            card.addClassName("chosen");
        }
        if (!enabled) {
            card.addClassName("disabled");
            card.getElement().setAttribute("aria-disabled", "true");
            return card;
        }
        card.getElement().setAttribute("tabindex", chosen ? "0" : "-1");
        card.addClickListener(click -> choose.run());
        card.getElement().addEventListener("keydown", key -> choose.run())
                .setFilter("event.key === 'Enter' || event.key === ' '").preventDefault();
        return card;
    }
}
