package app.atelier.provider.iacrea;

import app.atelier.provider.ErrorCode;
import app.atelier.provider.ProviderError;
import app.atelier.provider.ProviderException;
import app.atelier.provider.ResultFile;
import app.atelier.provider.ResultType;
import app.atelier.provider.VendorBalance;
import app.atelier.provider.VendorStatus;
import app.atelier.provider.vendor.VendorJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Optional;

/** How IA Créa's answers read, the same across its APIs (statuses differ in case and wording). */
final class IaCreaResponses {

    private IaCreaResponses() {
    }

    static <T> T read(JsonNode answer, Class<T> type, boolean create) {
        try {
            return VendorJson.MAPPER.treeToValue(answer, type);
        } catch (JacksonException unreadable) {
            throw new ProviderException(new ProviderError(ErrorCode.UNKNOWN, "IA Créa's answer could not be read: "
                    + unreadable.getOriginalMessage()), create, unreadable);
        }
    }

    /** A create call's answer must name the generation; without it we cannot follow what the vendor may have started. */
    static String required(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ProviderException(new ProviderError(ErrorCode.UNKNOWN, "IA Créa's answer has no " + field), true);
        }
        return value.strip();
    }

    /**
     * STARTING, IN_PROGRESS and PROCESSING (any case) are work under way; SUCCEEDED with its URLs is
     * done; FAILED failed (the vendor refunds its own credits). Anything else counts as under way
     * until the deadline.
     */
    static VendorStatus status(JsonNode answer, ResultType type) {
        var status = VendorJson.word(answer, "status").orElse("");
        return switch (status) {
            case "SUCCEEDED" -> {
                var files = new ArrayList<ResultFile>();
                var urls = answer.get("urls");
                if (urls != null && urls.isArray()) {
                    for (var url : urls) {
                        VendorJson.link(url.asString()).ifPresent(link -> files.add(new ResultFile.RemoteFile(link, type)));
                    }
                }
                var kept = new LinkedHashMap<String, String>();
                VendorJson.text(answer, "variationNumber").ifPresent(number -> kept.put("variation_number", number));
                // done but nothing to fetch: not a success we can store; the deadline ends it
                yield files.isEmpty() ? new VendorStatus.Running(-1, null, "SUCCEEDED without urls")
                        : new VendorStatus.Succeeded(files, kept);
            }
            case "FAILED" -> new VendorStatus.Failed(new ProviderError(ErrorCode.FAILED_AT_VENDOR,
                    "IA Créa says FAILED (it refunds its own credits)" + VendorJson.text(answer, "error").map(" — "::concat).orElse("")));
            case "STARTING" -> new VendorStatus.Running(2, null, status);
            default -> new VendorStatus.Running(-1, null, status.isEmpty() ? "(no status)" : status);
        };
    }

    /** The webhook's body is not documented: a JSON object naming {@code generation_id}, if that. */
    static Optional<String> generationIdIn(byte[] body) {
        return VendorJson.textIn(body, "generation_id");
    }

    /** {@code {total, subscription, extra}}: what is left in all. */
    static Optional<VendorBalance> balance(JsonNode answer, Clock clock) {
        var total = answer.get("total");
        if (total == null || !total.isNumber()) {
            return Optional.empty();
        }
        return Optional.of(new VendorBalance(total.asLong(), "vendor.unit.credits", clock.instant()));
    }
}
