package app.atelier.render;

import org.jspecify.annotations.Nullable;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pictures a film draws itself, at its size and in the team's brand: the opening card (logo,
 * title, town, the property's key facts), the closing card (the agent, the agency, the listing's
 * reference, the energy and climate classes on their coloured scales, the yearly energy cost, the
 * price and who pays the fees, the AI mention), and what is laid over a scene (a caption, the AI
 * mention). What a card is not given is left out, never invented. Each picture says where it drew
 * what ({@link Painted#areas()}), for whoever checks it.
 */
public final class FilmCards {

    private static final Color WHITE = Color.WHITE;

    private FilmCards() {
    }

    /** A picture and where things are on it ("title", "dpe.C", "ai"…). */
    public record Painted(BufferedImage picture, Map<String, Rectangle> areas) {
    }

    /** The opening card's words, already in the member's language; empty ones are left out. */
    public record Opening(@Nullable String title, @Nullable String town, List<String> facts) {
        public Opening {
            facts = facts.stream().filter(fact -> fact != null && !fact.isBlank()).toList();
        }
    }

    /**
     * The closing card's words, already in the member's language; empty ones are left out.
     *
     * @param dpeLabel   what the energy scale is called ("Classe énergie (DPE)")
     * @param gesLabel   what the climate scale is called ("Classe climat (GES)")
     * @param priceLines the price with who pays the agency's fees, and the price before fees when the buyer pays them
     * @param aiMention  the AI mention, when an AI made or retouched a scene (then not optional)
     */
    public record Closing(@Nullable String agentName, @Nullable BufferedImage agentPhoto, @Nullable String phone,
                          @Nullable String email, @Nullable String agency, @Nullable String reference,
                          @Nullable EnergyClass dpe, @Nullable EnergyClass ges, String dpeLabel, String gesLabel,
                          @Nullable String energyCost, List<String> priceLines, @Nullable String aiMention) {
        public Closing {
            priceLines = priceLines.stream().filter(line -> line != null && !line.isBlank()).toList();
        }
    }

    public static Painted opening(Opening card, Brand brand, VideoFormat format) {
        var canvas = new Canvas(format, brand, true);
        double u = canvas.unit;
        var blocks = new ArrayList<Runnable>();
        var heights = new ArrayList<Integer>();
        if (brand.logo() != null) {
            var logo = brand.logo();
            double scale = Math.min(format.width() * 0.36 / logo.getWidth(), 150 * u / logo.getHeight());
            int w = (int) Math.round(logo.getWidth() * scale);
            int h = (int) Math.round(logo.getHeight() * scale);
            heights.add(h + (int) (60 * u));
            blocks.add(() -> canvas.image("logo", logo, (format.width() - w) / 2, canvas.y, w, h));
        }
        addText(blocks, heights, canvas, "title", card.title(), brand.font().bold((float) (76 * u)), WHITE, 24 * u);
        addText(blocks, heights, canvas, "town", card.town(), brand.font().regular((float) (44 * u)), WHITE, 48 * u);
        if (!card.facts().isEmpty()) {
            addText(blocks, heights, canvas, "facts", String.join("  ·  ", card.facts()),
                    brand.font().bold((float) (40 * u)), brand.accent(), 0);
        }
        canvas.y = (format.height() - heights.stream().mapToInt(Integer::intValue).sum()) / 2;
        for (int i = 0; i < blocks.size(); i++) {
            blocks.get(i).run();
            canvas.y += heights.get(i);
        }
        return canvas.done();
    }

    private static void addText(List<Runnable> blocks, List<Integer> heights, Canvas canvas, String name,
                                @Nullable String text, Font font, Color colour, double after) {
        if (text == null || text.isBlank()) {
            return;
        }
        var fitted = canvas.fit(text.strip(), font, canvas.format.width() * 0.86);
        heights.add(canvas.lineHeight(fitted) + (int) after);
        blocks.add(() -> canvas.centred(name, text.strip(), fitted, colour));
    }

    public static Painted closing(Closing card, Brand brand, VideoFormat format) {
        var canvas = new Canvas(format, brand, true);
        double u = canvas.unit;
        int margin = (int) (70 * u);
        canvas.y = margin;
        // the agent: photo, name, how to reach them, the agency
        int photo = (int) (170 * u);
        boolean agent = card.agentName() != null || card.agentPhoto() != null;
        if (agent) {
            int textLeft = margin;
            if (card.agentPhoto() != null) {
                canvas.portrait(card.agentPhoto(), margin, canvas.y, photo);
                textLeft = margin + photo + (int) (36 * u);
            }
            int top = canvas.y;
            canvas.y += (int) (10 * u);
            canvas.left("agent", card.agentName(), brand.font().bold((float) (48 * u)), WHITE, textLeft, 10 * u);
            canvas.left("phone", card.phone(), brand.font().regular((float) (34 * u)), WHITE, textLeft, 6 * u);
            canvas.left("email", card.email(), brand.font().regular((float) (34 * u)), WHITE, textLeft, 6 * u);
            canvas.y = Math.max(canvas.y, top + photo) + (int) (30 * u);
        }
        canvas.left("agency", card.agency(), brand.font().bold((float) (38 * u)), brand.accent(), margin, 8 * u);
        canvas.left("reference", card.reference(), brand.font().regular((float) (30 * u)), WHITE, margin, 30 * u);
        // the energy and the climate, side by side
        if (card.dpe() != null || card.ges() != null) {
            int gap = (int) (40 * u);
            int scaleWidth = (format.width() - 2 * margin - gap) / 2;
            int top = canvas.y;
            int bottom = top;
            if (card.dpe() != null) {
                bottom = Math.max(bottom, canvas.scale("dpe", card.dpeLabel(), card.dpe(), true, margin, top, scaleWidth));
            }
            if (card.ges() != null) {
                int left = card.dpe() != null ? margin + scaleWidth + gap : margin;
                bottom = Math.max(bottom, canvas.scale("ges", card.gesLabel(), card.ges(), false, left, top, scaleWidth));
            }
            canvas.y = bottom + (int) (24 * u);
        }
        canvas.left("energy-cost", card.energyCost(), brand.font().regular((float) (30 * u)), WHITE, margin, 24 * u);
        for (int i = 0; i < card.priceLines().size(); i++) {
            canvas.left("price." + i, card.priceLines().get(i), brand.font().bold((float) (i == 0 ? 44 : 32) * (float) u),
                    i == 0 ? WHITE : brand.accent(), margin, 8 * u);
        }
        if (card.aiMention() != null && !card.aiMention().isBlank()) {
            canvas.mention(card.aiMention());
        }
        return canvas.done();
    }

    /** A caption laid over a scene: its words on a band of the main colour in the lower part of the frame. */
    public static Painted caption(String text, Brand brand, VideoFormat format) {
        var canvas = new Canvas(format, brand, false);
        double u = canvas.unit;
        var font = canvas.fit(text.strip(), brand.font().bold((float) (46 * u)), format.width() * 0.8);
        var metrics = canvas.graphics.getFontMetrics(font);
        int padX = (int) (34 * u);
        int padY = (int) (18 * u);
        int w = metrics.stringWidth(text.strip()) + 2 * padX;
        int h = metrics.getAscent() + metrics.getDescent() + 2 * padY;
        int x = (format.width() - w) / 2;
        int y = (int) (format.height() * 0.80) - h / 2;
        var g = canvas.graphics;
        g.setColor(new Color(brand.main().getRed(), brand.main().getGreen(), brand.main().getBlue(), 215));
        g.fill(new RoundRectangle2D.Double(x, y, w, h, 18 * u, 18 * u));
        g.setColor(brand.accent());
        g.fillRect(x + padX, y + h - (int) (8 * u), w - 2 * padX, Math.max(2, (int) (4 * u)));
        g.setColor(WHITE);
        g.setFont(font);
        g.drawString(text.strip(), x + padX, y + padY + metrics.getAscent());
        canvas.areas.put("caption", new Rectangle(x, y, w, h));
        return canvas.done();
    }

    /** The AI mention alone, laid over a scene an AI made or retouched. */
    public static Painted mention(String text, VideoFormat format) {
        var canvas = new Canvas(format, Brand.standard(), false);
        canvas.mention(text);
        return canvas.done();
    }

    /** A picture being drawn, with where things went. */
    private static final class Canvas {

        final VideoFormat format;
        final BufferedImage picture;
        final Graphics2D graphics;
        final Map<String, Rectangle> areas = new LinkedHashMap<>();
        final double unit;
        final Brand brand;
        int y;

        Canvas(VideoFormat format, Brand brand, boolean ground) {
            this.format = format;
            this.brand = brand;
            this.picture = new BufferedImage(format.width(), format.height(),
                    ground ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
            this.graphics = picture.createGraphics();
            this.unit = Math.min(format.width(), format.height()) / 1080.0;
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            if (ground) {
                graphics.setColor(brand.main());
                graphics.fillRect(0, 0, format.width(), format.height());
            } else {
                graphics.setComposite(AlphaComposite.Src);
                graphics.setColor(new Color(0, 0, 0, 0));
                graphics.fillRect(0, 0, format.width(), format.height());
                graphics.setComposite(AlphaComposite.SrcOver);
            }
        }

        /** The font, made smaller until {@code text} holds in {@code width}. */
        Font fit(String text, Font font, double width) {
            var fitted = font;
            while (graphics.getFontMetrics(fitted).stringWidth(text) > width && fitted.getSize2D() > 12) {
                fitted = fitted.deriveFont(fitted.getSize2D() * 0.92f);
            }
            return fitted;
        }

        int lineHeight(Font font) {
            var metrics = graphics.getFontMetrics(font);
            return metrics.getAscent() + metrics.getDescent();
        }

        void centred(String name, String text, Font font, Color colour) {
            var metrics = graphics.getFontMetrics(font);
            int w = metrics.stringWidth(text);
            int x = (format.width() - w) / 2;
            graphics.setFont(font);
            graphics.setColor(colour);
            graphics.drawString(text, x, y + metrics.getAscent());
            areas.put(name, new Rectangle(x, y, w, metrics.getAscent() + metrics.getDescent()));
        }

        /** A line from {@code left}, fitted to the frame, then {@code after} pixels of space; nothing when there is no text. */
        void left(String name, @Nullable String text, Font font, Color colour, int left, double after) {
            if (text == null || text.isBlank()) {
                return;
            }
            var fitted = fit(text.strip(), font, format.width() - left - 60 * unit);
            var metrics = graphics.getFontMetrics(fitted);
            graphics.setFont(fitted);
            graphics.setColor(colour);
            graphics.drawString(text.strip(), left, y + metrics.getAscent());
            int h = metrics.getAscent() + metrics.getDescent();
            areas.put(name, new Rectangle(left, y, metrics.stringWidth(text.strip()), h));
            y += h + (int) after;
        }

        void image(String name, BufferedImage image, int x, int top, int w, int h) {
            graphics.drawImage(image, x, top, w, h, null);
            areas.put(name, new Rectangle(x, top, w, h));
        }

        /** A round portrait: the middle of the photo, cut to a circle. */
        void portrait(BufferedImage photo, int x, int top, int side) {
            var clip = graphics.getClip();
            graphics.setClip(new Ellipse2D.Double(x, top, side, side));
            int square = Math.min(photo.getWidth(), photo.getHeight());
            graphics.drawImage(photo, x, top, x + side, top + side, (photo.getWidth() - square) / 2,
                    (photo.getHeight() - square) / 2, (photo.getWidth() + square) / 2, (photo.getHeight() + square) / 2, null);
            graphics.setClip(clip);
            graphics.setColor(brand.accent());
            graphics.setStroke(new BasicStroke((float) (5 * unit)));
            graphics.draw(new Ellipse2D.Double(x, top, side, side));
            areas.put("agent-photo", new Rectangle(x, top, side, side));
        }

        /**
         * A scale of seven bars, A to G, each in its colour and longer than the one before, the class
         * of the property's bar standing out (longer, outlined); returns where the scale ends.
         */
        int scale(String name, String label, EnergyClass chosen, boolean energy, int left, int top, int width) {
            var titleFont = fit(label, brand.font().bold((float) (30 * unit)), width);
            var titleMetrics = graphics.getFontMetrics(titleFont);
            graphics.setFont(titleFont);
            graphics.setColor(WHITE);
            graphics.drawString(label, left, top + titleMetrics.getAscent());
            areas.put(name + ".label", new Rectangle(left, top, titleMetrics.stringWidth(label), lineHeight(titleFont)));
            int barTop = top + lineHeight(titleFont) + (int) (12 * unit);
            int bar = (int) (44 * unit);
            int gap = (int) (7 * unit);
            var letters = brand.font().bold((float) (30 * unit));
            var letterMetrics = graphics.getFontMetrics(letters);
            for (var each : EnergyClass.values()) {
                int i = each.ordinal();
                boolean mine = each == chosen;
                int w = (int) (width * (0.34 + 0.08 * i) * (mine ? 1 : 0.86));
                int barY = barTop + i * (bar + gap);
                var colour = energy ? each.energyColour() : each.climateColour();
                graphics.setColor(colour);
                graphics.fillRect(left, barY, w, bar);
                if (mine) {
                    graphics.setColor(WHITE);
                    graphics.setStroke(new BasicStroke((float) (4 * unit)));
                    graphics.drawRect(left - (int) (3 * unit), barY - (int) (3 * unit), w + (int) (6 * unit), bar + (int) (6 * unit));
                    areas.put(name + ".chosen", new Rectangle(left, barY, w, bar));
                }
                boolean dark = (colour.getRed() * 299 + colour.getGreen() * 587 + colour.getBlue() * 114) / 1000 < 140;
                graphics.setColor(dark ? WHITE : new Color(0x1F2A37));
                graphics.setFont(letters);
                graphics.drawString(each.name(), left + (int) (14 * unit), barY + (bar + letterMetrics.getAscent()
                        - letterMetrics.getDescent()) / 2);
                areas.put(name + "." + each.name(), new Rectangle(left, barY, w, bar));
            }
            return barTop + 7 * (bar + gap);
        }

        /** The AI mention, white on a dark plate at the bottom left, as the results carry it. */
        void mention(String text) {
            var clip = graphics.getClip();
            var composite = graphics.getComposite();
            Caption.draw(graphics, format.width(), format.height(), text);
            graphics.setClip(clip);
            graphics.setComposite(composite);
            int[] plate = Caption.plate(format.width(), format.height(), text);
            areas.put("ai", new Rectangle(plate[0], plate[1], plate[2], plate[3]));
        }

        Painted done() {
            graphics.dispose();
            return new Painted(picture, Map.copyOf(areas));
        }
    }
}
