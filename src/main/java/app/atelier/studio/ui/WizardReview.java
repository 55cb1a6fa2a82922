package app.atelier.studio.ui;

import app.atelier.generation.GenerationRequest;
import app.atelier.generation.GenerationRequests;
import app.atelier.generation.Quote;
import app.atelier.generation.SubmitResult;
import app.atelier.media.PhotoPreflight;
import app.atelier.provider.OptionSpec;
import app.atelier.provider.Provider;
import app.atelier.ui.Formats;
import app.atelier.ui.UploadTexts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The wizard's last step: what will be made, by whom, what will be done to the photos so that the
 * provider takes them, what is still missing, what it costs and what is left; then "Générer".
 */
class WizardReview extends Composite<Div> {

    final Paragraph summary = new Paragraph();
    final Paragraph engine = new Paragraph();
    final Div photoChanges = new Div();
    final Paragraph cost = new Paragraph();
    final Paragraph unreachable = new Paragraph();
    final Button generate = new Button();
    private final GenerationRequests requests;
    private String preflightKey = "";
    private List<PhotoPreflight> preflight = List.of();

    WizardReview(GenerationRequests requests, Runnable submit) {
        this.requests = requests;
        summary.addClassName("wizard-summary");
        engine.addClassName("wizard-engine");
        photoChanges.addClassName("wizard-photo-changes");
        photoChanges.getElement().setAttribute("role", "note");
        cost.addClassName("wizard-cost");
        cost.getElement().setAttribute("aria-live", "polite");
        generate.setText(getTranslation("wizard.generate"));
        generate.setIcon(new Icon(VaadinIcon.MAGIC));
        generate.addThemeVariants(ButtonVariant.PRIMARY);
        generate.addClassName("wizard-generate");
        generate.setDisableOnClick(true);
        generate.addClickListener(click -> submit.run());
        unreachable.addClassName("wizard-warning");
        unreachable.getElement().setAttribute("role", "note");
        unreachable.setVisible(false);
        getContent().add(summary, engine, photoChanges, cost, unreachable, generate);
        getContent().addClassName("wizard-review");
    }

    /** Says what {@code request} would do with these settings, and whether it can be sent. */
    void show(Optional<GenerationRequest> request, @Nullable Provider provider, boolean makesImages, OptionFields settings) {
        cost.removeClassName("error");
        photoChanges.removeAll();
        unreachable.setVisible(false);
        engine.setText("");
        if (request.isEmpty() || request.get().photoIds().isEmpty() || provider == null) {
            summary.setText(getTranslation(provider == null ? "wizard.settings.no-provider" : "wizard.review.incomplete"));
            cost.setText("");
            generate.setEnabled(false);
            return;
        }
        summarize(request.get().photoIds().size(), provider, makesImages, settings);
        var quote = requests.quote(request.get()).orElseThrow();
        var photos = preflight(provider, request.get().photoIds());
        photos.stream().filter(photo -> !photo.unchanged())
                .forEach(photo -> photoChanges.add(new Paragraph(preflightText(photo, provider))));
        // the member may still go on: a vendor on the same network can reach us
        unreachable.setText(quote.unreachable() ? getTranslation("wizard.unreachable") : "");
        unreachable.setVisible(quote.unreachable());
        var missing = missing(provider, settings);
        if (!missing.isEmpty()) {
            cost.setText(String.join(" ", missing));
            cost.addClassName("error");
            generate.setEnabled(false);
            return;
        }
        boolean photosFit = photos.stream().allMatch(PhotoPreflight::fits);
        cost.setText(photosFit ? costText(this, quote) : getTranslation("generation.error.photo-cannot-fit"));
        boolean possible = quote.affordable() && photosFit;
        if (!possible) {
            cost.addClassName("error");
        }
        generate.setEnabled(possible);
    }

    /** "3 videos · Zoom avant · 10 s", made by whom. */
    private void summarize(int count, Provider provider, boolean makesImages, OptionFields settings) {
        var choices = provider.capabilities().options().stream()
                .filter(option -> option.type() == OptionSpec.Type.CHOICE)
                .map(option -> settings.varies(option.key()) ? getTranslation("wizard.review.varies", getTranslation(option.labelKey()))
                        : settings.label(option.key(), settings.values().get(option.key())))
                .filter(label -> label != null && !label.isBlank())
                .toList();
        // "1 image", not "1 image ·" when nothing is chosen yet
        summary.setText(Stream.concat(Stream.of(getTranslation(makesImages ? "wizard.review.summary.image" : "wizard.review.summary",
                count)), choices.stream()).collect(Collectors.joining(" · ")));
        var name = getTranslation(provider.nameKey());
        engine.setText(provider.sandboxed() ? getTranslation("wizard.review.engine.sandbox", name, elided(name) ? 1 : 0, count)
                : getTranslation("wizard.review.engine", name, count));
    }

