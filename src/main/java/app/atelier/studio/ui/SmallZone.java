package app.atelier.studio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Asks before a zone of a few dots is sent (a brush touched the photo by mistake): the zone is
 * shown again, or it goes as it is.
 */
class SmallZone extends Dialog {

    final Button anyway = new Button();

    private SmallZone(double coverage, Runnable go, Runnable back) {
        setHeaderTitle(getTranslation("mask.small.title"));
        addClassName("small-zone-dialog");
        add(new Paragraph(getTranslation("mask.small.text", coverage * 100)));
        anyway.setText(getTranslation("mask.small.anyway"));
        anyway.addThemeVariants(ButtonVariant.PRIMARY);
        anyway.addClassName("small-zone-anyway");
        anyway.addClickListener(click -> {
            close();
            go.run();
        });
        var review = new Button(getTranslation("mask.small.review"), click -> {
            close();
            back.run();
        });
        review.addThemeVariants(ButtonVariant.TERTIARY);
        review.addClassName("small-zone-review");
        addDialogCloseActionListener(closing -> {
            close();
            back.run();
        });
        getFooter().add(review, anyway);
        setMaxWidth("32rem");
    }

    /**
     * Runs {@code go} at once for a zone of a sensible size; for a tiny one, only once the member
     * says so ({@code back} when they would rather look at it again).
     */
    static void confirmed(MaskEditor editor, Runnable go, Runnable back) {
        if (editor.small()) {
            new SmallZone(editor.coverage(), go, back).open();
        } else {
            go.run();
        }
    }
}
