package app.atelier.render.internal;

import app.atelier.render.Framing;
import app.atelier.render.Motion;

import java.nio.file.Path;

/**
 * The frames of a camera motion over a photo: the photo decoded once, just finely enough that the
 * closest frame is sampled about one photo pixel per video pixel, and each frame cut from it.
 */
public final class PhotoFrames {

    private final CameraPath path;
    private final DecodedPhoto decoded;
    private final FrameSampler sampler;
    private final int frames;

    public PhotoFrames(Path photo, Motion motion, Framing framing, int width, int height, int frames) {
        this.frames = frames;
        int[] size = SourcePhoto.size(photo);
        this.path = new CameraPath(motion, size[0], size[1], (double) width / height, framing);
        double closest = Double.MAX_VALUE;
        for (int i = 0; i < frames; i++) {
            closest = Math.min(closest, path.frame(i, frames).width());
        }
        this.decoded = SourcePhoto.decode(photo, width / closest);
        this.sampler = new FrameSampler(decoded.planes(), width, height);
    }

    /** Frame {@code index} (YUV 4:2:0), valid until the next call. */
    public byte[] frame(int index) {
        return sampler.sample(decoded.onPlanes(path.frame(index, frames)));
    }

    public int frameBytes() {
        return sampler.frameBytes();
    }
}
