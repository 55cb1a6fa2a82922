package app.atelier.studio.ui;

import app.atelier.account.AccountService;
import app.atelier.generation.GenerationRequest;
import app.atelier.generation.GenerationRequests;
import app.atelier.generation.GenerationSummary;
import app.atelier.generation.SubmitResult;
import app.atelier.media.PhotoSummary;
import app.atelier.provider.Continuation;
import app.atelier.provider.OptionSpec;
import app.atelier.provider.Provider;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Asks for more of a finished generation: a variation of an exterior (another type, the same zone
 * or the zone edited in the mask editor), or an extension of a Luma video (what happens next). It
 * says what it costs before anything is spent; the new generation appears under its parent.
 */
class ContinueDialog extends Dialog {

    private static final String SAME_ZONE = "same";
    private static final String EDIT_ZONE = "edit";

    private final GenerationSummary parent;
    private final Provider provider;
    private final GenerationRequests requests;
    private final Runnable submitted;
    private final Div body = new Div();
    final Paragraph cost = new Paragraph();
    final Button generate = new Button();
    final RadioButtonGroup<String> type = new RadioButtonGroup<>();
    final RadioButtonGroup<String> zone = new RadioButtonGroup<>();
    final TextArea prompt = new TextArea();
    private final Div editorHolder = new Div();
    private @Nullable MaskEditor editor;

    ContinueDialog(GenerationSummary parent, PhotoSummary photo, Provider provider, GenerationRequests requests,
                   AccountService accounts, Runnable submitted) {
        this.parent = parent;
        this.provider = provider;
        this.requests = requests;
        this.submitted = submitted;
        boolean variation = provider.continuation() == Continuation.VARIATION;
        setHeaderTitle(getTranslation(variation ? "continue.variation.title" : "continue.extension.title"));
        addClassName("continue-dialog");
        body.addClassName("continue-body");
        if (variation) {
            variation(photo, accounts);
        } else {
            extension();
        }
        cost.addClassName("wizard-cost");
        cost.getElement().setAttribute("aria-live", "polite");
        body.add(cost);
        add(body);
        generate.setText(getTranslation(variation ? "continue.variation.submit" : "continue.extension.submit"));
        generate.setIcon(new Icon(VaadinIcon.MAGIC));
        generate.addThemeVariants(ButtonVariant.PRIMARY);
        generate.addClassName("continue-submit");
        generate.addClickListener(click -> submit());
        var close = new Button(getTranslation("continue.cancel"), click -> close());
        close.addThemeVariants(ButtonVariant.TERTIARY);
        getFooter().add(close, generate);
        setCloseOnEsc(true);
        refresh();
    }

    private void variation(PhotoSummary photo, AccountService accounts) {
        var option = provider.capabilities().option(OptionFields.EXTERIOR).orElseThrow();
        type.setLabel(getTranslation(option.labelKey()));
        type.setItems(option.values());
        type.setItemLabelGenerator(value -> option.choice(value).map(choice -> getTranslation(choice.labelKey())).orElse(value));
        type.setValue(parent.options().getOrDefault(OptionFields.EXTERIOR, option.values().getFirst()));
        type.addClassName("continue-type");
        type.addValueChangeListener(change -> refresh());
        zone.setLabel(getTranslation("continue.zone"));
        zone.setItems(SAME_ZONE, EDIT_ZONE);
        zone.setItemLabelGenerator(value -> getTranslation(SAME_ZONE.equals(value) ? "continue.zone.same" : "continue.zone.edit"));
        zone.setValue(SAME_ZONE);
        zone.addClassName("continue-zone");
        zone.addValueChangeListener(change -> {
            editorHolder.removeAll();
            editor = null;
            if (EDIT_ZONE.equals(change.getValue())) {
                editor = MaskEditors.over(photo, requests.mask(parent.id()).orElse(null), accounts);
                editor.addMaskChangedListener(changed -> refresh());
                editorHolder.add(editor);
                // its keys (B, E, P, L, X, Space…) work at once, without a click on the photo first
                editor.getElement().executeJs("requestAnimationFrame(() => this.focus({preventScroll: true}))");
                setWidth("min(96vw, 72rem)");
            }
            refresh();
        });
        editorHolder.addClassName("continue-editor");
        body.add(type, zone, editorHolder);
    }

