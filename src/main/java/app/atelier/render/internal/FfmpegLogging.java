package app.atelier.render.internal;

import org.bytedeco.ffmpeg.global.avutil;

/**
 * Keeps FFmpeg quiet: JavaCPP's notices go to SLF4J instead of stderr, and FFmpeg itself only
 * speaks up for errors (otherwise every clip would print x264's statistics and every photo its
 * stream dump). Touch {@link #ensureQuiet()} before the first FFmpeg call.
 */
public final class FfmpegLogging {

    static {
        System.setProperty("org.bytedeco.javacpp.logger", "slf4j");
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
    }

    private FfmpegLogging() {
    }

    public static void ensureQuiet() {
        // the static initializer has run by now
    }
}
