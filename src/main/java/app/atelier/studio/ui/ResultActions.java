package app.atelier.studio.ui;

import app.atelier.film.Films;
import app.atelier.provider.GenerationKind;
import app.atelier.render.VideoFormat;
import app.atelier.shared.Language;
import com.vaadin.flow.router.RouteParameters;
import app.atelier.account.AccountService;
import app.atelier.generation.GenerationRequests;
import app.atelier.generation.GenerationSummary;
import app.atelier.generation.Generations;
import app.atelier.generation.SubmitResult;
import app.atelier.project.DeleteOutcome;
import app.atelier.provider.Providers;
import app.atelier.shared.GenerationId;
import app.atelier.sharing.Shares;
import app.atelier.ui.ConfirmDeletion;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.QueryParameters;

import java.util.HashMap;
import java.util.List;

/** What the cards of a project's page do when a member acts on one: asked of the services, said in a notice. */
final class ResultActions implements CardActions {

    private final ProjectResults results;
    private final Generations generations;
    private final GenerationRequests requests;
    private final Shares shares;
    private final Providers providers;
    private final AccountService accounts;
    private final Films films;

    ResultActions(ProjectResults results, Generations generations, GenerationRequests requests, Shares shares,
                  Providers providers, AccountService accounts, Films films) {
        this.films = films;
        this.results = results;
        this.generations = generations;
        this.requests = requests;
        this.shares = shares;
        this.providers = providers;
        this.accounts = accounts;
    }

    @Override
    public void cancel(GenerationId generation) {
        var refusal = switch (generations.cancel(generation)) {
            case CANCELLED -> null;
            case NOT_CANCELLABLE -> "generation.cancel.not_cancellable";
            case ALREADY_ENDED -> "generation.cancel.already_ended";
            case NOT_YOURS -> "generation.cancel.not_yours";
            case NOT_FOUND -> "generation.cancel.not_found";
        };
        if (refusal != null) {
            Notification.show(results.getTranslation(refusal), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.WARNING);
        }
        results.refresh();
    }

    @Override
    public void retry(GenerationId generation) {
        switch (requests.retry(generation)) {
            case SubmitResult.Accepted accepted -> Notification.show(results.getTranslation("generation.retried"), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
            case SubmitResult.NotEnoughCredits refused -> Notification.show(results.getTranslation("generation.error.credits",
                            refused.needed(), refused.available(),
                            results.getTranslation(refused.currency().labelKey(), refused.needed())),
                    6000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.ERROR);
            case SubmitResult.Invalid invalid -> Notification.show(results.getTranslation("generation.error.cannot-retry"),
                    5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.ERROR);
        }
        results.refresh();
    }

    /** Asks for a variation or an extension of a finished generation. */
    @Override
    public void carryOn(GenerationSummary generation) {
        var photo = results.details().photos().stream().filter(found -> found.id().equals(generation.photoId())).findFirst();
        var provider = providers.find(generation.providerId());
        if (photo.isEmpty() || provider.isEmpty()) {
            Notification.show(results.getTranslation("generation.error.cannot-continue"), 5000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.ERROR);
            return;
        }
        new ContinueDialog(generation, photo.get(), provider.get(), requests, accounts, results::refresh).show();
    }

    @Override
    public void again(GenerationSummary generation) {
        again(generation, false);
    }

    @Override
    public void elsewhere(GenerationSummary generation) {
        again(generation, true);
    }

    /**
     * The wizard filled in as a generation was; with another provider of its kind when {@code elsewhere}.
     * A film is made again from its editor.
     */
    private void again(GenerationSummary generation, boolean elsewhere) {
        if (generation.kind() == GenerationKind.FILM) {
            results.getUI().ifPresent(ui -> ui.navigate(FilmView.class,
                    new RouteParameters(ProjectView.PROJECT, generation.projectId().toString())));
            return;
        }
        var parameters = new HashMap<String, String>();
        parameters.put(NewGenerationView.FROM, generation.id().toString());
        if (elsewhere) {
            parameters.put(NewGenerationView.ELSEWHERE, "1");
        }
        results.getUI().ifPresent(ui -> ui.navigate(NewGenerationView.class, QueryParameters.simple(parameters)));
    }

    @Override
    public void filmIn(GenerationSummary film, VideoFormat format) {
        switch (films.make(film.projectId(), format, Language.of(results.getUI().map(ui -> ui.getLocale()).orElse(java.util.Locale.FRENCH)))) {
            case SubmitResult.Accepted accepted -> Notification.show(results.getTranslation("film.made"), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
            case SubmitResult.Invalid invalid -> Notification.show(WizardReview.refusalText(results, invalid), 6000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.ERROR);
            case SubmitResult.NotEnoughCredits refused -> Notification.show(WizardReview.refusalText(results, refused), 6000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.ERROR);
        }
        results.refresh();
    }

    @Override
    public boolean hasElsewhere(GenerationSummary generation) {
        return providers.offering(generation.kind()).stream()
                .anyMatch(provider -> provider.available() && !provider.id().equals(generation.providerId()));
    }

    @Override
    public void delete(GenerationSummary generation) {
        var effect = GenerationCard.effect(results, generation);
        new ConfirmDeletion(results.getTranslation("generation.delete.title", effect),
                results.getTranslation("generation.delete.text"), () -> {
            notify(generations.delete(generation.id()));
            results.refresh();
        }).open();
    }

    @Override
    public void share(GenerationSummary generation) {
        share(List.of(generation));
    }

    /** Opens the dialog that makes a share link for these results. */
    void share(List<GenerationSummary> chosen) {
        if (!chosen.isEmpty()) {
            new ShareDialog(results.details().project(), chosen, chosen.stream().anyMatch(results::labelled), shares).open();
        }
    }

    @Override
    public boolean selected(GenerationId generation) {
        return results.selected(generation);
    }

    @Override
    public void select(GenerationId generation, boolean chosen) {
        results.select(generation, chosen);
    }

    @Override
    public boolean labelled(GenerationSummary generation) {
        return results.labelled(generation);
    }

    @Override
    public void label(GenerationId generation, boolean labelled) {
        results.label(generation, labelled);
    }

    /** Says how a deletion went. */
    static void notify(DeleteOutcome outcome) {
        var shown = Notification.show(UI.getCurrent().getTranslation(outcome.messageKey()), 5000,
                Notification.Position.BOTTOM_START);
        shown.addThemeVariants(outcome == DeleteOutcome.DELETED ? NotificationVariant.SUCCESS : NotificationVariant.WARNING);
    }
}
