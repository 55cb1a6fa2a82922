package app.atelier.studio.ui;

import app.atelier.film.Storyboard;
import app.atelier.media.MediaLibrary;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * A film's shots as a strip of thumbnails in their order: one to choose (click, Enter), dragged onto
 * another to take its place, moved with Alt + the arrow keys; each says its number, whether it is a
 * photo or a video, and how long it shows.
 */
class ShotStrip extends Composite<Div> {

    /**
     * Drags a tile onto another in the browser (HTML drag and drop, which a mouse and Playwright both
     * speak), and says which went where once it is dropped: listened to on the strip, so tiles drawn
     * again need nothing more.
     */
    private static final String DRAG = """
            const strip = this;
            const tileOf = e => e.target.closest && e.target.closest('[data-index]');
            strip.addEventListener('dragstart', e => {
              const tile = tileOf(e);
              if (!tile) return;
              e.dataTransfer.setData('text/x-shot', tile.dataset.index);
              e.dataTransfer.effectAllowed = 'move';
              tile.classList.add('dragged');
            });
            strip.addEventListener('dragend', e => { const tile = tileOf(e); if (tile) tile.classList.remove('dragged'); });
            strip.addEventListener('dragover', e => {
              const tile = tileOf(e);
              if (!tile || !e.dataTransfer.types.includes('text/x-shot')) return;
              e.preventDefault();
              strip.querySelectorAll('.drop-here').forEach(other => other !== tile && other.classList.remove('drop-here'));
              tile.classList.add('drop-here');
            });
            strip.addEventListener('dragleave', e => { const tile = tileOf(e); if (tile) tile.classList.remove('drop-here'); });
            strip.addEventListener('drop', e => {
              const tile = tileOf(e);
              const from = e.dataTransfer.getData('text/x-shot');
              strip.querySelectorAll('.drop-here').forEach(other => other.classList.remove('drop-here'));
              if (!tile || from === '') return;
              e.preventDefault();
              strip.dispatchEvent(new CustomEvent('shot-moved', {detail: {from: Number(from), to: Number(tile.dataset.index)}}));
            });
            """;

    private final IntConsumer choose;
    private final BiConsumer<Integer, Integer> move;

    /**
     * @param choose shows the settings of shot i
     * @param move   moves shot i to where shot j is
     */
    ShotStrip(IntConsumer choose, BiConsumer<Integer, Integer> move) {
        this.choose = choose;
        this.move = move;
        getContent().addClassName("shot-strip");
        getContent().getElement().setAttribute("role", "listbox");
        getContent().getElement().setAttribute("aria-label", getTranslation("film.shots"));
        getContent().getElement().setAttribute("aria-orientation", "horizontal");
        getContent().addAttachListener(attached -> getContent().getElement().executeJs(DRAG));
        getContent().getElement().addEventListener("shot-moved", moved -> move.accept(
                        (int) moved.getEventData().get("event.detail.from").asDouble(),
                        (int) moved.getEventData().get("event.detail.to").asDouble()))
                .addEventData("event.detail.from").addEventData("event.detail.to");
    }

    /** @param thumbnail the picture of a shot's source (a photo's, a video's poster), if it still has one */
    void show(List<Storyboard.Shot> shots, int chosen, Function<UUID, @Nullable UUID> thumbnail) {
        var strip = getContent();
        strip.removeAll();
        if (shots.isEmpty()) {
            strip.add(PhotoPicker.hint(getTranslation("film.shots.empty")));
            return;
        }
        for (int i = 0; i < shots.size(); i++) {
            strip.add(tile(shots.get(i), i, i == chosen, thumbnail.apply(shots.get(i).source())));
        }
    }

    private Div tile(Storyboard.Shot shot, int index, boolean chosen, @Nullable UUID picture) {
        var frame = new Div();
        frame.addClassName("shot-picture");
        if (picture != null) {
            var image = new Image(MediaLibrary.memberUrl(picture), "");
            image.getElement().setAttribute("aria-hidden", "true");
            image.getElement().setAttribute("draggable", "false");
            frame.add(image);
        }
        var number = new Span(Integer.toString(index + 1));
        number.addClassName("shot-number");
        var kind = new Icon(shot.kind() == Storyboard.Kind.PHOTO ? VaadinIcon.PICTURE : VaadinIcon.FILM);
        kind.addClassName("shot-kind");
        var length = new Span(String.format(Locale.ROOT, "%.1f s", shot.length().toMillis() / 1000.0)
                .replace('.', getLocale().getLanguage().equals("fr") ? ',' : '.'));
        length.addClassName("shot-length");
        var facts = new Div(number, kind, length);
        facts.addClassName("shot-facts");
        var tile = new Div(frame, facts);
        if (shot.caption() != null && !shot.caption().isBlank()) {
            var caption = new Span(shot.caption());
            caption.addClassName("shot-caption");
            tile.add(caption);
        }
        tile.addClassName("shot-tile");
        tile.getElement().getClassList().set("chosen", chosen);
        tile.getElement().setAttribute("role", "option");
        tile.getElement().setAttribute("aria-selected", Boolean.toString(chosen));
        tile.getElement().setAttribute("tabindex", chosen ? "0" : "-1");
        tile.getElement().setAttribute("aria-label", getTranslation(shot.kind() == Storyboard.Kind.PHOTO
                ? "film.shot.photo" : "film.shot.video", index + 1, length.getText()));
        tile.getElement().setAttribute("data-index", Integer.toString(index));
        tile.addClickListener(click -> choose.accept(index));
        tile.getElement().addEventListener("keydown", key -> choose.accept(index))
                .setFilter("event.key === 'Enter' || event.key === ' '").preventDefault();
        tile.getElement().addEventListener("keydown", key -> move.accept(index, index - 1))
                .setFilter("event.altKey && event.key === 'ArrowLeft'").preventDefault();
        tile.getElement().addEventListener("keydown", key -> move.accept(index, index + 1))
                .setFilter("event.altKey && event.key === 'ArrowRight'").preventDefault();
        tile.getElement().addEventListener("keydown", key -> choose.accept(Math.max(0, index - 1)))
                .setFilter("!event.altKey && event.key === 'ArrowLeft'").preventDefault();
        tile.getElement().addEventListener("keydown", key -> choose.accept(index + 1))
                .setFilter("!event.altKey && event.key === 'ArrowRight'").preventDefault();
        tile.getElement().setAttribute("draggable", "true");
        return tile;
    }
}
