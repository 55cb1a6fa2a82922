package app.atelier.provider.local;

import app.atelier.media.ImageConstraints;
import app.atelier.media.ImageFormat;
import app.atelier.media.MediaLibrary;
import app.atelier.provider.Capabilities;
import app.atelier.provider.Completion;
import app.atelier.provider.Cost;
import app.atelier.provider.ErrorCode;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.OptionSpec;
import app.atelier.provider.Provider;
import app.atelier.provider.ProviderError;
import app.atelier.provider.Providers;
import app.atelier.provider.ResultFile;
import app.atelier.provider.ResultType;
import app.atelier.provider.SubmitOutcome;
import app.atelier.provider.SubmitRequest;
import app.atelier.render.ClipLength;
import app.atelier.render.Framing;
import app.atelier.render.Motion;
import app.atelier.render.MotionClip;
import app.atelier.render.MotionRenderer;
import app.atelier.render.RenderException;
import app.atelier.render.RenderProperties;
import app.atelier.render.VideoFormat;
import app.atelier.shared.CreditCurrency;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * "Atelier — moteur local": camera-motion clips rendered on this machine by {@link MotionRenderer}.
 * It completes synchronously (the job that submits renders), may be cancelled at any frame, and a
 * render cut short by a crash is simply made again. At most as many run at once as the renderer
 * renders in parallel; the rest wait their turn in the queue.
 */
@Component
class LocalEngineProvider implements Provider {

    static final String MOTION = "motion";
    static final String FORMAT = "format";
    static final String DURATION = "duration";
    /** Where the format's frame is cut from the photo: each photo its own. */
    static final String FRAMING = "framing";

    private final MotionRenderer renderer;
    private final MediaLibrary media;
    private final Capabilities capabilities;

    LocalEngineProvider(MotionRenderer renderer, MediaLibrary media, RenderProperties renderSettings,
                        LocalEngineProperties settings) {
        this.renderer = renderer;
        this.media = media;
        this.capabilities = new Capabilities(Set.of(GenerationKind.CAMERA_MOTION),
                List.of(OptionSpec.choice(MOTION, MOTIONS, Motion.ZOOM_IN.name()).labelled("option.label.motion", null).eachPhoto(),
                        OptionSpec.choice(FORMAT, FORMATS, VideoFormat.LANDSCAPE.name()).labelled("option.label.format", null),
                        OptionSpec.choice(DURATION, DURATIONS, "5").labelled("option.label.duration", null),
                        OptionSpec.point(FRAMING, "0.5,0.5").labelled("option.label.framing", "option.help.framing").eachPhoto()),
                1,
                new ImageConstraints(EnumSet.allOf(ImageFormat.class), 1, Integer.MAX_VALUE, Long.MAX_VALUE, true),
                new Cost(CreditCurrency.VIDEO, settings.cost()),
                Completion.SYNCHRONOUS,
                renderSettings.effectiveParallelRenders(), 1, Duration.ZERO, Duration.ofSeconds(5),
                Duration.ofMinutes(30), true, true);
    }

    /** Every motion of the engine, as members read it: a name, and a sentence that shows it in words. */
    static final List<OptionSpec.Choice> MOTIONS = List.of(
            new OptionSpec.Choice(Motion.ZOOM_IN.name(), "option.motion.ZOOM_IN", "option.motion.ZOOM_IN.hint"),
            new OptionSpec.Choice(Motion.ZOOM_OUT.name(), "option.motion.ZOOM_OUT", "option.motion.ZOOM_OUT.hint"),
            new OptionSpec.Choice(Motion.PAN_LEFT.name(), "option.motion.PAN_LEFT", "option.motion.PAN_LEFT.hint"),
            new OptionSpec.Choice(Motion.PAN_RIGHT.name(), "option.motion.PAN_RIGHT", "option.motion.PAN_RIGHT.hint"),
            new OptionSpec.Choice(Motion.PAN_UP.name(), "option.motion.PAN_UP", "option.motion.PAN_UP.hint"),
            new OptionSpec.Choice(Motion.PAN_DOWN.name(), "option.motion.PAN_DOWN", "option.motion.PAN_DOWN.hint"),
            new OptionSpec.Choice(Motion.CAMERA_PUSH_OUT.name(), "option.motion.CAMERA_PUSH_OUT",
                    "option.motion.CAMERA_PUSH_OUT.hint"));

    static final List<OptionSpec.Choice> FORMATS = List.of(
            new OptionSpec.Choice(VideoFormat.LANDSCAPE.name(), "option.format.LANDSCAPE"),
            new OptionSpec.Choice(VideoFormat.PORTRAIT.name(), "option.format.PORTRAIT"),
            new OptionSpec.Choice(VideoFormat.LANDSCAPE_HD.name(), "option.format.LANDSCAPE_HD"),
            new OptionSpec.Choice(VideoFormat.VERTICAL_HD.name(), "option.format.VERTICAL_HD"),
            new OptionSpec.Choice(VideoFormat.SQUARE.name(), "option.format.SQUARE"));

    static final List<OptionSpec.Choice> DURATIONS = List.of(
            new OptionSpec.Choice(Integer.toString(ClipLength.FIVE_SECONDS.seconds()), "option.duration.5"),
            new OptionSpec.Choice(Integer.toString(ClipLength.TEN_SECONDS.seconds()), "option.duration.10"));

    @Override
    public String id() {
        return Providers.LOCAL;
    }

    @Override
    public String nameKey() {
        return "provider.local";
    }

    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    @Override
    public SubmitOutcome submit(SubmitRequest request) {
        var image = request.images().getFirst();
        // generations asked for before the framing existed are cut around the centre, as they were
        var framing = OptionSpec.pointOf(request.options().get(FRAMING)).map(point -> new Framing(point[0], point[1]))
                .orElse(Framing.CENTRE);
        var clip = new MotionClip(Motion.valueOf(request.option(MOTION)), VideoFormat.valueOf(request.option(FORMAT)),
                lengthOf(request.option(DURATION)), framing);
        var photo = request.workFolder().resolve("photo." + image.format().extension());
        var video = request.workFolder().resolve("clip.mp4");
        var poster = request.workFolder().resolve("poster.jpg");
        media.copyTo(request.teamId(), image.asset(), photo);
        var control = request.control();
        var task = renderer.submit(photo, clip, video, poster, percent -> control.progressed(percent));
        try {
            while (true) {
                try {
                    var rendered = task.result().get(250, TimeUnit.MILLISECONDS);
                    return new SubmitOutcome.Completed(request.generationId().toString(),
                            List.of(new ResultFile.LocalFile(rendered.video(), ResultType.VIDEO, rendered.poster())));
                } catch (TimeoutException stillRendering) {
                    if (control.cancelled()) {
                        task.cancel();
                    }
                }
            }
        } catch (InterruptedException interrupted) {
            task.cancel();
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while rendering");
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof CancellationException cancelled) {
                throw cancelled;
            }
            var cause = failed.getCause() instanceof RenderException render ? render : failed;
            return new SubmitOutcome.Refused(new ProviderError(ErrorCode.UNKNOWN, String.valueOf(cause.getMessage())));
        }
    }

    private static ClipLength lengthOf(String seconds) {
        return Arrays.stream(ClipLength.values())
                .filter(length -> Integer.toString(length.seconds()).equals(seconds))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No clip of " + seconds + " s"));
    }
}
