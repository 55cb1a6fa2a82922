package app.atelier.render;

import app.atelier.render.internal.FramePipeline;
import app.atelier.render.internal.H264Writer;
import app.atelier.render.internal.PartFiles;
import app.atelier.render.internal.Poster;
import app.atelier.render.internal.Soundtrack;
import app.atelier.render.internal.Timeline;
import org.springframework.stereotype.Service;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * Makes a film from its plan on this machine: scenes in order (photos filmed with a camera motion,
 * parts of videos reframed, cards held still), the transitions between them, what is drawn over
 * them, and the music fitted under it at broadcast loudness; H.264 High, 4:2:0, 30 fps, its index
 * first, one AAC stereo 48 kHz track when there is music. Frames are made one at a time while the
 * encoder works on the previous ones: memory does not grow with the film's length. The video and its
 * poster appear at their paths only when complete; a failed or cancelled film leaves nothing behind.
 */
@Service
public class FilmComposer {

    private final RenderProperties settings;

    public FilmComposer(RenderProperties settings) {
        this.settings = settings;
    }

    /**
     * Makes the film on the calling thread.
     *
     * @param work      a folder of the caller's for the music's working files
     * @param cancelled asked before each frame; once true, the film stops and cleans up
     * @throws java.util.concurrent.CancellationException when cancelled
     * @throws RenderException       when a photo, a video or the music cannot be read, or the encoder fails
     */
    public RenderedClip compose(FilmPlan plan, Path video, Path poster, Path work, RenderProgress progress,
                                BooleanSupplier cancelled) {
        var partVideo = PartFiles.partial(video);
        var partPoster = PartFiles.partial(poster);
        int frames = plan.frames();
        int width = plan.format().width();
        int height = plan.format().height();
        int samplesPerFrame = Soundtrack.RATE / FilmPlan.FPS;
        progress.progressed(0);
        try (var music = plan.music() == null ? null : Soundtrack.prepare(plan.music(), (long) frames * samplesPerFrame, work);
             var timeline = new Timeline(plan, cancelled);
             var writer = new H264Writer(partVideo, width, height, FilmPlan.FPS, settings.preset(), settings.crf(),
                     settings.encoderThreads(), music != null);
             var pipeline = new FramePipeline(timeline.frameBytes(), frames, timeline,
                     first -> Poster.write(first, width, height, partPoster))) {
            // the sound of each frame right after it: the muxer interleaves as it goes
            pipeline.encode(writer, frames, cancelled, progress, frame -> {
                if (music != null) {
                    writer.writeSamples(music.next(samplesPerFrame));
                }
            });
            PartFiles.move(partPoster, poster);
            PartFiles.move(partVideo, video);
            progress.progressed(100);
            return new RenderedClip(video, poster, width, height, frames, plan.length(), PartFiles.size(video));
        } finally {
            PartFiles.deleteQuietly(partVideo);
            PartFiles.deleteQuietly(partPoster);
        }
    }
}
