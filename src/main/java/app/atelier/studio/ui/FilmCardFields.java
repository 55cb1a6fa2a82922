package app.atelier.studio.ui;

import app.atelier.film.Storyboard;
import app.atelier.render.EnergyClass;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.function.Consumer;

/**
 * The fields of the film's two cards. Opening: the property's title, town, price, surface, rooms and
 * bedrooms. Closing: the agent, the agency, the listing's reference, and what a French property ad
 * carries (energy and climate classes, the yearly energy cost, who pays the fees and the price before
 * them). An empty field is left out of the card.
 */
class FilmCardFields extends Composite<Div> {

    private final TextField title = text("film.card.title");
    private final TextField town = text("film.card.town");
    private final IntegerField price = number("film.card.price", "€");
    private final IntegerField surface = number("film.card.surface.label", "m²");
    private final IntegerField rooms = number("film.card.rooms.label", null);
    private final IntegerField bedrooms = number("film.card.bedrooms.label", null);
    private final TextField agent = text("film.card.agent");
    private final TextField phone = text("film.card.phone");
    private final TextField email = text("film.card.email");
    private final TextField agency = text("film.card.agency");
    private final TextField reference = text("film.card.reference.label");
    private final Select<EnergyClass> dpe = energy("film.card.dpe");
    private final Select<EnergyClass> ges = energy("film.card.ges");
    private final IntegerField energyLow = number("film.card.energy-low", "€");
    private final IntegerField energyHigh = number("film.card.energy-high", "€");
    private final IntegerField energyYear = number("film.card.energy-year", null);
    private final RadioButtonGroup<Storyboard.FeesPaidBy> fees = new RadioButtonGroup<>(getTranslation("film.card.fees"));
    private final IntegerField beforeFees = number("film.card.before-fees", "€");
    private boolean filling;

    /** @param changed the two cards as the member set them */
    FilmCardFields(Consumer<Storyboard> changed, java.util.function.Supplier<Storyboard> current) {
        fees.setItems(Storyboard.FeesPaidBy.values());
        fees.setItemLabelGenerator(payer -> getTranslation(payer == Storyboard.FeesPaidBy.SELLER ? "film.card.fees.SELLER"
                : "film.card.fees.BUYER"));
        var opening = new FormLayout(title, town, price, surface, rooms, bedrooms);
        var closing = new FormLayout(agent, phone, email, agency, reference, dpe, ges, energyLow, energyHigh, energyYear, fees,
                beforeFees);
        for (var form : List.of(opening, closing)) {
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        }
        closing.setColspan(fees, 2);
        var first = new H3(getTranslation("film.card.opening"));
        var last = new H3(getTranslation("film.card.closing"));
        getContent().add(first, opening, last, closing);
        getContent().addClassName("film-card-fields");
        List<HasValue<?, ?>> all = List.of(title, town, price, surface, rooms, bedrooms, agent, phone, email, agency, reference,
                dpe, ges, energyLow, energyHigh, energyYear, fees, beforeFees);
        all.forEach(field -> field.addValueChangeListener(change -> {
            if (!filling) {
                beforeFees.setVisible(fees.getValue() == Storyboard.FeesPaidBy.BUYER);
                changed.accept(current.get().withOpening(opening()).withClosing(closing()));
            }
        }));
    }

    void fill(Storyboard storyboard) {
        filling = true;
        try {
            var o = storyboard.opening();
            title.setValue(orEmpty(o.title()));
            town.setValue(orEmpty(o.town()));
            price.setValue(o.price() == null ? null : o.price().intValue());
            surface.setValue(o.surface());
            rooms.setValue(o.rooms());
            bedrooms.setValue(o.bedrooms());
            var c = storyboard.closing();
            agent.setValue(orEmpty(c.agentName()));
            phone.setValue(orEmpty(c.agentPhone()));
            email.setValue(orEmpty(c.agentEmail()));
            agency.setValue(orEmpty(c.agency()));
            reference.setValue(orEmpty(c.reference()));
            dpe.setValue(c.dpe());
            ges.setValue(c.ges());
            energyLow.setValue(c.energyCostLow());
            energyHigh.setValue(c.energyCostHigh());
            energyYear.setValue(c.energyYear());
            fees.setValue(c.feesPaidBy());
            beforeFees.setValue(c.priceBeforeFees() == null ? null : c.priceBeforeFees().intValue());
            beforeFees.setVisible(c.feesPaidBy() == Storyboard.FeesPaidBy.BUYER);
        } finally {
            filling = false;
        }
    }

    private Storyboard.Opening opening() {
        return new Storyboard.Opening(orNull(title), orNull(town), price.getValue() == null ? null : price.getValue().longValue(),
                surface.getValue(), rooms.getValue(), bedrooms.getValue());
    }

    private Storyboard.Closing closing() {
        return new Storyboard.Closing(orNull(agent), orNull(phone), orNull(email), orNull(agency), orNull(reference),
                dpe.getValue(), ges.getValue(), energyLow.getValue(), energyHigh.getValue(), energyYear.getValue(),
                fees.getValue() == null ? Storyboard.FeesPaidBy.SELLER : fees.getValue(),
                fees.getValue() == Storyboard.FeesPaidBy.BUYER && beforeFees.getValue() != null
                        ? Long.valueOf(beforeFees.getValue()) : null);
    }

    private TextField text(String labelKey) {
        var field = new TextField(getTranslation(labelKey));
        field.setMaxLength(Storyboard.LONGEST_FIELD);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setClearButtonVisible(true);
        return field;
    }

    private IntegerField number(String labelKey, @Nullable String unit) {
        var field = new IntegerField(getTranslation(labelKey));
        field.setMin(0);
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        if (unit != null) {
            field.setSuffixComponent(new com.vaadin.flow.component.html.Span(unit));
        }
        return field;
    }

    private Select<EnergyClass> energy(String labelKey) {
        var select = new Select<EnergyClass>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(EnergyClass.values());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("film.card.not-given"));
        select.setItemLabelGenerator(value -> value == null ? getTranslation("film.card.not-given") : value.name());
        return select;
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static @Nullable String orNull(TextField field) {
        return field.getValue().isBlank() ? null : field.getValue().strip();
    }
}
