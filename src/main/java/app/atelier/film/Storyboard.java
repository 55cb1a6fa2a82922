package app.atelier.film;

import app.atelier.render.EnergyClass;
import app.atelier.render.Motion;
import app.atelier.render.Transition;
import app.atelier.render.VideoFormat;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * What a film is made of, as the member edits it: its shots in order, how each gives way to the next,
 * its format, and the fields of its opening and closing cards. Empty fields are left out of the cards.
 *
 * @param transitionMillis how long a cross-fade or a dip lasts (none for a cut)
 * @param music            a track of the team's library under the film, or none
 */
public record Storyboard(VideoFormat format, Transition.Kind transition, int transitionMillis, List<Shot> shots,
                         Opening opening, Closing closing, @Nullable UUID music) {

    /** What a script leaves out takes the editor's defaults: none of it is null once read. */
    public Storyboard {
        format = format == null ? VideoFormat.LANDSCAPE_HD : format;
        transition = transition == null ? Transition.Kind.CROSS_FADE : transition;
        shots = shots == null ? List.of() : shots.stream().filter(java.util.Objects::nonNull).toList();
        opening = opening == null ? new Opening(null, null, null, null, null, null) : opening;
        closing = closing == null ? new Closing(null, null, null, null, null, null, null, null, null, null, FeesPaidBy.SELLER, null)
                : closing;
    }

    /** A storyboard as JSON gives it (a saved one, a script's): what it leaves out takes the editor's defaults. */
    @JsonCreator
    static Storyboard read(@JsonProperty("format") @Nullable VideoFormat format,
                           @JsonProperty("transition") Transition.@Nullable Kind transition,
                           @JsonProperty("transitionMillis") @Nullable Integer transitionMillis,
                           @JsonProperty("shots") @Nullable List<Shot> shots, @JsonProperty("opening") @Nullable Opening opening,
                           @JsonProperty("closing") @Nullable Closing closing, @JsonProperty("music") @Nullable UUID music) {
        return new Storyboard(format, transition, transitionMillis == null ? 600 : transitionMillis, shots, opening, closing, music);
    }

    /** The shortest and longest a photo is shown, in milliseconds. */
    public static final int SHORTEST_PHOTO = 2000;
    public static final int LONGEST_PHOTO = 8000;
    /** At most this many shots. */
    public static final int MOST_SHOTS = 40;
    /** The longest caption. */
    public static final int LONGEST_CAPTION = 60;
    /** The longest text of a card's field. */
    public static final int LONGEST_FIELD = 120;

    public enum Kind { PHOTO, VIDEO }

    /**
     * One shot: a photo of the project (filmed with {@code motion} for {@code millis}), or a finished
     * video of the project ({@code source} is its generation) from {@code fromMillis} to {@code toMillis},
     * cut around the focus or shown {@code whole} over a blurred copy of itself.
     *
     * @param sound whether the video's own sound is heard (the music steps back under it); off by default
     * @param ai    whether an AI made the video (then the shot and the closing card carry the AI mention)
     */
    public record Shot(Kind kind, UUID source, @Nullable String caption, Motion motion, int millis, int fromMillis,
                       int toMillis, double focusX, double focusY, boolean whole, boolean sound, boolean ai) {

        public Shot {
            kind = kind == null ? Kind.PHOTO : kind;
            source = source == null ? new UUID(0, 0) : source;
            motion = motion == null ? Motion.ZOOM_IN : motion;
        }

        /** A shot as JSON gives it: what it leaves out takes the editor's defaults. */
        @JsonCreator
        static Shot read(@JsonProperty("kind") @Nullable Kind kind, @JsonProperty("source") @Nullable UUID source,
                         @JsonProperty("caption") @Nullable String caption, @JsonProperty("motion") @Nullable Motion motion,
                         @JsonProperty("millis") @Nullable Integer millis, @JsonProperty("fromMillis") @Nullable Integer from,
                         @JsonProperty("toMillis") @Nullable Integer to, @JsonProperty("focusX") @Nullable Double focusX,
                         @JsonProperty("focusY") @Nullable Double focusY, @JsonProperty("whole") @Nullable Boolean whole,
                         @JsonProperty("sound") @Nullable Boolean sound, @JsonProperty("ai") @Nullable Boolean ai) {
            return new Shot(kind, source, caption, motion, millis == null ? 4000 : millis, from == null ? 0 : from,
                    to == null ? 0 : to, focusX == null ? 0.5 : focusX, focusY == null ? 0.5 : focusY, Boolean.TRUE.equals(whole),
                    kind == Kind.VIDEO && Boolean.TRUE.equals(sound), Boolean.TRUE.equals(ai));
        }

        public static Shot photo(UUID photo, Motion motion, int millis) {
            return new Shot(Kind.PHOTO, photo, null, motion, millis, 0, 0, 0.5, 0.5, false, false, false);
        }

        public static Shot video(UUID generation, int fromMillis, int toMillis, boolean ai) {
            return new Shot(Kind.VIDEO, generation, null, Motion.ZOOM_IN, 0, fromMillis, toMillis, 0.5, 0.5, false, false, ai);
        }

        /** How long the shot shows. */
        public Duration length() {
            return Duration.ofMillis(kind == Kind.PHOTO ? millis : toMillis - fromMillis);
        }

        public Shot captioned(@Nullable String text) {
            return new Shot(kind, source, text, motion, millis, fromMillis, toMillis, focusX, focusY, whole, sound, ai);
        }

        public Shot moving(Motion newMotion, int newMillis) {
            return new Shot(kind, source, caption, newMotion, newMillis, fromMillis, toMillis, focusX, focusY, whole, sound, ai);
        }

        public Shot trimmed(int from, int to) {
            return new Shot(kind, source, caption, motion, millis, from, to, focusX, focusY, whole, sound, ai);
        }

        public Shot framed(double x, double y, boolean showWhole) {
            return new Shot(kind, source, caption, motion, millis, fromMillis, toMillis, x, y, showWhole, sound, ai);
        }

        /** The video's own sound heard or not (a photo has none). */
        public Shot sounding(boolean keep) {
            return new Shot(kind, source, caption, motion, millis, fromMillis, toMillis, focusX, focusY, whole,
                    kind == Kind.VIDEO && keep, ai);
        }

        /** Whether an AI made it, as its generation says. */
        public Shot madeByAi(boolean madeByAi) {
            return new Shot(kind, source, caption, motion, millis, fromMillis, toMillis, focusX, focusY, whole, sound, madeByAi);
        }
    }

    /** The opening card: the property's title and town, its price, surface, rooms and bedrooms. */
    public record Opening(@Nullable String title, @Nullable String town, @Nullable Long price, @Nullable Integer surface,
                          @Nullable Integer rooms, @Nullable Integer bedrooms) {
    }

    /** Who pays the agency's fees, as a French property ad must say. */
    public enum FeesPaidBy { SELLER, BUYER }

    /**
     * The closing card: the agent, the agency, and what a French property ad must say (the energy and
     * climate classes, the estimated yearly energy cost, who pays the fees and, when the buyer does,
     * the price before them).
     *
     * @param energyYear the year of the energy prices the cost estimate uses
     */
    public record Closing(@Nullable String agentName, @Nullable String agentPhone, @Nullable String agentEmail,
                          @Nullable String agency, @Nullable String reference, @Nullable EnergyClass dpe, @Nullable EnergyClass ges,
                          @Nullable Integer energyCostLow, @Nullable Integer energyCostHigh, @Nullable Integer energyYear,
                          FeesPaidBy feesPaidBy, @Nullable Long priceBeforeFees) {

        public Closing {
            feesPaidBy = feesPaidBy == null ? FeesPaidBy.SELLER : feesPaidBy;
        }
    }

    public Storyboard withShots(List<Shot> newShots) {
        return new Storyboard(format, transition, transitionMillis, newShots, opening, closing, music);
    }

    public Storyboard withFormat(VideoFormat newFormat) {
        return new Storyboard(newFormat, transition, transitionMillis, shots, opening, closing, music);
    }

    public Storyboard withTransition(Transition.Kind kind, int millis) {
        return new Storyboard(format, kind, millis, shots, opening, closing, music);
    }

    public Storyboard withOpening(Opening card) {
        return new Storyboard(format, transition, transitionMillis, shots, card, closing, music);
    }

    public Storyboard withClosing(Closing card) {
        return new Storyboard(format, transition, transitionMillis, shots, opening, card, music);
    }

    public Storyboard withMusic(@Nullable UUID track) {
        return new Storyboard(format, transition, transitionMillis, shots, opening, closing, track);
    }

    /** Whether the film ends on the closing card: it has something to say, or an AI made a shot (then the mention). */
    public boolean closes() {
        var c = closing;
        return anyAi() || c.agentName() != null || c.agentPhone() != null || c.agentEmail() != null || c.agency() != null
                || c.reference() != null
                || c.dpe() != null || c.ges() != null || c.energyCostLow() != null || opening.price() != null;
    }

    /** Whether the film ends on the closing card, the team's default agent counted. */
    public boolean closes(BrandKit kit) {
        return closes() || kit.agentName() != null || kit.agency() != null;
    }

    /** Whether the film opens on the opening card: it has a title, a town or a fact. */
    public boolean opens() {
        var o = opening;
        return o.title() != null && !o.title().isBlank() || o.town() != null && !o.town().isBlank() || o.price() != null
                || o.surface() != null || o.rooms() != null || o.bedrooms() != null;
    }

    /** Whether an AI made any of its shots. */
    public boolean anyAi() {
        return shots.stream().anyMatch(Shot::ai);
    }
}
