package app.atelier.studio.ui;

import app.atelier.media.MaskConvention;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a member drew in the mask editor, as the list of operations the editor sends (strokes,
 * filled polygons, clear, invert, an imported mask), drawn into a mask at any scale of the photo:
 * full size once for the mask that is kept, small to tell how much of the photo the zone covers.
 * The same list drawn twice gives the same mask.
 */
final class MaskPainting {

    /** The most operations a mask may hold (a member would need hours to draw that many). */
    static final int MAX_OPERATIONS = 5_000;
    /** The most points in one stroke or polygon. */
    static final int MAX_POINTS = 40_000;
    /** The most points in all of them together (a few megabytes at most, whatever a browser sends). */
    static final int MAX_TOTAL_POINTS = 400_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Coordinates and widths are kept within this many pixels (a photo has at most 50 megapixels). */
    private static final int LIMIT = 1_000_000;

    sealed interface Op {
    }

    /** @param points x, y, width triples in photo pixels */
    record Stroke(boolean erase, int[] points) implements Op {
    }

    /** @param points x, y pairs in photo pixels */
    record Fill(boolean erase, int[] points) implements Op {
    }

    record Clear() implements Op {
    }

    record Invert() implements Op {
    }

    /** An imported mask, by the number the editor gave it: it replaces what was drawn before. */
    record Imported(int id) implements Op {
    }

    private final List<Op> ops;

    private MaskPainting(List<Op> ops) {
        this.ops = List.copyOf(ops);
    }

    static MaskPainting empty() {
        return new MaskPainting(List.of());
    }

    static MaskPainting of(List<Op> ops) {
        return new MaskPainting(ops);
    }

    List<Op> operations() {
        return ops;
    }

