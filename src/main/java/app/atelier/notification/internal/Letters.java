package app.atelier.notification.internal;

import app.atelier.account.MemberDirectory.Recipient;
import app.atelier.account.TeamLink;
import app.atelier.credits.CreditsProperties;
import app.atelier.shared.AtelierProperties;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.Language;
import app.atelier.shared.ProjectId;
import com.vaadin.flow.i18n.I18NProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Writes each e-mail Atelier sends, in its recipient's language, with links on the public address. */
@Component
public class Letters {

    private final I18NProvider translations;
    private final AtelierProperties atelier;
    private final CreditsProperties credits;

    Letters(I18NProvider translations, AtelierProperties atelier, CreditsProperties credits) {
        this.translations = translations;
        this.atelier = atelier;
        this.credits = credits;
    }

    /** An invitation or a new-password link, for whoever it was made for. */
    public Letter link(TeamLink link) {
        var say = in(link.language());
        var until = say.dateTime(link.expiresAt());
        var url = url(link.path());
        var footer = say.t("mail.footer.link", link.teamName());
        if (link.invitation()) {
            return new Letter("invitation", link.email(), link.language(), say.t("mail.invitation.subject", link.madeBy(), link.teamName()),
                    List.of(say.t("mail.invitation.body", link.madeBy(), link.teamName(), say.t(link.role().labelKey())),
                            say.t("mail.invitation.how", until)),
                    say.action("mail.invitation.action", url), footer);
        }
        return new Letter("new-password", link.email(), link.language(), say.t("mail.reset.subject"),
                List.of(say.t("mail.reset.body", String.valueOf(link.name()), link.madeBy(), link.email()),
                        say.t("mail.reset.how", until), say.t("mail.reset.not-you")),
                say.action("mail.reset.action", url), footer);
    }

    /** What a generation is, in the reader's words: its kind, the provider, the project. */
    public record Ended(ProjectId projectId, String projectName, String kindKey, String providerKey, boolean succeeded,
                        String failureKey, int refunded, CreditCurrency currency, Duration took) {
    }

    public Letter generationEnded(Recipient to, Ended ended) {
        var say = in(to.language());
        var kind = say.t(ended.kindKey());
        var provider = say.t(ended.providerKey());
        var minutes = Math.max(1, ended.took().toMinutes());
        var paragraphs = new ArrayList<String>();
        String subject;
        if (ended.succeeded()) {
            subject = say.t("mail.generation.ready.subject", kind, ended.projectName());
            paragraphs.add(say.t("mail.generation.ready.body", kind, provider, ended.projectName(), minutes));
        } else {
            subject = say.t("mail.generation.failed.subject", kind, ended.projectName());
            paragraphs.add(say.t("mail.generation.failed.body", kind, provider, ended.projectName(), say.t(ended.failureKey())));
            if (ended.refunded() > 0) {
                paragraphs.add(say.t("mail.generation.refunded", ended.refunded(), say.currency(ended.currency(), ended.refunded())));
            }
        }
        return new Letter(ended.succeeded() ? "generation-ready" : "generation-failed", to.email(), to.language(), subject,
                paragraphs, say.action("mail.generation.action", url("projects/" + ended.projectId())),
                say.t("mail.footer.notification", url("settings")));
    }

    public Letter memberRunningLow(Recipient to, String memberName, CreditCurrency currency, int available, int threshold) {
        var say = in(to.language());
        var unit = say.currency(currency, available);
        return new Letter("low-balance", to.email(), to.language(), say.t("mail.low.member.subject", memberName, available, unit),
                List.of(say.t("mail.low.member.body", memberName, available, unit, to.teamName(), threshold)),
                say.action("mail.low.action.team", url("team")), say.t("mail.footer.notification", url("settings")));
    }

    public Letter vendorRunningLow(Recipient to, String vendorName, long remaining, String unitKey, long threshold) {
        var say = in(to.language());
        var unit = say.t(unitKey);
        return new Letter("low-balance", to.email(), to.language(), say.t("mail.low.vendor.subject", vendorName, remaining, unit),
                List.of(say.t("mail.low.vendor.body", vendorName, remaining, unit, threshold)),
                say.action("mail.low.action.credits", url("credits")), say.t("mail.footer.notification", url("settings")));
    }

    public Letter keyRefused(Recipient to, String providerNameKey) {
        var say = in(to.language());
        var provider = say.t(providerNameKey);
        return new Letter("key-refused", to.email(), to.language(), say.t("mail.key-refused.subject", provider),
                List.of(say.t("mail.key-refused.body", provider, to.teamName()), say.t("mail.key-refused.after")),
                say.action("mail.key-refused.action", url("team")), say.t("mail.footer.admin", to.teamName()));
    }

    public Letter webhookGivenUp(Recipient to, UUID generationId, String keyName, String webhook, int attempts,
                                 String lastAnswer) {
        var say = in(to.language());
        return new Letter("webhook-given-up", to.email(), to.language(), say.t("mail.webhook.subject", keyName),
                List.of(say.t("mail.webhook.body", generationId, webhook, attempts, lastAnswer),
                        say.t("mail.webhook.after", generationId)),
                say.action("mail.webhook.action", url("api-keys")), say.t("mail.footer.notification", url("settings")));
    }

    /** What the last attempt of a webhook came to, in words. */
    public String answer(Language language, @Nullable Integer status, @Nullable String error) {
        var say = in(language);
        return status != null ? say.t("mail.webhook.status", status) : say.t("mail.webhook.no-answer", error == null ? "" : error);
    }

    public Letter test(Recipient to) {
        var say = in(to.language());
        return new Letter("test", to.email(), to.language(), say.t("mail.test.subject"),
                List.of(say.t("mail.test.body", atelier.publicBase(), to.teamName())),
                say.action("mail.test.action", url("settings")), say.t("mail.footer.test", to.name()));
    }

    private String url(String path) {
        return atelier.publicBase() + "/" + path;
    }

    private Say in(Language language) {
        return new Say(language);
    }

    /** Translations in one language. */
    private final class Say {

        private final Language language;

        Say(Language language) {
            this.language = language;
        }

        String t(String key, Object... arguments) {
            return translations.getTranslation(key, language.locale(), arguments);
        }

        String currency(CreditCurrency currency, int count) {
            return t(currency == CreditCurrency.VIDEO ? "credits.currency.video" : "credits.currency.photo", count);
        }

        String dateTime(Instant instant) {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(language.locale())
                    .format(instant.atZone(credits.zone()));
        }

        Letter.Action action(String labelKey, String url) {
            return new Letter.Action(t(labelKey), url, t("mail.button.fallback"));
        }
    }
}
