package app.atelier.render;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The cards a film draws, read back pixel by pixel: what is there, where, in which colours; what is not given, not drawn. */
class FilmCardsTest {

    private static final Brand BRAND = new Brand(BrandFont.MONTSERRAT, new Color(0x123456), new Color(0xE9A48C), null);

    @Test
    void theClosingCardCarriesTheAgentThePriceAndBothClassesOnTheirOfficialColours() throws IOException {
        var card = FilmCards.closing(closing(EnergyClass.C, EnergyClass.E, "+33 6 12 34 56 78", "Visuel retouché par IA"),
                BRAND, VideoFormat.LANDSCAPE_HD);
        save(card, "film-closing-card-landscape");

        var areas = card.areas();
        assertThat(areas).containsKeys("agent", "agent-photo", "phone", "email", "agency", "reference", "energy-cost",
                "price.0", "price.1", "dpe.label", "ges.label", "ai");
        for (var each : EnergyClass.values()) {
            assertThat(colourIn(card, areas.get("dpe." + each.name()))).as("DPE " + each).isEqualTo(each.energyColour().getRGB() & 0xFFFFFF);
            assertThat(colourIn(card, areas.get("ges." + each.name()))).as("GES " + each).isEqualTo(each.climateColour().getRGB() & 0xFFFFFF);
        }
        assertThat(areas.get("dpe.chosen")).isEqualTo(areas.get("dpe.C"));
        assertThat(areas.get("ges.chosen")).isEqualTo(areas.get("ges.E"));
        assertThat(areas.get("dpe.C").width).as("the property's class stands out")
                .isGreaterThan(areas.get("dpe.D").width);
        assertThat(darkAndLight(card, areas.get("ai"))).as("the mention: white words on a dark plate").isTrue();
        assertInside(card);
    }

    @Test
    void whatIsNotGivenIsLeftOutNotInvented() {
        var card = FilmCards.closing(closing(EnergyClass.B, null, null, null), BRAND, VideoFormat.VERTICAL_HD);

        assertThat(card.areas()).containsKeys("agent", "dpe.B").doesNotContainKeys("phone", "ges.label", "ges.A", "ai");
        var corner = new Rectangle(40, VideoFormat.VERTICAL_HD.height() - 90, 300, 50);
        assertThat(colourIn(card, corner)).as("no mention without an AI scene").isEqualTo(0x123456);
        assertInside(card);
    }

    @Test
    void theOpeningCardCentresTheTitleUnderTheLogoWithItsTransparencyKept() throws IOException {
        var logo = new BufferedImage(400, 200, BufferedImage.TYPE_INT_ARGB);
        var g = logo.createGraphics();
        g.setColor(new Color(0xFFCC00));
        g.fillOval(100, 0, 200, 200);
        g.dispose();
        var brand = new Brand(BrandFont.LORA, new Color(0x123456), new Color(0xE9A48C), logo);
        for (var format : List.of(VideoFormat.LANDSCAPE_HD, VideoFormat.VERTICAL_HD, VideoFormat.SQUARE, VideoFormat.FEED)) {
            var card = FilmCards.opening(new FilmCards.Opening("Villa Les Oliviers", "Saint-Tropez",
                    List.of("1 250 000 €", "180 m²", "6 pièces", "4 chambres")), brand, format);
            save(card, "film-opening-card-" + format.name().toLowerCase());

            var areas = card.areas();
            assertThat(areas).containsKeys("logo", "title", "town", "facts");
            assertThat(Math.abs(areas.get("title").getCenterX() - format.width() / 2.0)).isLessThan(2);
            assertThat(areas.get("logo").y).isLessThan(areas.get("title").y);
            var box = areas.get("logo");
            assertThat(card.picture().getRGB(box.x + 2, box.y + 2) & 0xFFFFFF).as("the logo's transparent corner")
                    .isEqualTo(0x123456);
            assertThat(card.picture().getRGB((int) box.getCenterX(), (int) box.getCenterY()) & 0xFFFFFF).isEqualTo(0xFFCC00);
            assertInside(card);
        }
    }

    @Test
    void aCaptionIsABandLowInTheFrameAndTransparentElsewhere() throws IOException {
        var caption = FilmCards.caption("Séjour · 42 m²", BRAND, VideoFormat.SQUARE);
        save(caption, "film-caption-square");

        var band = caption.areas().get("caption");
        assertThat(band.getCenterY()).isGreaterThan(VideoFormat.SQUARE.height() * 0.7);
        assertThat(caption.picture().getRGB(10, 10) >>> 24).as("transparent above").isZero();
        assertThat(caption.picture().getRGB(band.x + 4, (int) band.getCenterY()) >>> 24).as("the band").isGreaterThan(200);
    }

    private static FilmCards.Closing closing(EnergyClass dpe, EnergyClass ges, String phone, String ai) {
        var agent = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        var g = agent.createGraphics();
        g.setColor(new Color(0x886644));
        g.fillRect(0, 0, 300, 400);
        g.dispose();
        return new FilmCards.Closing("Claire Martin", agent, phone, "claire.martin@agence-du-port.fr", "Agence du Port",
                "Réf. 1234", dpe, ges, "Classe énergie (DPE)", "Classe climat (GES)",
                "Estimation des coûts annuels d’énergie : entre 1 870 € et 2 570 € par an (prix de 2021)",
                List.of("1 250 000 € honoraires inclus, à la charge de l’acquéreur", "Soit 1 190 000 € hors honoraires (5,04 %)"),
                ai);
    }

    /** The colour in the right part of an area (past a letter drawn at its left). */
    private static int colourIn(FilmCards.Painted card, Rectangle area) {
        return card.picture().getRGB(area.x + area.width * 3 / 4, (int) area.getCenterY()) & 0xFFFFFF;
    }

    private static boolean darkAndLight(FilmCards.Painted card, Rectangle area) {
        boolean dark = false;
        boolean light = false;
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                int c = card.picture().getRGB(x, y);
                int sum = (c >> 16 & 0xFF) + (c >> 8 & 0xFF) + (c & 0xFF);
                dark |= sum < 150;
                light |= sum > 700;
            }
        }
        return dark && light;
    }

    private static void assertInside(FilmCards.Painted card) {
        var frame = new Rectangle(0, 0, card.picture().getWidth(), card.picture().getHeight());
        card.areas().forEach((name, area) -> assertThat(frame.contains(area)).as(name + " " + area).isTrue());
    }

    private static void save(FilmCards.Painted card, String name) throws IOException {
        var folder = Files.createDirectories(Path.of("target", "screenshots"));
        ImageIO.write(card.picture(), "png", folder.resolve(name + ".png").toFile());
    }
}
