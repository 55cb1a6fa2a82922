package app.atelier.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature shows in the header of every signed-in view (the member's credit balances),
 * so that the shell needs to know no feature. Each call makes a new component for one page.
 */
public interface ShellWidget {

    Component create();
}
