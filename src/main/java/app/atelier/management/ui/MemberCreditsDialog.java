package app.atelier.management.ui;

import app.atelier.account.TeamMate;
import app.atelier.credits.Adjustment;
import app.atelier.credits.Credits;
import app.atelier.shared.CreditCurrency;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import java.util.EnumMap;
import java.util.Map;

/**
 * One member's credits: what they have, credits given or taken back (with the reason, which the
 * ledger keeps with the admin's name), and their monthly allowance per currency.
 */
class MemberCreditsDialog extends Dialog {

    private final Credits credits;
    private final TeamMate mate;
    private final Runnable changed;
    final Paragraph balances = new Paragraph();
    final RadioButtonGroup<CreditCurrency> currency = new RadioButtonGroup<>();
    final IntegerField amount = new IntegerField();
    final TextField reason = new TextField();
    final Button give = new Button();
    final Button takeBack = new Button();
    final Map<CreditCurrency, IntegerField> monthly = new EnumMap<>(CreditCurrency.class);
    final Button saveAllowances = new Button();

    MemberCreditsDialog(Credits credits, TeamMate mate, Runnable changed) {
        this.credits = credits;
        this.mate = mate;
        this.changed = changed;
        setHeaderTitle(getTranslation("team.credits.title", mate.name()));
        addClassName("member-credits-dialog");
        balances.addClassName("member-balances");
        showBalances();

        var adjust = adjustForm();
        var adjustButtons = new Div(give, takeBack);
        adjustButtons.addClassName("dialog-buttons");
        var allowanceHint = new Paragraph(getTranslation("team.allowance.text"));
        allowanceHint.addClassName("hint");
        add(balances, new H3(getTranslation("team.credits.adjust")), adjust, adjustButtons,
                new H3(getTranslation("team.allowance")), allowanceHint, allowanceForm(), saveAllowances);
        getFooter().add(new Button(getTranslation("share.close"), click -> close()));
    }

    /** Credits given or taken back, with a reason the ledger keeps. */
    private FormLayout adjustForm() {
        currency.setLabel(getTranslation("team.credits.currency"));
        currency.setItems(CreditCurrency.values());
        currency.setItemLabelGenerator(value -> getTranslation(value == CreditCurrency.VIDEO ? "credits.video" : "credits.photo"));
        currency.setValue(CreditCurrency.VIDEO);
        amount.setLabel(getTranslation("team.credits.amount"));
        amount.setMin(1);
        amount.setMax(Credits.MAX_CHANGE);
        amount.setStepButtonsVisible(true);
        amount.setValue(5);
        reason.setLabel(getTranslation("team.credits.reason"));
        reason.setPlaceholder(getTranslation("team.credits.reason.placeholder"));
        reason.setMaxLength(Credits.MAX_REASON_LENGTH);
        reason.setRequiredIndicatorVisible(true);
        reason.setManualValidation(true);
        reason.addValueChangeListener(change -> reason.setInvalid(false));
        give.setText(getTranslation("team.credits.give"));
        give.addThemeVariants(ButtonVariant.PRIMARY);
        give.addClassName("give-credits");
        give.addClickListener(click -> adjust(1));
        takeBack.setText(getTranslation("team.credits.take-back"));
        takeBack.addClassName("take-back-credits");
        takeBack.addClickListener(click -> adjust(-1));
        var adjust = new FormLayout(currency, amount, reason);
        adjust.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        adjust.setColspan(reason, 2);
        return adjust;
    }

    /** The credits the member gets at the start of each month, per currency. */
    private FormLayout allowanceForm() {
        for (var each : CreditCurrency.values()) {
            var field = new IntegerField(getTranslation(each == CreditCurrency.VIDEO ? "credits.video" : "credits.photo"));
            field.setMin(0);
            field.setMax(Credits.MAX_CHANGE);
            field.setHelperText(getTranslation("team.allowance.hint"));
            field.addClassName("allowance-" + each.name().toLowerCase(java.util.Locale.ROOT));
            monthly.put(each, field);
        }
        credits.allowances().stream().filter(allowance -> allowance.memberId().equals(mate.id()))
                .forEach(allowance -> monthly.get(allowance.currency()).setValue(allowance.monthly()));
        saveAllowances.setText(getTranslation("team.allowance.save"));
        saveAllowances.addClassName("save-allowance");
        saveAllowances.addClickListener(click -> saveAllowances());
        var allowanceForm = new FormLayout(monthly.get(CreditCurrency.VIDEO), monthly.get(CreditCurrency.PHOTO));
        allowanceForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        return allowanceForm;
    }

    private void showBalances() {
        var now = credits.of(mate.id());
        int video = now.map(balances -> balances.video().available()).orElse(0);
        int photo = now.map(balances -> balances.photo().available()).orElse(0);
        balances.setText(getTranslation("team.credits.now", TeamView.count(this, video, CreditCurrency.VIDEO),
                TeamView.count(this, photo, CreditCurrency.PHOTO)));
    }

    private void adjust(int sign) {
        var value = amount.getValue();
        if (value == null || value <= 0) {
            amount.setErrorMessage(getTranslation("credits.adjust.error.amount"));
            amount.setInvalid(true);
            return;
        }
        switch (credits.adjust(mate.id(), currency.getValue(), sign * value, reason.getValue())) {
            case Adjustment.Done done -> {
                Notification.show(getTranslation(sign > 0 ? "team.credits.given" : "team.credits.taken",
                        TeamView.count(this, value, currency.getValue()), mate.name()), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.SUCCESS);
                reason.clear();
                showBalances();
                changed.run();
            }
            case Adjustment.Refused refused -> {
                var field = refused.messageKey().startsWith("credits.adjust.error.reason") ? reason : amount;
                field.setErrorMessage(getTranslation(refused.messageKey(), refused.available()));
                field.setInvalid(true);
            }
        }
    }

    private void saveAllowances() {
        for (var entry : monthly.entrySet()) {
            var value = entry.getValue().getValue();
            var result = credits.setAllowance(mate.id(), entry.getKey(), value == null ? 0 : value);
            if (result instanceof Adjustment.Refused refused) {
                entry.getValue().setErrorMessage(getTranslation(refused.messageKey(), refused.available()));
                entry.getValue().setInvalid(true);
                return;
            }
        }
        Notification.show(getTranslation("team.allowance.saved", mate.name()), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.SUCCESS);
        showBalances();
        changed.run();
    }
}