    /** The editor's list; empty when it is not one (a tampered message draws nothing). */
    static Optional<MaskPainting> parse(String json) {
        try {
            var root = JSON.readTree(json);
            if (!root.isArray() || root.size() > MAX_OPERATIONS) {
                return Optional.empty();
            }
            var ops = new ArrayList<Op>();
            long points = 0;
            for (var node : root) {
                points += node.path("pts").size();
                if (points > MAX_TOTAL_POINTS) {
                    return Optional.empty();
                }
                var op = op(node);
                if (op.isEmpty()) {
                    return Optional.empty();
                }
                ops.add(op.get());
            }
            return Optional.of(new MaskPainting(ops));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static Optional<Op> op(JsonNode node) {
        var type = node.path("t").asString("");
        return switch (type) {
            case "stroke" -> points(node, 3).map(points -> new Stroke(node.path("erase").asBoolean(false), points));
            case "fill" -> points(node, 2).filter(points -> points.length >= 6)
                    .map(points -> new Fill(node.path("erase").asBoolean(false), points));
            case "clear" -> Optional.of(new Clear());
            case "invert" -> Optional.of(new Invert());
            case "image" -> node.path("id").isInt() ? Optional.of(new Imported(node.path("id").asInt())) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static Optional<int[]> points(JsonNode node, int group) {
        var points = node.path("pts");
        if (!points.isArray() || points.isEmpty() || points.size() % group != 0 || points.size() > MAX_POINTS * group) {
            return Optional.empty();
        }
        var values = new int[points.size()];
        for (int i = 0; i < values.length; i++) {
            var value = points.get(i);
            if (!value.isNumber()) {
                return Optional.empty();
            }
            // far beyond any photo is as good as its edge; a width is at least a pixel
            values[i] = (int) Math.clamp(Math.round(value.asDouble()), -LIMIT, LIMIT);
        }
        return Optional.of(values);
    }

    /**
     * The mask of a photo of {@code width} x {@code height} drawn at {@code scale} (1: full size).
     *
     * @param imported the imported masks by number, each the photo's size
     */
    BufferedImage paint(int width, int height, double scale, Map<Integer, BufferedImage> imported) {
        int w = Math.max(1, (int) Math.round(width * scale));
        int h = Math.max(1, (int) Math.round(height * scale));
        var mask = MaskConvention.blank(w, h);
        var zone = new Color(MaskConvention.ZONE, MaskConvention.ZONE, MaskConvention.ZONE);
        var keep = new Color(MaskConvention.KEEP, MaskConvention.KEEP, MaskConvention.KEEP);
        for (var op : ops) {
            switch (op) {
                case Stroke stroke -> draw(mask, scale, g -> stroke(g, stroke, stroke.erase() ? keep : zone));
                case Fill fill -> draw(mask, scale, g -> fill(g, fill, fill.erase() ? keep : zone));
                case Clear ignored -> MaskConvention.fill(mask, MaskConvention.KEEP);
                case Invert ignored -> {
                    var pixels = MaskConvention.pixels(mask);
                    for (int i = 0; i < pixels.length; i++) {
                        pixels[i] = (byte) (MaskConvention.inZone(pixels[i] & 0xff) ? MaskConvention.KEEP : MaskConvention.ZONE);
                    }
                }
                case Imported image -> {
                    MaskConvention.fill(mask, MaskConvention.KEEP);
                    var source = imported.get(image.id());
                    if (source != null) {
                        draw(mask, 1, g -> g.drawImage(source, 0, 0, w, h, null));
                    }
                }
            }
        }
        return mask;
    }

    private static void stroke(Graphics2D g, Stroke stroke, Color color) {
        g.setColor(color);
        var p = stroke.points();
        if (p.length == 3) {
            double r = Math.max(1, p[2]) / 2.0;
            g.fill(new Ellipse2D.Double(p[0] - r, p[1] - r, 2 * r, 2 * r));
        }
        for (int i = 3; i + 2 < p.length; i += 3) {
            g.setStroke(new BasicStroke(Math.max(1, (p[i - 1] + p[i + 2]) / 2f), BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(p[i - 3], p[i - 2], p[i], p[i + 1]));
        }
    }

    private static void fill(Graphics2D g, Fill fill, Color color) {
        g.setColor(color);
        var path = new Path2D.Double(Path2D.WIND_NON_ZERO);
        var p = fill.points();
        path.moveTo(p[0], p[1]);
        for (int i = 2; i + 1 < p.length; i += 2) {
            path.lineTo(p[i], p[i + 1]);
        }
        path.closePath();
        g.fill(path);
    }

    private interface Drawing {
        void on(Graphics2D g);
    }

    private static void draw(BufferedImage mask, double scale, Drawing drawing) {
        var g = mask.createGraphics();
        try {
            // no anti-aliasing: a pixel is in the zone or not; a soft edge is made on purpose (feather)
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(scale, scale);
            drawing.on(g);
        } finally {
            g.dispose();
        }
    }

    /**
     * Softens the zone's edge over about {@code radius} pixels (three box blurs, close to a Gaussian),
     * in place. Each pass costs the same whatever the radius.
     */
    static void feather(BufferedImage mask, int radius) {
        if (radius <= 0) {
            return;
        }
        var pixels = MaskConvention.pixels(mask);
        int w = mask.getWidth();
        int h = mask.getHeight();
        var values = new int[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            values[i] = pixels[i] & 0xff;
        }
        int box = Math.max(1, radius / 2);
        var scratch = new int[Math.max(w, h)];
        for (int pass = 0; pass < 3; pass++) {
            for (int y = 0; y < h; y++) {
                blurLine(values, y * w, 1, w, box, scratch);
            }
            for (int x = 0; x < w; x++) {
                blurLine(values, x, w, h, box, scratch);
            }
        }
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) values[i];
        }
    }

    /** A running-sum box blur along one row or column; edges repeat their last pixel. */
    private static void blurLine(int[] values, int start, int step, int length, int radius, int[] scratch) {
        int window = 2 * radius + 1;
        int sum = 0;
        for (int i = -radius; i <= radius; i++) {
            sum += values[start + Math.clamp(i, 0, length - 1) * step];
        }
        for (int i = 0; i < length; i++) {
            scratch[i] = (sum + window / 2) / window;
            int out = Math.clamp(i - radius, 0, length - 1);
            int in = Math.clamp(i + radius + 1, 0, length - 1);
            sum += values[start + in * step] - values[start + out * step];
        }
        for (int i = 0; i < length; i++) {
            values[start + i * step] = scratch[i];
        }
    }
}
