package app.atelier.film.internal;

import app.atelier.film.BrandKit;
import app.atelier.film.Storyboard;
import app.atelier.render.FilmCards;
import app.atelier.shared.Language;
import com.vaadin.flow.i18n.I18NProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Locale;

/**
 * The words of a film's cards in its language: the facts of the opening card ("180 m²", "4 chambres"),
 * and what a French property ad says on the closing one (the classes' names, the yearly energy
 * cost, the price with who pays the fees and the price before them). Only what was given is said.
 */
@Component
class FilmWords {

    private final I18NProvider translations;

    FilmWords(I18NProvider translations) {
        this.translations = translations;
    }

    FilmCards.Opening opening(Storyboard storyboard, Language language) {
        var card = storyboard.opening();
        var locale = language.locale();
        var facts = new ArrayList<String>();
        if (card.price() != null) {
            facts.add(euros(card.price(), locale));
        }
        if (card.surface() != null) {
            facts.add(say("film.card.surface", locale, card.surface()));
        }
        if (card.rooms() != null) {
            facts.add(say("film.card.rooms", locale, card.rooms()));
        }
        if (card.bedrooms() != null) {
            facts.add(say("film.card.bedrooms", locale, card.bedrooms()));
        }
        return new FilmCards.Opening(blankToNull(card.title()), blankToNull(card.town()), facts);
    }

    /** The closing card's words; the agent's, where the film names none, are the team's brand kit's. */
    FilmCards.Closing closing(Storyboard storyboard, BrandKit kit, Language language) {
        var card = storyboard.closing();
        var locale = language.locale();
        String energyCost = null;
        if (card.energyCostLow() != null && card.energyCostHigh() != null) {
            energyCost = card.energyYear() == null
                    ? say("film.card.energy-cost", locale, euros(card.energyCostLow(), locale), euros(card.energyCostHigh(), locale))
                    : say("film.card.energy-cost.year", locale, euros(card.energyCostLow(), locale),
                            euros(card.energyCostHigh(), locale), Integer.toString(card.energyYear()));
        }
        var prices = new ArrayList<String>();
        var price = storyboard.opening().price();
        if (price != null) {
            boolean buyer = card.feesPaidBy() == Storyboard.FeesPaidBy.BUYER;
            prices.add(say(buyer ? "film.card.price.buyer" : "film.card.price.seller", locale, euros(price, locale)));
            var before = card.priceBeforeFees();
            if (buyer && before != null && before > 0 && before <= price) {
                var share = BigDecimal.valueOf((price - before) * 100.0 / before).setScale(2, RoundingMode.HALF_UP);
                var percent = NumberFormat.getNumberInstance(locale);
                percent.setMaximumFractionDigits(2);
                prices.add(say("film.card.price.before-fees", locale, euros(before, locale), percent.format(share)));
            }
        }
        var reference = blankToNull(card.reference());
        boolean ownAgent = blankToNull(card.agentName()) != null;
        return new FilmCards.Closing(ownAgent ? blankToNull(card.agentName()) : blankToNull(kit.agentName()), null,
                ownAgent ? blankToNull(card.agentPhone()) : blankToNull(kit.agentPhone()),
                ownAgent ? blankToNull(card.agentEmail()) : blankToNull(kit.agentEmail()),
                blankToNull(card.agency()) != null ? blankToNull(card.agency()) : blankToNull(kit.agency()),
                // a reference written "Réf. 1234" already says what it is
                reference == null ? null : reference.toLowerCase(Locale.ROOT).matches("r[ée]f\\b.*") ? reference
                        : say("film.card.reference", locale, reference), card.dpe(), card.ges(),
                say("film.card.dpe", locale), say("film.card.ges", locale), energyCost, prices,
                storyboard.anyAi() ? aiMention(language) : null);
    }

    String aiMention(Language language) {
        return say("label.ai", language.locale());
    }

    private String say(String key, Locale locale, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }

    /** "1 250 000 €" in French, "€1,250,000" in English. */
    private static String euros(long amount, Locale locale) {
        var format = NumberFormat.getCurrencyInstance(locale.getLanguage().equals("fr") ? Locale.FRANCE : Locale.of("en", "IE"));
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