    /** Whether French elides "de" before the name ("d’IA Créa", "de Luma"). */
    private static boolean elided(String name) {
        var first = Normalizer.normalize(name.isEmpty() ? "x" : name.substring(0, 1), Normalizer.Form.NFD).charAt(0);
        return "aeiouyhAEIOUYH".indexOf(first) >= 0;
    }

    /** What the settings still lack, in sentences (the zone first, when one is drawn). */
    private List<String> missing(Provider provider, OptionFields settings) {
        var missing = new ArrayList<>(provider.capabilities().check(settings.values()).problems().entrySet().stream()
                // the zone is drawn in the editor, not chosen: its own check says what is missing
                .filter(problem -> !(settings.drawsMask() && problem.getKey().equals(OptionFields.MASK)))
                .filter(problem -> !settings.everyPhotoOwns(problem.getKey()))
                .map(problem -> getTranslation("wizard.review.problem", label(provider, problem.getKey()),
                        getTranslation(problem.getValue())))
                .toList());
        if (settings.drawsMask()) {
            var drawn = settings.maskEditor();
            drawn.flatMap(MaskEditor::problem).or(() -> drawn.isEmpty() ? Optional.of("wizard.mask.no-photo") : Optional.empty())
                    .ifPresent(problem -> missing.addFirst(getTranslation(problem)));
        }
        return missing;
    }

    /** Says why a submission was refused; an invalid one may be sent again once changed. */
    void refused(SubmitResult refusal, boolean mayRetry) {
        cost.setText(refusalText(this, refusal));
        cost.addClassName("error");
        generate.setEnabled(mayRetry);
    }

    /** The photos' preflight for the provider, asked again only when the provider or the photos change. */
    private List<PhotoPreflight> preflight(Provider chosen, List<UUID> photos) {
        var key = chosen.id() + photos;
        if (!key.equals(preflightKey)) {
            preflight = requests.preflight(chosen.id(), photos);
            preflightKey = key;
        }
        return preflight;
    }

    /** What will be done to a photo for the provider, or why it cannot be sent, in a sentence. */
    private String preflightText(PhotoPreflight photo, Provider chosen) {
        var name = getTranslation(chosen.nameKey());
        var input = chosen.capabilities().input();
        if (!photo.fits()) {
            return getTranslation("wizard.preflight.cannot-fit", photo.fileName(), name, input.minSide(), input.maxSide(),
                    Formats.size(photo.width(), photo.height(), getLocale()));
        }
        var changes = photo.changes().stream().map(change -> switch (change.kind()) {
            case ALPHA_FLATTENED -> getTranslation("wizard.preflight.flattened");
            case RESIZED -> getTranslation("wizard.preflight.resized", sizes(change.detail()));
            case CONVERTED_TO_JPEG -> getTranslation("wizard.preflight.converted", change.detail());
            case RECOMPRESSED -> getTranslation("wizard.preflight.compressed",
                    Formats.fileSize(input.maxBytes(), getLocale(), UploadTexts.unitsOf(this)));
        }).toList();
        return getTranslation("wizard.preflight.changes", photo.fileName(), name, String.join(", ", changes));
    }

    /** "2400x1600 -> 2000x1333" as "2 400 × 1 600 → 2 000 × 1 333". */
    private String sizes(String detail) {
        return Arrays.stream(detail.split(" -> "))
                .map(side -> side.split("x"))
                .map(side -> Formats.size(Integer.parseInt(side[0]), Integer.parseInt(side[1]), getLocale()))
                .reduce((from, to) -> from + " → " + to).orElse(detail);
    }

    private String label(Provider chosen, String key) {
        return chosen.capabilities().option(key).map(option -> getTranslation(option.labelKey())).orElse(key);
    }

    /** What a quote costs and leaves, in a sentence ("Cette génération utilisera 1 crédit … il vous en restera 9"). */
    static String costText(Component words, Quote quote) {
        var currency = words.getTranslation(quote.currency().labelKey(), quote.cost());
        if (quote.cost() == 0) {
            return words.getTranslation("wizard.cost.free", quote.generations());
        }
        if (!quote.affordable()) {
            return words.getTranslation("wizard.cost.short", quote.cost(), currency, quote.available());
        }
        return words.getTranslation("wizard.cost.spend", quote.generations(), quote.cost(), currency, quote.after());
    }

    /** Why a submission was refused, in a sentence or two. */
    static String refusalText(Component words, SubmitResult refusal) {
        return switch (refusal) {
            case SubmitResult.NotEnoughCredits refused -> words.getTranslation("wizard.cost.short", refused.needed(),
                    words.getTranslation(refused.currency().labelKey(), refused.needed()), refused.available());
            case SubmitResult.Invalid invalid -> invalid.problems().values().stream().map(words::getTranslation).distinct()
                    .reduce((first, second) -> first + " " + second).orElse("");
            case SubmitResult.Accepted accepted -> "";
        };
    }
}
