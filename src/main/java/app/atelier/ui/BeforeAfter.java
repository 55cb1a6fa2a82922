package app.atelier.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * A photo and what was made of it, one over the other, with a divider the member drags (or moves
 * with the arrow keys) to compare them.
 */
@Tag("atelier-compare")
@JsModule("./atelier-compare.ts")
public class BeforeAfter extends Component implements HasSize, HasStyle {

    public BeforeAfter(String before, String after) {
        getElement().setProperty("beforeSrc", before);
        getElement().setProperty("afterSrc", after);
        getElement().setProperty("beforeLabel", getTranslation("compare.before"));
        getElement().setProperty("afterLabel", getTranslation("compare.after"));
        getElement().setProperty("sliderLabel", getTranslation("compare.slider"));
        addClassName("before-after");
    }
}
