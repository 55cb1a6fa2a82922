package app.atelier.studio.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.menubar.MenuBar;

/** A generation card's "more" menu, for browserless tests: which item is where. */
final class CardMenus {

    private CardMenus() {
    }

    /** The card's menu bar, in whatever holds it. */
    static MenuBar of(Component card) {
        return descendants(card).filter(MenuBar.class::isInstance).map(MenuBar.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no menu on " + card));
    }

    /** The position of the item with this class name in the menu's one submenu, or -1. */
    static int position(MenuBar menu, String className) {
        var items = menu.getItems().getFirst().getSubMenu().getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).hasClassName(className)) {
                return i;
            }
        }
        return -1;
    }

    private static java.util.stream.Stream<Component> descendants(Component root) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(root),
                root.getChildren().flatMap(CardMenus::descendants));
    }
}
