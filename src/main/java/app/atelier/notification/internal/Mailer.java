package app.atelier.notification.internal;

import app.atelier.notification.AtelierMailProperties;
import app.atelier.notification.MailOutcome;
import app.atelier.shared.AtelierProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sends letters through the SMTP server {@code spring.mail.*} names, one at a time on a thread of its
 * own (never on a member's request), and runs the notifications' own checks on that thread too. A
 * notification the server does not take is tried again after {@code atelier.mail.retry-waits}; a
 * link is tried once, and the admin who made it is told. With no server set up, nothing is sent.
 * Counted as {@code atelier.mails} by kind and outcome.
 */
@Component
public class Mailer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final AtelierMailProperties settings;
    private final String from;
    private final MeterRegistry meters;
    private volatile @Nullable ScheduledExecutorService executor;

    Mailer(ObjectProvider<JavaMailSender> sender, AtelierMailProperties settings,
           ObjectProvider<MailProperties> smtp, AtelierProperties atelier, MeterRegistry meters) {
        this.sender = sender;
        this.settings = settings;
        this.meters = meters;
        var username = smtp.getIfAvailable() == null ? null : smtp.getIfAvailable().getUsername();
        this.from = settings.from() != null && !settings.from().isBlank() ? settings.from()
                : username != null && username.contains("@") ? "Atelier <" + username + ">"
                : "Atelier <no-reply@" + atelier.publicUrl().getHost() + ">";
    }

    /** Whether an SMTP server is set up. */
    public boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    /** Sends {@code letter} off the caller's thread; {@code retried}: tried again while the server does not take it. */
    public CompletableFuture<MailOutcome> send(Letter letter, boolean retried) {
        var outcome = new CompletableFuture<MailOutcome>();
        if (!enabled()) {
            outcome.complete(new MailOutcome.Off());
            return outcome;
        }
        if (!later(() -> attempt(letter, retried ? 0 : settings.retryWaits().size(), outcome))) {
            outcome.complete(new MailOutcome.Failed(letter.to(), "Atelier is stopping"));
        }
        return outcome;
    }

    /** Sends now, on the caller's thread, once (a test e-mail an admin is waiting for). */
    public MailOutcome sendNow(Letter letter) {
        var mail = sender.getIfAvailable();
        if (mail == null) {
            return new MailOutcome.Off();
        }
        return deliver(mail, letter);
    }

    /** Runs {@code work} on the mail thread; false when Atelier is stopping. */
    public boolean later(Runnable work) {
        var running = executor;
        if (running == null) {
            return false;
        }
        try {
            running.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException broken) {
                    log.warn("An e-mail notification failed", broken);
                }
            });
            return true;
        } catch (RejectedExecutionException stopping) {
            return false;
        }
    }

    private void attempt(Letter letter, int tries, CompletableFuture<MailOutcome> outcome) {
        var mail = sender.getIfAvailable();
        if (mail == null) {
            outcome.complete(new MailOutcome.Off());
            return;
        }
        var result = deliver(mail, letter);
        var running = executor;
        if (result instanceof MailOutcome.Failed && tries < settings.retryWaits().size() && running != null) {
            var wait = settings.retryWaits().get(tries);
            log.info("The {} e-mail will be tried again in {}", letter.kind(), wait);
            try {
                running.schedule(() -> attempt(letter, tries + 1, outcome), wait.toMillis(), TimeUnit.MILLISECONDS);
                return;
            } catch (RejectedExecutionException stopping) {
                log.warn("Atelier is stopping: the {} e-mail to {} is given up", letter.kind(), letter.to());
            }
        }
        outcome.complete(result);
    }

    private MailOutcome deliver(JavaMailSender mail, Letter letter) {
        try {
            var message = mail.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(address(from));
            helper.setTo(letter.to());
            helper.setSubject(letter.subject());
            helper.setText(letter.text(), letter.html());
            message.setHeader("Auto-Submitted", "auto-generated");
            message.setHeader("Content-Language", letter.language().code());
            mail.send(message);
            count(letter, "sent");
            log.info("Sent the {} e-mail to {}", letter.kind(), letter.to());
            return new MailOutcome.Sent(letter.to());
        } catch (MailException | MessagingException | UnsupportedEncodingException failed) {
            count(letter, "failed");
            var reason = reason(failed);
            log.warn("The {} e-mail to {} was not sent: {}", letter.kind(), letter.to(), reason);
            return new MailOutcome.Failed(letter.to(), reason);
        }
    }

    private static InternetAddress address(String written) throws AddressException, UnsupportedEncodingException {
        var parsed = InternetAddress.parse(written, false)[0];
        return parsed.getPersonal() == null ? parsed : new InternetAddress(parsed.getAddress(), parsed.getPersonal(),
                StandardCharsets.UTF_8.name());
    }

    /** The innermost message: the SMTP server's own words ("Connection refused", "554 5.7.1 Relay denied"). */
    private static String reason(Throwable failed) {
        var cause = failed;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        var message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().strip();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    private void count(Letter letter, String outcome) {
        Counter.builder("atelier.mails").description("E-mails handed to the SMTP server, or not")
                .tag("kind", letter.kind()).tag("outcome", outcome).register(meters).increment();
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("mail").factory());
    }

    @Override
    public void stop() {
        var running = executor;
        executor = null;
        if (running != null) {
            int dropped = running.shutdownNow().size();
            if (dropped > 0) {
                log.warn("Atelier is stopping: {} e-mail notifications were not sent", dropped);
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
