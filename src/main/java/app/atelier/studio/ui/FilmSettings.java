package app.atelier.studio.ui;

import app.atelier.film.MusicTrack;
import app.atelier.film.Storyboard;
import app.atelier.render.Transition;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * How a film's shots give way to each other (a cut, a cross-fade, a dip to white or black, and how
 * long it lasts), and the music under it: a track of the team's library, or none.
 */
class FilmSettings extends Composite<Div> {

    final Select<Transition.Kind> transition = new Select<>();
    final NumberField transitionLength = new NumberField();
    final Select<MusicTrack> music = new Select<>();

    /**
     * @param changed the film as the member set it
     * @param current the film as it is now
     */
    FilmSettings(List<MusicTrack> tracks, Storyboard storyboard, Consumer<Storyboard> changed, Supplier<Storyboard> current) {
        transition.setLabel(getTranslation("film.transition"));
        transition.setItems(Transition.Kind.values());
        transition.setItemLabelGenerator(kind -> getTranslation(switch (kind) {
            case CUT -> "film.transition.CUT";
            case CROSS_FADE -> "film.transition.CROSS_FADE";
            case DIP_TO_WHITE -> "film.transition.DIP_TO_WHITE";
            case DIP_TO_BLACK -> "film.transition.DIP_TO_BLACK";
        }));
        transition.setValue(storyboard.transition());
        transitionLength.setLabel(getTranslation("film.transition.length"));
        transitionLength.setMin(0.3);
        transitionLength.setMax(1.5);
        transitionLength.setStep(0.1);
        transitionLength.setStepButtonsVisible(true);
        transitionLength.setSuffixComponent(new com.vaadin.flow.component.html.Span("s"));
        transitionLength.setValue(storyboard.transitionMillis() / 1000.0);
        transitionLength.setEnabled(storyboard.transition() != Transition.Kind.CUT);
        Runnable transitionChanged = () -> {
            if (transition.getValue() != null && transitionLength.getValue() != null && !transitionLength.isInvalid()) {
                transitionLength.setEnabled(transition.getValue() != Transition.Kind.CUT);
                changed.accept(current.get().withTransition(transition.getValue(), (int) Math.round(transitionLength.getValue() * 1000)));
            }
        };
        transition.addValueChangeListener(change -> transitionChanged.run());
        transitionLength.addValueChangeListener(change -> transitionChanged.run());
        music.setLabel(getTranslation("film.music"));
        music.setItems(tracks);
        music.setEmptySelectionAllowed(true);
        music.setEmptySelectionCaption(getTranslation("film.music.none"));
        music.setItemLabelGenerator(track -> track == null ? getTranslation("film.music.none")
                : getTranslation("film.music.track", track.name(), track.length().toSeconds() / 60, track.length().toSeconds() % 60));
        tracks.stream().filter(track -> track.id().equals(storyboard.music())).findFirst().ifPresent(music::setValue);
        music.setHelperText(getTranslation(tracks.isEmpty() ? "film.music.empty" : "film.music.help"));
        music.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                changed.accept(current.get().withMusic(change.getValue() == null ? null : change.getValue().id()));
            }
        });
        music.addClassName("film-music");
        getContent().add(transition, transitionLength, music);
        getContent().addClassName("film-transition");
    }
}
