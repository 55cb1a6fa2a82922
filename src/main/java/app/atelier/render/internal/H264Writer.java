package app.atelier.render.internal;

import app.atelier.render.RenderException;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * Writes YUV 4:2:0 frames as H.264 (libx264, from FFmpeg's GPL build) in an MP4 whose index comes
 * first, so browsers play and seek before the whole file has arrived, with, when asked, one AAC
 * stereo track at 48 kHz. JavaCV's defaults are overridden: it would otherwise use 400 kb/s and the
 * constrained baseline profile.
 */
public final class H264Writer implements AutoCloseable {

    static {
        FfmpegLogging.ensureQuiet();
    }

    private final FFmpegFrameRecorder recorder;
    private final int width;
    private final int height;
    private boolean open;

    /** The sample rate of the sound track, when there is one. */
    public static final int SAMPLE_RATE = 48_000;

    public H264Writer(Path file, int width, int height, int fps, String preset, int crf, int threads) {
        this(file, width, height, fps, preset, crf, threads, false);
    }

    /** @param sound whether the file has a sound track (AAC, stereo, 48 kHz), fed by {@link #writeSamples} */
    public H264Writer(Path file, int width, int height, int fps, String preset, int crf, int threads, boolean sound) {
        this.width = width;
        this.height = height;
        recorder = new FFmpegFrameRecorder(file.toFile(), width, height, sound ? 2 : 0);
        if (sound) {
            recorder.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
            recorder.setSampleRate(SAMPLE_RATE);
            recorder.setAudioChannels(2);
            recorder.setAudioBitrate(192_000);
        }
        recorder.setFormat("mp4");
        recorder.setVideoCodecName("libx264");
        recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
        recorder.setFrameRate(fps);
        recorder.setGopSize(fps * 2);
        recorder.setVideoBitrate(0);
        recorder.setVideoProfile(avcodec.AV_PROFILE_H264_HIGH);
        recorder.setVideoOption("preset", preset);
        recorder.setVideoOption("crf", Integer.toString(crf));
        if (threads > 0) {
            recorder.setVideoOption("threads", Integer.toString(threads));
        }
        // say what the frames hold (BT.709, limited range) so that every player shows the same colours
        recorder.setVideoOption("colorspace", "bt709");
        recorder.setVideoOption("color_primaries", "bt709");
        recorder.setVideoOption("color_trc", "bt709");
        recorder.setVideoOption("color_range", "tv");
        recorder.setOption("movflags", "+faststart");
        try {
            recorder.start();
            open = true;
        } catch (FFmpegFrameRecorder.Exception e) {
            throw new RenderException("The H.264 encoder did not start", e);
        }
    }

    public void write(ByteBuffer yuv420) {
        try {
            recorder.recordImage(width, height, Frame.DEPTH_UBYTE, 1, width, avutil.AV_PIX_FMT_YUV420P, yuv420);
        } catch (FFmpegFrameRecorder.Exception e) {
            throw new RenderException("The H.264 encoder refused a frame", e);
        }
    }

    /** Interleaved stereo samples (left, right…, from -1 to 1), in order, after the frames they go with. */
    public void writeSamples(java.nio.FloatBuffer interleaved) {
        try {
            recorder.recordSamples(SAMPLE_RATE, 2, interleaved);
        } catch (FFmpegFrameRecorder.Exception e) {
            throw new RenderException("The AAC encoder refused samples", e);
        }
    }

    /** Flushes the encoder and writes the index; the file is complete afterwards. */
    public void finish() {
        try {
            recorder.stop();
            open = false;
        } catch (FFmpegFrameRecorder.Exception e) {
            throw new RenderException("The H.264 encoder could not finish the file", e);
        }
    }

    @Override
    public void close() {
        try {
            if (open) {
                recorder.stop();
            }
            recorder.release();
        } catch (FFmpegFrameRecorder.Exception e) {
            throw new RenderException("The H.264 encoder could not be released", e);
        }
    }
}
