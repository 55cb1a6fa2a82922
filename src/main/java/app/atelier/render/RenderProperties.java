package app.atelier.render;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The local engine's settings ({@code atelier.render.*}).
 *
 * @param parallelRenders how many clips render at once; each keeps about two cores busy, so the
 *                        default is one per two cores, and the rest wait in line
 * @param preset          the x264 speed/size trade-off
 * @param crf             the x264 constant quality (lower is better and bigger; 18-23 is usual)
 * @param encoderThreads  x264 threads per render, 0 letting x264 choose
 */
@Validated
@ConfigurationProperties("atelier.render")
public record RenderProperties(@DefaultValue("0") @Min(0) int parallelRenders,
                               @DefaultValue("veryfast") @NotBlank String preset,
                               @DefaultValue("20") @Min(0) @Max(51) int crf,
                               @DefaultValue("0") @Min(0) int encoderThreads) {

    /** The defaults, for use outside Spring (tests, the benchmark). */
    public static RenderProperties defaults() {
        return new RenderProperties(0, "veryfast", 20, 0);
    }

    public int effectiveParallelRenders() {
        return parallelRenders > 0 ? parallelRenders : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }
}
