package app.atelier.ui;

import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Asks before something is deleted for good: what goes, what stays, and a button that says "delete". */
public class ConfirmDeletion extends Dialog {

    public final Button confirm = new Button();

    public ConfirmDeletion(String title, String text, Runnable delete) {
        this(title, text, null, delete);
    }

    /** @param action what the button says, when not "delete" (revoking a link) */
    public ConfirmDeletion(String title, String text, @Nullable String action, Runnable delete) {
        setHeaderTitle(title);
        addClassName("confirm-deletion");
        var words = new Paragraph(text);
        words.addClassName("confirm-deletion-text");
        add(words);
        confirm.setText(action == null ? getTranslation("delete.confirm") : action);
        confirm.setIcon(new Icon(action == null ? VaadinIcon.TRASH : VaadinIcon.UNLINK));
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.addClassName("confirm-delete");
        confirm.setDisableOnClick(true);
        confirm.addClickListener(click -> {
            close();
            delete.run();
        });
        var cancel = new Button(getTranslation("continue.cancel"), click -> close());
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        getFooter().add(cancel, confirm);
        setCloseOnEsc(true);
        setMaxWidth("32rem");
    }
}
