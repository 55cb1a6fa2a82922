package app.atelier.provider.iacrea;

import app.atelier.media.ImageConstraints;
import app.atelier.media.ImageFormat;
import app.atelier.provider.Capabilities;
import app.atelier.provider.Completion;
import app.atelier.provider.Continuation;
import app.atelier.provider.Cost;
import app.atelier.provider.ErrorCode;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.OptionSpec;
import app.atelier.provider.ProviderError;
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
 * IA Créa's exterior creation: a terrace, a pool or a pétanque court painted into the zone a mask
 * marks on a photo ({@code /api/create_exterior/generate}); a variation of an earlier one, with the
 * same mask or a new one and perhaps another type ({@code /generate-variation}); both read back with
 * {@code /get}. The mask is a PNG the size of the photo, white where the exterior goes
 * ({@link app.atelier.media.MaskConvention}).
 */
@Component
class IaCreaExteriorProvider extends IaCreaProvider {

    static final String ID = "iacrea-exterior";
    static final String EXTERIOR = "exterior";
    static final String MASK = "mask";

    static final List<OptionSpec.Choice> EXTERIORS = List.of(
            new OptionSpec.Choice("TERRACE", "option.exterior.TERRACE", "option.exterior.TERRACE.hint"),
            new OptionSpec.Choice("POOL", "option.exterior.POOL", "option.exterior.POOL.hint"),
            new OptionSpec.Choice("PETANQUE", "option.exterior.PETANQUE", "option.exterior.PETANQUE.hint"));

    IaCreaExteriorProvider(IaCreaConnection connection, IaCreaProperties settings, Clock clock) {
        super(ID, "provider.iacrea-exterior", capabilities(settings), connection, clock, "/api/create_exterior/get", ResultType.IMAGE);
    }

    private static Capabilities capabilities(IaCreaProperties settings) {
        return new Capabilities(Set.of(GenerationKind.EXTERIOR),
                List.of(OptionSpec.choice(EXTERIOR, EXTERIORS, null).labelled("option.label.exterior", null),
                        OptionSpec.image(MASK, true).labelled("option.label.mask", "option.help.mask")),
                1,
                // never resized: the mask must keep matching the photo pixel for pixel
                new ImageConstraints(EnumSet.of(ImageFormat.JPEG, ImageFormat.PNG), 256, Integer.MAX_VALUE, 25_000_000, false),
                new Cost(CreditCurrency.PHOTO, settings.exteriorCost()),
                Completion.CALLBACK, 0, 1, Duration.ofMillis(100), Duration.ofSeconds(60), Duration.ofMinutes(30),
                false, false);
    }

    record Generate(String userId, String imageUrl, String maskUrl, String roomType, int width, int height,
                    @Nullable String webhook) {
    }

    record Generated(@Nullable String generationId, @Nullable Long remainingPhotos, @Nullable String projectId) {
    }

    record Vary(String userId, String generationId, String originalUrl, @Nullable String maskUrl, String roomType,
                @Nullable String webhook) {
    }

    @Override
    public Continuation continuation() {
        return Continuation.VARIATION;
    }

    @Override
    public SubmitOutcome submit(SubmitRequest request) {
        var vendor = connection.require();
        var image = request.images().getFirst();
        var mask = request.attachment(MASK).orElse(null);
        var webhook = request.callbackUrl() == null ? null : request.callbackUrl().toString();
        var roomType = request.option(EXTERIOR);
        Generated answer;
        if (request.parent() != null) {
            answer = IaCreaResponses.read(vendor.http().post("/api/create_exterior/generate-variation",
                    new Vary(vendor.userId(), request.parent().vendorId(), image.link().toString(),
                            mask == null ? null : mask.link().toString(), roomType, webhook), VendorHttp.Kind.CREATE),
                    Generated.class, true);
        } else {
            if (mask == null) {
                return new SubmitOutcome.Refused(new ProviderError(ErrorCode.INVALID_INPUT, "An exterior needs a mask"));
            }
            answer = IaCreaResponses.read(vendor.http().post("/api/create_exterior/generate",
                    new Generate(vendor.userId(), image.link().toString(), mask.link().toString(), roomType,
                            image.width(), image.height(), webhook), VendorHttp.Kind.CREATE),
                    Generated.class, true);
        }
        var id = IaCreaResponses.required(answer.generationId(), "generation_id");
        return new SubmitOutcome.Accepted(id, new VendorStatus.Running(-1, null, "STARTING"),
                facts("remaining_photos", answer.remainingPhotos(), answer.projectId()));
    }
}
