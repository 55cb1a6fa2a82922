package app.atelier.studio.ui;

import app.atelier.media.MediaLibrary;
import app.atelier.media.PhotoSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The framing of a clip whose format has another shape than the photo: over the photo, the frame the
 * format cuts from it, the rest dimmed. One photo's frame is dragged (with a mouse, a finger, or the
 * arrow keys) to choose the part that stays; with several photos, each is shown with its frame and a
 * click chooses it to move its frame.
 */
class FramingField extends Div {

    /** How far an arrow key moves the frame, as a share of the photo. */
    private static final double STEP = 0.05;
    /** Drags the frame in the browser, and says where it was left: no round trip while it moves. */
    private static final String DRAG = """
            const stage = $0, box = stage.querySelector('.framing-box');
            let grab = null;
            const share = () => [parseFloat(stage.dataset.width), parseFloat(stage.dataset.height)];
            const centre = e => {
              const r = stage.getBoundingClientRect(), [w, h] = share();
              const x = Math.min(1 - w / 2, Math.max(w / 2, (e.clientX - r.left) / r.width - grab[0]));
              const y = Math.min(1 - h / 2, Math.max(h / 2, (e.clientY - r.top) / r.height - grab[1]));
              box.style.left = ((x - w / 2) * 100) + '%';
              box.style.top = ((y - h / 2) * 100) + '%';
              return [x, y];
            };
            stage.addEventListener('pointerdown', e => {
              const r = stage.getBoundingClientRect(), b = box.getBoundingClientRect();
              const inside = e.clientX >= b.left && e.clientX <= b.right && e.clientY >= b.top && e.clientY <= b.bottom;
              grab = inside ? [(e.clientX - (b.left + b.width / 2)) / r.width, (e.clientY - (b.top + b.height / 2)) / r.height]
                  : [0, 0];
              stage.setPointerCapture(e.pointerId);
              centre(e);
              e.preventDefault();
            });
            stage.addEventListener('pointermove', e => { if (grab) centre(e); });
            const drop = e => {
              if (!grab) return;
              const [x, y] = centre(e);
              grab = null;
              stage.dispatchEvent(new CustomEvent('framing-moved', {detail: {x, y}}));
            };
            stage.addEventListener('pointerup', drop);
            stage.addEventListener('pointercancel', drop);
            """;

    /** What is framed: a photo, or a video by its poster, with its size. */
    record Picture(UUID id, String name, UUID image, int width, int height) {
        static Picture of(PhotoSummary photo) {
            return new Picture(photo.id(), photo.fileName(), photo.thumbnailLarge(), photo.width(), photo.height());
        }
    }

    private final Div stages = new Div();
    private final Span help = new Span();

    FramingField(String label, String helpText) {
        addClassName("framing-field");
        var title = new Span(label);
        title.addClassName("framing-label");
        help.addClassName("hint");
        help.setText(helpText);
        stages.addClassName("framing-stages");
        add(title, help, stages);
    }

    /**
     * @param photos what to show: one photo, whose frame moves, or several, each to pick
     * @param aspect the format's width over its height
     * @param point  where a photo's frame is centred, {x, y} as shares of its width and height
     * @param moved  the shown photo's frame left centred there
     * @param pick   several shown: the one to move the frame of
     */
    void show(List<Picture> photos, double aspect, Function<Picture, double[]> point, Consumer<double[]> moved,
              Consumer<Picture> pick) {
        stages.removeAll();
        boolean movable = photos.size() == 1;
        stages.getElement().getClassList().set("several", !movable);
        if (!movable) {
            help.setText(getTranslation("wizard.framing.each"));
        }
        for (var photo : photos) {
            var share = share(photo, aspect);
            var at = point.apply(photo);
            var box = new Div();
            box.addClassName("framing-box");
            box.getElement().getStyle().set("width", percent(share[0])).set("height", percent(share[1]))
                    .set("left", percent(clamp(at[0], share[0]) - share[0] / 2))
                    .set("top", percent(clamp(at[1], share[1]) - share[1] / 2));
            var stage = new Div(box);
            stage.addClassName("framing-stage");
            stage.getElement().getStyle().set("background-image", "url('" + MediaLibrary.memberUrl(photo.image()) + "')")
                    .set("aspect-ratio", photo.width() + " / " + photo.height());
            stage.getElement().setAttribute("data-photo", photo.id().toString());
            var name = new Span(photo.name());
            name.addClassName("framing-name");
            var item = new Div(stage, name);
            item.addClassName("framing-item");
            boolean whole = share[0] > 0.995 && share[1] > 0.995;
            if (movable && !whole) {
                movable(stage, photo, share, at, moved);
                var centre = new Button(getTranslation("wizard.framing.centre"), VaadinIcon.COMPRESS_SQUARE.create(),
                        click -> moved.accept(new double[]{0.5, 0.5}));
                centre.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                item.add(centre);
            } else if (movable) {
                name.setText(getTranslation("wizard.framing.whole"));
            } else {
                stage.getElement().setAttribute("role", "button");
                stage.getElement().setAttribute("tabindex", "0");
                stage.getElement().setAttribute("aria-label", photo.name());
                stage.addClickListener(click -> pick.accept(photo));
                stage.getElement().addEventListener("keydown", key -> pick.accept(photo))
                        .setFilter("event.key === 'Enter' || event.key === ' '").preventDefault();
            }
            stages.add(item);
        }
    }

    private void movable(Div stage, Picture photo, double[] share, double[] at, Consumer<double[]> moved) {
        stage.addClassName("movable");
        stage.getElement().setAttribute("data-width", Double.toString(share[0]));
        stage.getElement().setAttribute("data-height", Double.toString(share[1]));
        stage.getElement().setAttribute("tabindex", "0");
        stage.getElement().setAttribute("role", "group");
        stage.getElement().setAttribute("aria-label", getTranslation("option.label.framing") + " · " + photo.name());
        stage.getElement().executeJs(DRAG);
        stage.getElement().addEventListener("framing-moved", event -> moved.accept(new double[]{
                        round(event.getEventData().get("event.detail.x").asDouble()),
                        round(event.getEventData().get("event.detail.y").asDouble())}))
                .addEventData("event.detail.x").addEventData("event.detail.y");
        stage.getElement().addEventListener("keydown", event -> {
            var key = event.getEventData().get("event.key").asString();
            double x = clamp(at[0], share[0]) + (key.equals("ArrowLeft") ? -STEP : key.equals("ArrowRight") ? STEP : 0);
            double y = clamp(at[1], share[1]) + (key.equals("ArrowUp") ? -STEP : key.equals("ArrowDown") ? STEP : 0);
            moved.accept(new double[]{round(clamp(x, share[0])), round(clamp(y, share[1]))});
        }).addEventData("event.key").setFilter("event.key.startsWith('Arrow')").preventDefault();
    }

    /** The share of the photo's width and height the format keeps: a cover crop. */
    static double[] share(Picture photo, double aspect) {
        double photoAspect = (double) photo.width() / photo.height();
        if (Double.isNaN(aspect)) {
            return new double[]{1, 1};
        }
        return photoAspect > aspect ? new double[]{aspect / photoAspect, 1} : new double[]{1, photoAspect / aspect};
    }

    /** A frame's centre kept where the frame stays inside the photo. */
    private static double clamp(double centre, double share) {
        return Math.max(share / 2, Math.min(1 - share / 2, centre));
    }

    private static double round(double value) {
        return Math.max(0, Math.min(1, Math.round(value * 1000) / 1000.0));
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.3f%%", share * 100);
    }
}
