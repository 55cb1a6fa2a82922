package app.atelier.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * An address made for someone else (a share link, an invitation), shown once: read-only, selectable,
 * with a button that copies it.
 */
public class CopyableLink extends Div {

    public final TextField address = new TextField();
    public final Button copy = new Button();

    /**
     * @param fieldClass the field's class name, for styles and tests
     */
    public CopyableLink(String label, String url, String fieldClass) {
        addClassName("copyable-link");
        address.setLabel(label);
        address.setValue(url);
        address.setReadOnly(true);
        address.setWidthFull();
        address.addClassName(fieldClass);
        copy.setText(getTranslation("share.copy"));
        copy.setIcon(new Icon(VaadinIcon.COPY_O));
        copy.addClassName("copy-link");
        copy.addClickListener(click -> {
            copy.getElement().executeJs("return navigator.clipboard ? navigator.clipboard.writeText($0).then(() => true, () => false) : false",
                    url);
            copy.setText(getTranslation("share.copied"));
        });
        add(address, copy);
    }

    /** A page's full address, as the member's browser reaches the application (behind a proxy too). */
    public static String absolute(String path) {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "/" + path;
        }
        return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).path("/" + path).toUriString();
    }
}
