package app.atelier.studio.ui;

import app.atelier.media.MaskConvention;
import app.atelier.media.TestPhotos;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

/** What the server makes of the operations the mask editor sends: the mask the vendor will get. */
class MaskPaintingTest {

    private static BufferedImage paint(String ops, int width, int height) {
        return MaskPainting.parse(ops).orElseThrow().paint(width, height, 1, Map.of());
    }

    private static int at(BufferedImage mask, int x, int y) {
        return mask.getRaster().getSample(x, y, 0);
    }

    @Test
    void aStrokeIsWhiteUnderTheBrushAndBlackBeyondItsHalfWidth() {
        var mask = paint("[{\"t\":\"stroke\",\"erase\":false,\"pts\":[100,100,40,300,100,40]}]", 400, 200);

        assertThat(mask.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(mask.getWidth()).isEqualTo(400);
        assertThat(mask.getHeight()).isEqualTo(200);
        assertThat(at(mask, 200, 100)).isEqualTo(MaskConvention.ZONE);
        assertThat(at(mask, 200, 117)).isEqualTo(MaskConvention.ZONE);
        assertThat(at(mask, 85, 100)).as("the round cap").isEqualTo(MaskConvention.ZONE);
        assertThat(at(mask, 200, 123)).isEqualTo(MaskConvention.KEEP);
        assertThat(at(mask, 330, 100)).isEqualTo(MaskConvention.KEEP);
        assertThat(at(mask, 10, 10)).isEqualTo(MaskConvention.KEEP);
    }

    @Test
    void aLoneClickLeavesADotTheSizeOfTheBrush() {
        var mask = paint("[{\"t\":\"stroke\",\"erase\":false,\"pts\":[50,50,20]}]", 100, 100);

        assertThat(at(mask, 50, 50)).isEqualTo(MaskConvention.ZONE);
        assertThat(at(mask, 58, 50)).isEqualTo(MaskConvention.ZONE);
        assertThat(at(mask, 62, 50)).isEqualTo(MaskConvention.KEEP);
    }

    @Test
    void polygonsFillTheEraserTakesAwayInvertFlipsAndClearEmpties() {
        var filled = "{\"t\":\"fill\",\"erase\":false,\"pts\":[10,10,90,10,90,90,10,90]}";
        var erased = "{\"t\":\"stroke\",\"erase\":true,\"pts\":[50,0,10,50,100,10]}";

        var mask = paint("[" + filled + "," + erased + "]", 100, 100);
        assertThat(at(mask, 20, 20)).isEqualTo(MaskConvention.ZONE);
        assertThat(at(mask, 50, 50)).as("erased").isEqualTo(MaskConvention.KEEP);
        assertThat(at(mask, 95, 95)).isEqualTo(MaskConvention.KEEP);

        var inverted = paint("[" + filled + "," + erased + ",{\"t\":\"invert\"}]", 100, 100);
        assertThat(at(inverted, 20, 20)).isEqualTo(MaskConvention.KEEP);
        assertThat(at(inverted, 50, 50)).isEqualTo(MaskConvention.ZONE);
        assertThat(at(inverted, 95, 95)).isEqualTo(MaskConvention.ZONE);

        var cleared = paint("[" + filled + ",{\"t\":\"clear\"}]", 100, 100);
        assertThat(MaskConvention.coverage(cleared)).isZero();
    }

    @Test
    void aSelfCrossingLassoFillsBothLoops() {
        // a figure of eight: with the non-zero rule both loops are in the zone, as in the browser
        var mask = paint("[{\"t\":\"fill\",\"erase\":false,\"pts\":[10,10,90,90,90,10,10,90]}]", 100, 100);

        assertThat(at(mask, 80, 50)).isEqualTo(MaskConvention.ZONE);
        assertThat(at(mask, 20, 50)).isEqualTo(MaskConvention.ZONE);
        assertThat(at(mask, 50, 20)).isEqualTo(MaskConvention.KEEP);
    }

    @Test
    void anImportedMaskReplacesWhatWasDrawnAndLaterStrokesGoOnTop() {
        var imported = MaskConvention.blank(200, 100);
        var g = imported.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 100, 100);
        g.dispose();
        var painting = MaskPainting.parse("[{\"t\":\"stroke\",\"erase\":false,\"pts\":[150,50,20]},{\"t\":\"image\",\"id\":3},"
                + "{\"t\":\"stroke\",\"erase\":false,\"pts\":[180,80,10]}]").orElseThrow();

        var mask = painting.paint(200, 100, 1, Map.of(3, imported));

        assertThat(at(mask, 50, 50)).isEqualTo(MaskConvention.ZONE);
        assertThat(at(mask, 150, 50)).as("drawn before the import").isEqualTo(MaskConvention.KEEP);
        assertThat(at(mask, 180, 80)).isEqualTo(MaskConvention.ZONE);
    }

