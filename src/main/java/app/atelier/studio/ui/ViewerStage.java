package app.atelier.studio.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.function.IntConsumer;

/**
 * The dark stage of the result viewer: the result in the middle, previous and next on its sides,
 * where it is among the project's results, and the close button. The keys (← → Escape) and a swipe
 * on a touch screen do what the buttons do, except while a field or the divider has the focus.
 */
class ViewerStage extends Div {

    final Button previous = new Button(new Icon(VaadinIcon.ANGLE_LEFT));
    final Button next = new Button(new Icon(VaadinIcon.ANGLE_RIGHT));
    final Button close = new Button(new Icon(VaadinIcon.CLOSE));
    private final Span position = new Span();
    private final Div holder = new Div();

    ViewerStage(IntConsumer step, Runnable closing) {
        addClassName("viewer-stage");
        holder.addClassName("viewer-holder");
        previous.addClassNames("viewer-previous", "viewer-step");
        previous.setAriaLabel(getTranslation("viewer.previous"));
        previous.getElement().setAttribute("title", getTranslation("viewer.previous.hint"));
        previous.addClickListener(click -> step.accept(-1));
        next.addClassNames("viewer-next", "viewer-step");
        next.setAriaLabel(getTranslation("viewer.next"));
        next.getElement().setAttribute("title", getTranslation("viewer.next.hint"));
        next.addClickListener(click -> step.accept(1));
        close.addClassName("viewer-close");
        close.setAriaLabel(getTranslation("viewer.close"));
        close.getElement().setAttribute("title", getTranslation("viewer.close.hint"));
        close.addClickListener(click -> closing.run());
        for (var button : new Button[]{previous, next, close}) {
            button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.LUMO_ICON);
        }
        position.addClassName("viewer-position");
        add(holder, previous, next, close, position);
    }

    void show(Component media, String label, String where, boolean hasPrevious, boolean hasNext) {
        holder.removeAll();
        holder.add(media);
        holder.getElement().setAttribute("aria-label", label);
        position.setText(where);
        previous.setVisible(hasPrevious);
        next.setVisible(hasNext);
    }

    /**
     * Listens to the keys on the whole page and to swipes on the stage, once per page (the viewer
     * stays while its results change). A listener whose viewer has left the page removes itself.
     */
    void listen() {
        getElement().executeJs("""
                const stage = this;
                const view = stage.parentElement;
                const typing = path => path.some(node => node.tagName && (/^(INPUT|TEXTAREA|SELECT)$/.test(node.tagName)
                    || node.isContentEditable));
                // the divider and a video's own controls take the arrows when they have the focus
                const ownArrows = path => path.some(node => node.tagName === 'ATELIER-COMPARE' || node.tagName === 'VIDEO');
                const keys = event => {
                  if (!stage.isConnected) {
                    window.removeEventListener('keydown', keys);
                    return;
                  }
                  const path = event.composedPath();
                  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || typing(path)) {
                    return;
                  }
                  if (event.key === 'Escape') {
                    event.preventDefault();
                    view.$server.close();
                  } else if ((event.key === 'ArrowLeft' || event.key === 'ArrowRight') && !ownArrows(path)) {
                    event.preventDefault();
                    view.$server.step(event.key === 'ArrowLeft' ? -1 : 1);
                  }
                };
                window.removeEventListener('keydown', window.__atelierViewerKeys || (() => {}));
                window.__atelierViewerKeys = keys;
                window.addEventListener('keydown', keys);
                let start = null;
                stage.addEventListener('touchstart', event => {
                  start = event.touches.length === 1 && !ownArrows(event.composedPath())
                      ? {x: event.touches[0].clientX, y: event.touches[0].clientY} : null;
                }, {passive: true});
                stage.addEventListener('touchend', event => {
                  if (!start) {
                    return;
                  }
                  const dx = event.changedTouches[0].clientX - start.x;
                  const dy = event.changedTouches[0].clientY - start.y;
                  start = null;
                  if (Math.abs(dx) > 60 && Math.abs(dx) > 1.5 * Math.abs(dy)) {
                    view.$server.step(dx < 0 ? 1 : -1);
                  }
                }, {passive: true});""");
    }
}
