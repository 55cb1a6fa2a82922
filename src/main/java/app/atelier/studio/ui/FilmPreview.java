package app.atelier.studio.ui;

import app.atelier.film.Storyboard;
import app.atelier.media.MediaLibrary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.JsonNodeFactory;

import java.util.Map;
import java.util.UUID;

/**
 * A quick look at the film before it is made: the storyboard played in the browser, in the film's
 * shape, each shot for its length (a photo's larger thumbnail, a video's own part), with its caption
 * and the transition between shots. Nothing is rendered; what the render adds (the camera's motion,
 * the cards, the music) is for the film itself.
 */
class FilmPreview extends Dialog {

    /** Plays the shots it is given in turn, then again; stops when the dialog goes. */
    private static final String PLAY = """
            const stage = this, shots = $0, fade = $1;
            let index = 0, timer = null, alive = true;
            const show = () => {
              if (!alive || !stage.isConnected) return;
              const shot = shots[index];
              const layer = document.createElement('div');
              layer.className = 'preview-shot';
              layer.style.transition = 'opacity ' + fade + 'ms ease';
              const media = document.createElement(shot.video ? 'video' : 'img');
              media.src = shot.src;
              if (shot.video) {
                media.muted = true; media.playsInline = true;
                media.addEventListener('loadedmetadata', () => { media.currentTime = shot.from / 1000; media.play(); });
              }
              layer.appendChild(media);
              if (shot.caption) {
                const caption = document.createElement('span');
                caption.className = 'preview-caption';
                caption.textContent = shot.caption;
                layer.appendChild(caption);
              }
              stage.appendChild(layer);
              requestAnimationFrame(() => requestAnimationFrame(() => layer.classList.add('shown')));
              const old = [...stage.querySelectorAll('.preview-shot')].filter(other => other !== layer);
              setTimeout(() => old.forEach(other => other.remove()), fade + 50);
              stage.dataset.shown = String(index + 1);
              index = (index + 1) % shots.length;
              timer = setTimeout(show, Math.max(400, shot.ms - fade));
            };
            stage.stopPreview = () => { alive = false; clearTimeout(timer); };
            show();
            """;

    /**
     * @param pictures a photo's larger thumbnail by photo id
     * @param videos   a video's file by generation id
     */
    FilmPreview(Storyboard storyboard, Map<UUID, UUID> pictures, Map<UUID, UUID> videos, double aspect) {
        setHeaderTitle(getTranslation("film.preview.title"));
        addClassName("film-preview-dialog");
        var stage = new Div();
        stage.addClassName("film-preview");
        stage.getElement().getStyle().set("aspect-ratio", Double.toString(aspect));
        stage.getElement().setAttribute("role", "img");
        stage.getElement().setAttribute("aria-label", getTranslation("film.preview.label"));
        var shots = JsonNodeFactory.instance.arrayNode();
        for (var shot : storyboard.shots()) {
            boolean video = shot.kind() == Storyboard.Kind.VIDEO;
            @Nullable UUID file = video ? videos.get(shot.source()) : pictures.get(shot.source());
            if (file == null) {
                continue;
            }
            var item = shots.addObject();
            item.put("src", MediaLibrary.memberUrl(file));
            item.put("video", video);
            item.put("from", shot.fromMillis());
            item.put("ms", shot.length().toMillis());
            item.put("caption", shot.caption() == null ? "" : shot.caption());
        }
        int fade = storyboard.transition() == app.atelier.render.Transition.Kind.CUT ? 0 : storyboard.transitionMillis();
        var note = PhotoPicker.hint(getTranslation("film.preview.note"));
        add(stage, note);
        if (!shots.isEmpty()) {
            stage.getElement().executeJs(PLAY, shots, fade);
        }
        var close = new Button(getTranslation("share.close"), VaadinIcon.CLOSE_SMALL.create(), click -> close());
        getFooter().add(close);
        addDialogCloseActionListener(closing -> close());
        addOpenedChangeListener(opened -> {
            if (!opened.isOpened()) {
                stage.getElement().executeJs("if (this.stopPreview) this.stopPreview();");
            }
        });
    }
}