    @Test
    void theSameOperationsAtAQuarterScaleCoverTheSameShare() {
        var ops = "[" + PaintedMasks.rectangle(400, 300, 1600, 900) + "]";
        var painting = MaskPainting.parse(ops).orElseThrow();

        var full = painting.paint(4000, 3000, 1, Map.of());
        var small = painting.paint(4000, 3000, 0.12, Map.of());

        assertThat(full.getWidth()).isEqualTo(4000);
        assertThat(small.getWidth()).isEqualTo(480);
        assertThat(MaskConvention.coverage(full)).isCloseTo(0.06, org.assertj.core.data.Offset.offset(0.001));
        assertThat(MaskConvention.coverage(small)).isCloseTo(0.06, org.assertj.core.data.Offset.offset(0.003));
    }

    @Test
    void aSoftEdgeFadesAcrossTheBorderAndLeavesTheMiddleAlone() {
        var mask = paint("[" + PaintedMasks.rectangle(50, 0, 200, 100) + "]", 200, 100);

        MaskPainting.feather(mask, 20);

        assertThat(at(mask, 150, 50)).isEqualTo(MaskConvention.ZONE);
        assertThat(at(mask, 10, 50)).isEqualTo(MaskConvention.KEEP);
        assertThat(at(mask, 50, 50)).as("on the border: half way").isBetween(100, 160);
        assertThat(at(mask, 45, 50)).isLessThan(at(mask, 50, 50));
        assertThat(at(mask, 55, 50)).isGreaterThan(at(mask, 50, 50));
    }

    @Test
    void whatIsNotTheEditorsListIsRefused() {
        assertThat(MaskPainting.parse("{}")).isEmpty();
        assertThat(MaskPainting.parse("not json")).isEmpty();
        assertThat(MaskPainting.parse("[{\"t\":\"paint\"}]")).isEmpty();
        assertThat(MaskPainting.parse("[{\"t\":\"stroke\",\"pts\":[1,2]}]")).as("not x, y, width triples").isEmpty();
        assertThat(MaskPainting.parse("[{\"t\":\"fill\",\"pts\":[1,2,3,4]}]")).as("two corners are no polygon").isEmpty();
        assertThat(MaskPainting.parse("[{\"t\":\"stroke\",\"pts\":[\"a\",2,3]}]")).isEmpty();
        assertThat(MaskPainting.parse("[" + "{\"t\":\"clear\"},".repeat(MaskPainting.MAX_OPERATIONS) + "{\"t\":\"clear\"}]"))
                .as("more than anyone draws").isEmpty();
        var longStroke = "{\"t\":\"stroke\",\"pts\":[" + "1,2,3,".repeat(MaskPainting.MAX_POINTS - 1) + "1,2,3]}";
        assertThat(MaskPainting.parse("[" + (longStroke + ",").repeat(10) + longStroke + "]"))
                .as("more points in all than any drawing").isEmpty();
        assertThat(MaskPainting.parse("[{\"t\":\"stroke\",\"pts\":[5,5,-30,9,9,0]}]")).as("widths below a pixel")
                .hasValueSatisfying(painting -> assertThat(painting.paint(20, 20, 1, Map.of()).getRaster().getSample(7, 7, 0))
                        .isEqualTo(MaskConvention.ZONE));
        assertThat(MaskPainting.parse("[]")).get().extracting(painting -> painting.operations().size()).isEqualTo(0);
    }

    @Test
    void anImportedImageOfAnotherSizeIsScaledAndThresholded() throws IOException {
        var picture = new BufferedImage(100, 50, BufferedImage.TYPE_INT_ARGB);
        var g = picture.createGraphics();
        g.setColor(new Color(230, 230, 230));
        g.fillRect(0, 0, 50, 50);
        g.setColor(new Color(255, 255, 255, 40));
        g.fillRect(50, 0, 50, 50);
        g.dispose();
        var png = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", png);

        var mask = MaskConvention.read(png.toByteArray(), 400, 200).orElseThrow();

        assertThat(mask.getWidth()).isEqualTo(400);
        assertThat(at(mask, 100, 100)).as("light grey is the zone").isEqualTo(MaskConvention.ZONE);
        assertThat(at(mask, 300, 100)).as("nearly transparent white is not").isEqualTo(MaskConvention.KEEP);
        assertThat(MaskConvention.read("no image".getBytes(), 400, 200)).isEmpty();
        assertThat(MaskConvention.read(TestPhotos.pngHeaderClaiming(20_000, 20_000), 400, 200))
                .as("a header claiming 400 megapixels is not decoded").isEmpty();
    }

    @Test
    void anEmptyZoneAndAZoneOverNearlyEverythingAreRefused() {
        assertThat(MaskConvention.problem(0)).contains("mask.error.empty");
        assertThat(MaskConvention.problem(0.0005)).contains("mask.error.empty");
        assertThat(MaskConvention.problem(0.3)).isEmpty();
        assertThat(MaskConvention.problem(0.97)).contains("mask.error.full");
    }
}
