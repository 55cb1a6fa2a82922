package app.atelier.render;

import app.atelier.render.internal.FramePipeline;
import app.atelier.render.internal.H264Writer;
import app.atelier.render.internal.PartFiles;
import app.atelier.render.internal.Poster;
import app.atelier.render.internal.Soundtrack;
import app.atelier.render.internal.Timeline;
import org.springframework.stereotype.Service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Makes a film from its plan on this machine: scenes in order (photos filmed with a camera motion,
 * parts of videos reframed, cards held still), the transitions between them, what is drawn over
 * them, and the music and the sound of the video parts kept at broadcast loudness; H.264 High, 4:2:0,
 * 30 fps, its index first, one AAC stereo 48 kHz track when there is sound. Frames are made one at a time while the
 * encoder works on the previous ones: memory does not grow with the film's length. The video and its
 * poster appear at their paths only when complete; a failed or cancelled film leaves nothing behind.
 */
@Service
public class FilmComposer {

    /** A kept sound rises and falls over at least this many frames, even on a cut (no click). */
    private static final int EDGE_FRAMES = 3;

    private final RenderProperties settings;

    public FilmComposer(RenderProperties settings) {
        this.settings = settings;
    }

    /**
     * Makes the film on the calling thread.
     *
     * @param work      a folder of the caller's for the music's working files
     * @param progress  told how far it has come and which scene is being made
     * @param cancelled asked before each frame; once true, the film stops and cleans up
     * @throws java.util.concurrent.CancellationException when cancelled
     * @throws RenderException       when a photo, a video or the music cannot be read, or the encoder fails
     */
    public RenderedClip compose(FilmPlan plan, Path video, Path poster, Path work, FilmProgress progress,
                                BooleanSupplier cancelled) {
        var partVideo = PartFiles.partial(video);
        var partPoster = PartFiles.partial(poster);
        int frames = plan.frames();
        int width = plan.format().width();
        int height = plan.format().height();
        int samplesPerFrame = Soundtrack.RATE / FilmPlan.FPS;
        int[] starts = plan.starts();
        int[] scene = {0};
        progress.progressed(0, FilmProgress.SOUND);
        try (var sound = Soundtrack.prepare(plan.music(), keptSounds(plan, samplesPerFrame), (long) frames * samplesPerFrame, work);
             var timeline = new Timeline(plan, cancelled);
             var writer = new H264Writer(partVideo, width, height, FilmPlan.FPS, settings.preset(), settings.crf(),
                     settings.encoderThreads(), sound != null);
             var pipeline = new FramePipeline(timeline.frameBytes(), frames, timeline,
                     first -> Poster.write(first, width, height, partPoster))) {
            progress.progressed(0, 0);
            // the sound of each frame right after it: the muxer interleaves as it goes
            pipeline.encode(writer, frames, cancelled, percent -> progress.progressed(percent, scene[0]), frame -> {
                if (sound != null) {
                    writer.writeSamples(sound.next(samplesPerFrame));
                }
                // the scene the next frame begins in (the later one, during a transition)
                int next = frame + 1;
                if (scene[0] + 1 < starts.length && next >= starts[scene[0] + 1] && next < frames) {
                    scene[0]++;
                    progress.progressed(next * 99 / frames, scene[0]);
                }
            });
            PartFiles.move(partPoster, poster);
            PartFiles.move(partVideo, video);
            progress.progressed(100, starts.length - 1);
            return new RenderedClip(video, poster, width, height, frames, plan.length(), PartFiles.size(video));
        } finally {
            PartFiles.deleteQuietly(partVideo);
            PartFiles.deleteQuietly(partPoster);
        }
    }

    /** The video parts whose own sound is kept, where they play in the film, faded in and out with their transitions. */
    private static List<Soundtrack.Part> keptSounds(FilmPlan plan, int samplesPerFrame) {
        int[] starts = plan.starts();
        long fade = (long) Math.max(plan.overlap(), EDGE_FRAMES) * samplesPerFrame;
        var parts = new ArrayList<Soundtrack.Part>();
        for (int i = 0; i < starts.length; i++) {
            if (plan.scenes().get(i) instanceof FilmScene.Video video && video.sound()) {
                parts.add(new Soundtrack.Part(video.video(), video.from().toNanos() / 1000, (long) starts[i] * samplesPerFrame,
                        (long) FilmPlan.frames(video.length()) * samplesPerFrame, fade));
            }
        }
        return parts;
    }
}
