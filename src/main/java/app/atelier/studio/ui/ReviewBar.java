package app.atelier.studio.ui;

import app.atelier.generation.GenerationState;
import app.atelier.generation.GenerationSummary;
import app.atelier.generation.Review;
import app.atelier.generation.ReviewComment;
import app.atelier.generation.ReviewOutcome;
import app.atelier.generation.Reviews;
import app.atelier.generation.Verdict;
import app.atelier.ui.Formats;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * The review of one result: approve or reject it (pressed again, the verdict is taken back), with
 * whatever is typed in the comment box going with the verdict; and its thread of comments, read when
 * opened and kept up to date while others write (the text being typed stays as it is). The thread
 * and its comment box are made when first opened: a page of results carries only their summaries.
 */
class ReviewBar extends Div {

    private final Reviews reviews;
    private GenerationSummary generation;
    private final Button approve = new Button();
    private final Button reject = new Button();
    private @Nullable Div verdictLine;
    private final Details thread = new Details();
    private final Text threadSummary = new Text("");
    private final Div lines = new Div();
    private @Nullable TextArea comment;

    ReviewBar(GenerationSummary generation, Reviews reviews) {
        this.generation = generation;
        this.reviews = reviews;
        addClassName("review-bar");
        if (generation.state() == GenerationState.SUCCEEDED) {
            approve.setText(getTranslation("review.approve"));
            approve.setIcon(new Icon(VaadinIcon.THUMBS_UP_O));
            approve.addClassName("approve-result");
            approve.addClickListener(click -> judge(Verdict.APPROVED));
            reject.setText(getTranslation("review.reject"));
            reject.setIcon(new Icon(VaadinIcon.THUMBS_DOWN_O));
            reject.addClassName("reject-result");
            reject.addClickListener(click -> judge(Verdict.REJECTED));
            approve.addThemeVariants(ButtonVariant.SMALL);
            reject.addThemeVariants(ButtonVariant.SMALL);
            // on a phone the buttons show their icon alone (and say their name to assistive technology)
            approve.setAriaLabel(getTranslation("review.approve"));
            reject.setAriaLabel(getTranslation("review.reject"));
            add(approve, reject);
        }
        thread.setSummary(threadSummary);
        thread.addClassName("review-thread-panel");
        thread.addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                if (comment == null) {
                    thread.add(lines, commentBox());
                }
                readThread();
            }
        });
        add(thread);
        show();
    }

    private Div commentBox() {
        lines.addClassName("review-thread");
        var text = new TextArea();
        text.setLabel(getTranslation("review.comment.label"));
        text.setPlaceholder(getTranslation("review.comment.placeholder"));
        text.setMaxLength(Reviews.MAX_COMMENT);
        text.addClassName("review-comment");
        var send = new Button(getTranslation("review.comment.send"));
        send.addThemeVariants(ButtonVariant.SMALL);
        send.addClassName("send-comment");
        send.addClickListener(click -> say());
        send.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(text);
        comment = text;
        var box = new Div(text, send);
        box.addClassName("review-comment-box");
        return box;
    }

    /** The comment box, once the thread was opened. */
    TextArea comment() {
        return Objects.requireNonNull(comment, "the thread was never opened");
    }

    private String typed() {
        return comment == null ? "" : comment.getValue();
    }

    /** Someone (perhaps this member, perhaps another) reviewed or commented: show it. */
    void changed(GenerationSummary updated) {
        generation = updated;
        show();
        if (thread.isOpened()) {
            readThread();
        }
    }

    private void show() {
        var review = generation.review();
        approve.getElement().setAttribute("aria-pressed", String.valueOf(review != null && review.verdict() == Verdict.APPROVED));
        reject.getElement().setAttribute("aria-pressed", String.valueOf(review != null && review.verdict() == Verdict.REJECTED));
        approve.removeThemeVariants(ButtonVariant.SUCCESS, ButtonVariant.PRIMARY);
        reject.removeThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        if (review != null && review.verdict() == Verdict.APPROVED) {
            approve.addThemeVariants(ButtonVariant.SUCCESS, ButtonVariant.PRIMARY);
        } else if (review != null) {
            reject.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        }
        // a title rather than a tooltip component: a page of cards keeps two fewer nodes per card
        approve.getElement().setAttribute("title",
                getTranslation(review != null && review.verdict() == Verdict.APPROVED ? "review.withdraw" : "review.approve.hint"));
        reject.getElement().setAttribute("title",
                getTranslation(review != null && review.verdict() == Verdict.REJECTED ? "review.withdraw" : "review.reject.hint"));
        showVerdict(review);
        threadSummary.setText(generation.comments() == 0 ? getTranslation("review.thread")
                : getTranslation("review.thread.count", generation.comments()));
    }

    /** Who approved or rejected it and when; nothing at all while there is no verdict. */
    private void showVerdict(@Nullable Review review) {
        if (review == null) {
            if (verdictLine != null) {
                remove(verdictLine);
                verdictLine = null;
            }
            return;
        }
        if (verdictLine == null) {
            verdictLine = new Div();
            verdictLine.addClassName("review-verdict");
            verdictLine.getElement().setAttribute("aria-live", "polite");
            addComponentAtIndex(indexOf(thread), verdictLine);
        }
        verdictLine.setText(getTranslation(review.verdict() == Verdict.APPROVED ? "review.approved-by" : "review.rejected-by",
                review.memberName(), Formats.dateTime(review.at(), getLocale())));
    }

    private void judge(Verdict verdict) {
        var current = generation.review();
        @Nullable Verdict wanted = current != null && current.verdict() == verdict ? null : verdict;
        outcome(reviews.judge(generation.id(), wanted, typed()));
    }

    private void say() {
        outcome(reviews.comment(generation.id(), typed()));
    }

    private void outcome(ReviewOutcome outcome) {
        if (outcome == ReviewOutcome.DONE) {
            if (comment != null) {
                comment.clear();
                comment.setInvalid(false);
            }
            return;
        }
        if (comment != null && (outcome == ReviewOutcome.EMPTY || outcome == ReviewOutcome.TOO_LONG)) {
            comment.setErrorMessage(getTranslation(outcome.messageKey(), Reviews.MAX_COMMENT));
            comment.setInvalid(true);
            comment.focus();
            return;
        }
        Notification.show(getTranslation(outcome.messageKey()), 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.WARNING);
    }

    private void readThread() {
        lines.removeAll();
        var said = reviews.thread(generation.id());
        if (said.isEmpty()) {
            var none = new Paragraph(getTranslation("review.thread.empty"));
            none.addClassName("review-thread-empty");
            lines.add(none);
            return;
        }
        said.forEach(line -> lines.add(line(line)));
    }

    private Div line(ReviewComment said) {
        var who = new Span(said.memberName());
        who.addClassName("review-line-author");
        var when = new Span(Formats.dateTime(said.at(), getLocale()));
        when.addClassName("review-line-time");
        var head = new Div(who, when);
        head.addClassName("review-line-head");
        var line = new Div(head);
        line.addClassName("review-line");
        if (said.verdict() != null) {
            var verdict = new Span(getTranslation(said.verdict() == Verdict.APPROVED ? "review.line.approved" : "review.line.rejected"));
            verdict.addClassNames("review-line-verdict", said.verdict().name().toLowerCase(java.util.Locale.ROOT));
            line.add(verdict);
        }
        if (said.body() != null) {
            var body = new Paragraph(said.body());
            body.addClassName("review-line-body");
            line.add(body);
        }
        return line;
    }
}
