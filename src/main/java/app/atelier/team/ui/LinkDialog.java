package app.atelier.team.ui;

import app.atelier.ui.CopyableLink;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Shows a link made for someone (an invitation, a password reset) once, to copy and hand over. */
class LinkDialog extends Dialog {

    final CopyableLink link;

    LinkDialog(String title, String text, String path, String fieldClass) {
        setHeaderTitle(title);
        addClassName("link-dialog");
        var words = new Paragraph(text);
        words.addClassName("hint");
        link = new CopyableLink(getTranslation("team.link"), CopyableLink.absolute(path), fieldClass);
        add(words, link, new Paragraph(getTranslation("team.link.once")));
        getFooter().add(new Button(getTranslation("share.close"), click -> close()));
    }
}
