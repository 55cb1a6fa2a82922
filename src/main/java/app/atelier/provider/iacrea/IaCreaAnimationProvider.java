package app.atelier.provider.iacrea;

import app.atelier.media.ImageConstraints;
import app.atelier.media.ImageFormat;
import app.atelier.provider.Capabilities;
import app.atelier.provider.Completion;
import app.atelier.provider.Cost;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.OptionSpec;
import app.atelier.provider.ResultType;
import app.atelier.provider.SubmitOutcome;
import app.atelier.provider.SubmitRequest;
import app.atelier.provider.VendorStatus;
import app.atelier.provider.vendor.VendorHttp;
import app.atelier.shared.CreditCurrency;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * IA Créa's animation API v2: a camera motion over one photo, made by the vendor
 * ({@code /api/animation/v2/generate} and {@code /get}). It calls our webhook when done; we poll
 * as well. The credits it has left are kept with each generation; on FAILED it refunds its own.
 */
@Component
class IaCreaAnimationProvider extends IaCreaProvider {

    static final String ID = "iacrea-animation";
    static final String MOTION = "motion";
    static final String FORMAT = "format";
    static final String PROMPT = "prompt";
    static final int PROMPT_LIMIT = 1000;

    /** The pages' seven motions, then the two of the newer API (for which the prompt is ignored). */
    static final List<OptionSpec.Choice> MOTIONS = List.of(
            new OptionSpec.Choice("ZOOM_IN", "option.motion.ZOOM_IN", "option.motion.ZOOM_IN.hint"),
            new OptionSpec.Choice("ZOOM_OUT", "option.motion.ZOOM_OUT", "option.motion.ZOOM_OUT.hint"),
            new OptionSpec.Choice("PAN_RIGHT", "option.motion.PAN_RIGHT", "option.motion.PAN_RIGHT.hint"),
            new OptionSpec.Choice("PAN_LEFT", "option.motion.PAN_LEFT", "option.motion.PAN_LEFT.hint"),
            new OptionSpec.Choice("PAN_UP", "option.motion.PAN_UP", "option.motion.PAN_UP.hint"),
            new OptionSpec.Choice("PAN_DOWN", "option.motion.PAN_DOWN", "option.motion.PAN_DOWN.hint"),
            new OptionSpec.Choice("CAMERA_PUSH_OUT", "option.motion.CAMERA_PUSH_OUT", "option.motion.CAMERA_PUSH_OUT.hint"),
            new OptionSpec.Choice("AUTO_EFFECTS", "option.motion.AUTO_EFFECTS", "option.motion.AUTO_EFFECTS.hint"),
            new OptionSpec.Choice("AUTO_REVERSE", "option.motion.AUTO_REVERSE", "option.motion.AUTO_REVERSE.hint"));
    /** The options the newer API added (flagged so in the wizard). */
    static final Set<String> NEWER_API = Set.of("AUTO_EFFECTS", "AUTO_REVERSE");
    static final List<OptionSpec.Choice> FORMATS = List.of(
            new OptionSpec.Choice("LANDSCAPE", "option.format.LANDSCAPE"),
            new OptionSpec.Choice("PORTRAIT", "option.format.PORTRAIT"));

    IaCreaAnimationProvider(IaCreaConnection connection, IaCreaProperties settings, Clock clock) {
        super(ID, "provider.iacrea-animation", capabilities(settings), connection, clock, "/api/animation/v2/get", ResultType.VIDEO);
    }

    private static Capabilities capabilities(IaCreaProperties settings) {
        return new Capabilities(Set.of(GenerationKind.CAMERA_MOTION),
                List.of(OptionSpec.choice(MOTION, MOTIONS, "ZOOM_IN").labelled("option.label.motion", null).eachPhoto(),
                        OptionSpec.choice(FORMAT, FORMATS, "LANDSCAPE").labelled("option.label.format", null),
                        OptionSpec.text(PROMPT, false, PROMPT_LIMIT)
                                .labelled("option.label.prompt.optional", "option.help.prompt.iacrea").eachPhoto()),
                1,
                // the pages give no limits: JPEG or PNG of a reasonable size (docs/vendors.md)
                new ImageConstraints(EnumSet.of(ImageFormat.JPEG, ImageFormat.PNG), 256, 4096, 10_000_000, false),
                new Cost(CreditCurrency.VIDEO, settings.animationCost()),
                Completion.CALLBACK, 0, 1, Duration.ofMillis(100), Duration.ofSeconds(90), Duration.ofMinutes(30),
                false, false);
    }

    record Generate(String userId, List<String> imageUrls, String option, @Nullable String prompt, String format,
                    @Nullable String webhook) {
    }

    record Generated(@Nullable String generationId, @Nullable Long remainingVideos, @Nullable String projectId) {
    }

    @Override
    public SubmitOutcome submit(SubmitRequest request) {
        var vendor = connection.require();
        var motion = request.option(MOTION);
        var prompt = request.options().get(PROMPT);
        var body = new Generate(vendor.userId(), List.of(request.images().getFirst().link().toString()), motion,
                NEWER_API.contains(motion) || prompt == null || prompt.isBlank() ? null : prompt.strip(),
                "PORTRAIT".equals(request.option(FORMAT)) ? "portrait" : "landscape",
                request.callbackUrl() == null ? null : request.callbackUrl().toString());
        var answer = IaCreaResponses.read(vendor.http().post("/api/animation/v2/generate", body, VendorHttp.Kind.CREATE),
                Generated.class, true);
        var id = IaCreaResponses.required(answer.generationId(), "generation_id");
        return new SubmitOutcome.Accepted(id, new VendorStatus.Running(-1, null, "STARTING"),
                facts("remaining_videos", answer.remainingVideos(), answer.projectId()));
    }
}
