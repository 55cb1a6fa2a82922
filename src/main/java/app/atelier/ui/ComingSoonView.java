package app.atelier.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A place a later release fills: its header, and an empty state saying what will be there. The
 * navigation, roles and translations around it are real.
 */
public abstract class ComingSoonView extends Main implements HasDynamicTitle {

    private final String titleKey;

    protected ComingSoonView(String titleKey, String descriptionKey, VaadinIcon icon, String emptyTitleKey,
                             String emptyTextKey) {
        this.titleKey = titleKey;
        addClassName("view");
        add(new ViewHeader(getTranslation(titleKey), getTranslation(descriptionKey)),
                new EmptyState(icon, getTranslation(emptyTitleKey), getTranslation(emptyTextKey))
                        .comingSoon(getTranslation("common.coming-soon")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation(titleKey));
    }
}