    private void extension() {
        var option = provider.capabilities().option(OptionFields.PROMPT).orElseThrow();
        prompt.setLabel(getTranslation("continue.extension.prompt"));
        prompt.setHelperText(getTranslation("continue.extension.help"));
        prompt.setMaxLength(option.maxLength());
        prompt.setRequiredIndicatorVisible(true);
        prompt.setValueChangeMode(ValueChangeMode.EAGER);
        prompt.setWidthFull();
        prompt.addClassName("continue-prompt");
        prompt.addValueChangeListener(change -> refresh());
        body.add(prompt);
        setWidth("min(96vw, 36rem)");
    }

    private Map<String, String> options() {
        var options = new LinkedHashMap<String, String>();
        if (provider.continuation() == Continuation.VARIATION) {
            if (type.getValue() != null) {
                options.put(OptionFields.EXTERIOR, type.getValue());
            }
            var mask = parent.options().get(OptionFields.MASK);
            if (editor == null && mask != null) {
                options.put(OptionFields.MASK, mask);
            }
        } else {
            // what the video was made with, but its images (a last frame belongs to the first video)
            parent.options().forEach((key, value) -> provider.capabilities().option(key)
                    .filter(option -> option.type() != OptionSpec.Type.IMAGE)
                    .ifPresent(option -> options.put(key, value)));
            options.put(OptionFields.PROMPT, prompt.getValue().strip());
        }
        return options;
    }

    private GenerationRequest request() {
        return new GenerationRequest(parent.projectId(), List.of(parent.photoId()), provider.id(), parent.kind(), options(),
                parent.id());
    }

    private Optional<String> problem() {
        if (editor != null) {
            return editor.problem();
        }
        if (provider.continuation() == Continuation.EXTENSION && prompt.getValue().isBlank()) {
            return Optional.of("continue.extension.required");
        }
        return Optional.empty();
    }

    private void refresh() {
        cost.removeClassName("error");
        var problem = problem();
        if (problem.isPresent()) {
            cost.setText(getTranslation(problem.get()));
            cost.addClassName("error");
            generate.setEnabled(false);
            return;
        }
        var quote = requests.quote(request()).orElseThrow();
        cost.setText(WizardReview.costText(this, quote));
        if (!quote.affordable()) {
            cost.addClassName("error");
        }
        generate.setEnabled(quote.affordable());
    }

    private void submit() {
        if (problem().isPresent()) {
            refresh();
            return;
        }
        if (editor != null) {
            SmallZone.confirmed(editor, this::send, () -> generate.setEnabled(true));
        } else {
            send();
        }
    }

    private void send() {
        var result = editor == null ? requests.submit(request()) : requests.submit(request(), editor.getMaskImage());
        switch (result) {
            case SubmitResult.Accepted accepted -> {
                Notification.show(getTranslation("continue.submitted"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.SUCCESS);
                close();
                submitted.run();
            }
            case SubmitResult.NotEnoughCredits refused -> {
                cost.setText(WizardReview.refusalText(this, refused));
                cost.addClassName("error");
                generate.setEnabled(false);
            }
            case SubmitResult.Invalid invalid -> {
                cost.setText(WizardReview.refusalText(this, invalid));
                cost.addClassName("error");
            }
        }
    }

    /** Opens it with Enter bound to the main action when the prompt is not being typed in. */
    void show() {
        open();
        generate.addClickShortcut(Key.ENTER).listenOn(type, zone);
    }
}
