package app.atelier.studio.ui;

import app.atelier.IntegrationTest;
import app.atelier.TestAccounts;
import app.atelier.TestCredits;
import app.atelier.TestGenerations;
import app.atelier.TestProjects;
import app.atelier.WithMember;
import app.atelier.account.AccountService;
import app.atelier.account.Role;
import app.atelier.generation.GenerationRequest;
import app.atelier.generation.GenerationRequests;
import app.atelier.generation.GenerationSummary;
import app.atelier.generation.Generations;
import app.atelier.generation.SubmitResult;
import app.atelier.media.MaskConvention;
import app.atelier.media.MediaLibrary;
import app.atelier.provider.GenerationKind;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.ProjectId;
import app.atelier.ui.BeforeAfter;
import app.atelier.ui.RenderedText;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exteriors without a browser: the wizard waits for a zone and a type and keeps the zone drawn; a
 * finished exterior is compared before and after and varied (same zone or edited, another type); a
 * Luma video is extended with what happens next. Each lands under the generation it continues.
 */
@IntegrationTest
@WithMember(role = Role.MEMBER)
class ExteriorViewsTest extends SpringBrowserlessTest {

    @Autowired
    TestProjects projects;

    @Autowired
    TestCredits credits;

    @Autowired
    TestGenerations made;

    @Autowired
    CurrentMember currentMember;

    @Autowired
    Generations generations;

    @Autowired
    GenerationRequests requests;

    @Autowired
    MediaLibrary media;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    UUID me;

    @BeforeEach
    void credits() {
        me = currentMember.require().actorId();
        credits.grant(TestAccounts.TEAM_ID, me, CreditCurrency.PHOTO, 5);
        credits.grant(TestAccounts.TEAM_ID, me, CreditCurrency.VIDEO, 10);
    }

    @Test
    void theWizardWaitsForAZoneAndATypeAndKeepsTheZoneDrawnOnOnePhoto() {
        var project = projects.project(TestAccounts.TEAM_ID, "Mas des Cigales", 2);
        UI.getCurrent().navigate(NewGenerationView.class, QueryParameters.of(NewGenerationView.PROJECT, project.toString()));
        var wizard = (NewGenerationView) getCurrentView();

        test(card(wizard.kindPicker, "data-kind", "EXTERIOR")).click();

        assertThat(card(wizard.providerPicker, "data-provider", "iacrea-exterior").getElement().getAttribute("aria-checked"))
                .isEqualTo("true");
        assertThat(RenderedText.joined()).contains("Une photo : la zone se peint dessus", "1 crédit photo par image",
                "Peignez d’abord la zone à aménager sur la photo.", "Aménagement : Ce réglage est obligatoire.");
        assertThat(wizard.generate.isEnabled()).as("no zone, no type").isFalse();
        var editor = wizard.settings.maskEditor().orElseThrow();
        assertThat(editor.getElement().getProperty("photoWidth", 0)).as("the first photo").isEqualTo(1200);

        PaintedMasks.paint(editor, "[" + PaintedMasks.rectangle(0, 0, 1200, 800) + "]");
        assertThat(RenderedText.joined()).contains("La zone couvre presque toute la photo");
        assertThat(wizard.generate.isEnabled()).isFalse();

        PaintedMasks.paint(editor, "[" + PaintedMasks.rectangle(100, 100, 500, 400) + "]");
        assertThat(editor.coverage()).isCloseTo(0.125, Offset.offset(0.005));
        assertThat(RenderedText.joined()).contains("La zone couvre 1", " % de la photo.", "Aménagement : Ce réglage est obligatoire.");
        assertThat(wizard.generate.isEnabled()).as("still no type").isFalse();

        exteriorChoice(wizard).setValue("POOL");
        assertThat(RenderedText.joined()).contains("1 image · Piscine", "Réalisée par le bac à sable d’IA Créa",
                "Cette génération utilisera 1 crédit photo (il vous en restera 4).");
        assertThat(wizard.generate.isEnabled()).isTrue();

        test(card(wizard.photoGrid, "aria-label", "photo-2.jpg")).click();
        assertThat(wizard.settings.maskEditor().orElseThrow().getElement().getProperty("photoWidth", 0))
                .as("another photo, a zone of its own").isEqualTo(1400);
        assertThat(wizard.generate.isEnabled()).isFalse();
        test(card(wizard.photoGrid, "aria-label", "photo-1.jpg")).click();
        PaintedMasks.paint(wizard.settings.maskEditor().orElseThrow(), "[" + PaintedMasks.rectangle(100, 100, 500, 400) + "]");

        test(wizard.generate).click();

        assertThat(getCurrentView()).isInstanceOf(ProjectView.class);
        var generation = only(project);
        assertThat(generation.photoName()).isEqualTo("photo-1.jpg");
        assertThat(generation.options()).containsEntry("exterior", "POOL").containsKey("mask");
        var mask = requests.mask(generation.id()).orElseThrow();
        assertThat(mask.getWidth()).isEqualTo(1200);
        assertThat(mask.getHeight()).isEqualTo(800);
        assertThat(mask.getRaster().getSample(300, 250, 0)).isEqualTo(MaskConvention.ZONE);
        assertThat(mask.getRaster().getSample(800, 600, 0)).isEqualTo(MaskConvention.KEEP);
        assertThat(generation.cost()).isEqualTo(1);
        assertThat(generation.currency()).isEqualTo(CreditCurrency.PHOTO);
    }

    @Test
    void aZoneOfAFewDotsIsSaidAndAskedAboutBeforeItIsSent() {
        var project = projects.project(TestAccounts.TEAM_ID, "Bastide des Oliviers", 2);
        UI.getCurrent().navigate(NewGenerationView.class, QueryParameters.of(NewGenerationView.PROJECT, project.toString()));
        var wizard = (NewGenerationView) getCurrentView();
        test(card(wizard.kindPicker, "data-kind", "EXTERIOR")).click();
        // a slip of the brush: 80 × 60 px of a 1200 × 800 photo
        PaintedMasks.paint(wizard.settings.maskEditor().orElseThrow(), "[" + PaintedMasks.rectangle(600, 400, 680, 460) + "]");
        exteriorChoice(wizard).setValue("POOL");
        assertThat(RenderedText.joined()).contains("La zone ne couvre que 0,5 % de la photo : est-ce bien toute la zone à aménager ?");
        assertThat(wizard.generate.isEnabled()).as("a small zone may still be sent").isTrue();

        test(wizard.generate).click();
        var asked = find(SmallZone.class).single();
        test(find(Button.class, asked).all().stream().filter(button -> button.hasClassName("small-zone-review"))
                .findFirst().orElseThrow()).click();
        assertThat(getCurrentView()).as("back to the zone").isInstanceOf(NewGenerationView.class);
        assertThat(generations.ofProject(project)).as("nothing sent").isEmpty();
        assertThat(wizard.generate.isEnabled()).isTrue();

        test(wizard.generate).click();
        test(find(SmallZone.class).single().anyway).click();
        assertThat(getCurrentView()).isInstanceOf(ProjectView.class);
        assertThat(generations.ofProject(project)).hasSize(1);
    }

    @Test
    void aFinishedExteriorIsComparedAndVariedWithTheSameZoneThenWithAnEditedOne() {
        var project = projects.project(TestAccounts.TEAM_ID, "Bastide des Oliviers", 2);
        var photo = projects.photosOf(project).getFirst();
        var zone = MaskConvention.blank(1200, 800);
        var g = zone.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(100, 100, 400, 300);
        g.dispose();
        var maskAsset = media.storeMask(TestAccounts.TEAM_ID, zone);
        var parent = made.succeeded(TestAccounts.TEAM_ID, project, photo, me, "iacrea-exterior", "EXTERIOR",
                "{\"exterior\":\"TERRACE\",\"mask\":\"" + maskAsset + "\"}", "{}", 1200, 800);
        var view = navigate("projects/" + project, ProjectView.class);

        assertThat(find(BeforeAfter.class, view.generationGrid).all()).hasSize(1);
        assertThat(RenderedText.joined()).contains("Terrasse", "Variation", "Télécharger");
        assertThat(RenderedText.joined()).as("written only when opened").contains("Détails").doesNotContain("Demandée par");
        openDetails(view);
        assertThat(RenderedText.joined()).as("the result's details").contains("Détails", "Service",
                "IA Créa — création d’extérieur", "Dimensions", "1 200 × 800 px", "Coût", "1 crédit photo", "Demandée par");

        test(button(view, "vary-generation")).click();
        var dialog = find(ContinueDialog.class).single();
        assertThat(dialog.type.getValue()).as("the parent's type to start from").isEqualTo("TERRACE");
        dialog.type.setValue("PETANQUE");
        assertThat(dialog.cost.getText()).isEqualTo("Cette génération utilisera 1 crédit photo (il vous en restera 4).");
        test(dialog.generate).click();

        var variation = generations.ofProject(project).stream().filter(found -> parent.equals(found.continues()))
                .findFirst().orElseThrow();
        assertThat(variation.options()).containsEntry("exterior", "PETANQUE").containsEntry("mask", maskAsset.toString());
        assertThat(Families.inFamilies(generations.ofProject(project))).extracting(GenerationSummary::id)
                .containsExactly(parent, variation.id());

        test(button(view, "vary-generation")).click();
        dialog = find(ContinueDialog.class).single();
        dialog.zone.setValue("edit");
        var editor = find(MaskEditor.class, dialog).single();
        assertThat(editor.coverage()).as("the parent's zone to edit").isCloseTo(0.125, Offset.offset(0.01));
        PaintedMasks.paint(editor, "[{\"t\":\"image\",\"id\":0}," + PaintedMasks.rectangle(700, 100, 1000, 300) + "]");
        test(dialog.generate).click();

        var edited = generations.ofProject(project).stream()
                .filter(found -> parent.equals(found.continues()) && !found.id().equals(variation.id()))
                .findFirst().orElseThrow();
        assertThat(edited.options().get("mask")).isNotEqualTo(maskAsset.toString());
        var newZone = requests.mask(edited.id()).orElseThrow();
        assertThat(newZone.getRaster().getSample(300, 250, 0)).as("kept from the parent").isEqualTo(MaskConvention.ZONE);
        assertThat(newZone.getRaster().getSample(850, 200, 0)).as("painted on top").isEqualTo(MaskConvention.ZONE);
        assertThat(List.of(variation.cost(), edited.cost())).containsExactly(1, 1);
    }

    @Test
    void anEmptyEditedZoneIsRefusedBeforeAnythingIsSpentOrStored() {
        var project = projects.project(TestAccounts.TEAM_ID, "Villa Azur", 1);
        var photo = projects.photosOf(project).getFirst();
        var maskAsset = media.storeMask(TestAccounts.TEAM_ID, MaskConvention.blank(1200, 800));
        made.succeeded(TestAccounts.TEAM_ID, project, photo, me, "iacrea-exterior", "EXTERIOR",
                "{\"exterior\":\"POOL\",\"mask\":\"" + maskAsset + "\"}", "{}", 1200, 800);
        var view = navigate("projects/" + project, ProjectView.class);
        int masksBefore = masks();

        test(button(view, "vary-generation")).click();
        var dialog = find(ContinueDialog.class).single();
        dialog.zone.setValue("edit");
        PaintedMasks.paint(find(MaskEditor.class, dialog).single(), "[{\"t\":\"clear\"}]");

        assertThat(dialog.cost.getText()).isEqualTo("Peignez d’abord la zone à aménager sur la photo.");
        assertThat(dialog.generate.isEnabled()).isFalse();
        assertThat(requests.submit(new GenerationRequest(project, List.of(photo), "iacrea-exterior", GenerationKind.EXTERIOR,
                Map.of("exterior", "POOL")), MaskConvention.blank(1200, 800)))
                .isEqualTo(new SubmitResult.Invalid(Map.of("mask", "mask.error.empty")));
        assertThat(generations.ofProject(project)).hasSize(1);
        assertThat(masks()).as("no mask left behind").isEqualTo(masksBefore);
        assertThat(credits.available(me, CreditCurrency.PHOTO)).isEqualTo(5);
    }

    @Test
    void aLumaVideoIsExtendedWithWhatHappensNext() {
        var project = projects.project(TestAccounts.TEAM_ID, "Domaine des Pins", 1);
        var photo = projects.photosOf(project).getFirst();
        var parent = made.succeeded(TestAccounts.TEAM_ID, project, photo, me, "luma", "AI_VIDEO",
                "{\"aspect_ratio\":\"16:9\",\"enhancement\":\"true\",\"end_image\":\"" + UUID.randomUUID()
                        + "\",\"loop\":\"false\",\"prompt\":\"La caméra glisse le long de la piscine\"}",
                "{\"video_id\":\"luma-video-1\"}", 1280, 768);
        var view = navigate("projects/" + project, ProjectView.class);
        openDetails(view);
        assertThat(RenderedText.joined()).as("the video's details").contains("Durée", "5 s",
                "La caméra glisse le long de la piscine");

        test(button(view, "extend-generation")).click();
        var dialog = find(ContinueDialog.class).single();
        assertThat(dialog.cost.getText()).isEqualTo("Décrivez ce qui se passe ensuite.");
        assertThat(dialog.generate.isEnabled()).isFalse();
        dialog.prompt.setValue("La caméra s’élève au-dessus du toit");
        assertThat(dialog.generate.isEnabled()).isTrue();
        test(dialog.generate).click();

        var extension = generations.ofProject(project).stream().filter(found -> parent.equals(found.continues()))
                .findFirst().orElseThrow();
        assertThat(extension.providerId()).isEqualTo("luma");
        assertThat(extension.options()).containsEntry("prompt", "La caméra s’élève au-dessus du toit")
                .containsEntry("aspect_ratio", "16:9").doesNotContainKey("end_image");
        assertThat(RenderedText.joined()).contains("Suite de la vidéo");
    }

    @Test
    void anImportedMaskOfAnotherSizeBecomesTheZoneAndAnUnreadableOneIsTakenBack() throws Exception {
        var project = projects.project(TestAccounts.TEAM_ID, "Clos des Vignes", 1);
        UI.getCurrent().navigate(NewGenerationView.class, QueryParameters.of(NewGenerationView.PROJECT, project.toString()));
        var wizard = (NewGenerationView) getCurrentView();
        test(card(wizard.kindPicker, "data-kind", "EXTERIOR")).click();
        var editor = wizard.settings.maskEditor().orElseThrow();
        // a quarter-size mask drawn elsewhere: its left half white
        var drawn = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        var g = drawn.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 150, 200);
        g.dispose();
        var png = new ByteArrayOutputStream();
        ImageIO.write(drawn, "png", png);

        PaintedMasks.imported(editor, 1, png.toByteArray());
        PaintedMasks.paint(editor, "[{\"t\":\"image\",\"id\":1}]");

        var mask = ImageIO.read(new ByteArrayInputStream(editor.getMask()));
        assertThat(mask.getWidth()).isEqualTo(1200);
        assertThat(mask.getHeight()).isEqualTo(800);
        assertThat(mask.getRaster().getSample(300, 400, 0)).isEqualTo(MaskConvention.ZONE);
        assertThat(mask.getRaster().getSample(900, 400, 0)).isEqualTo(MaskConvention.KEEP);
        assertThat(editor.coverage()).isCloseTo(0.5, Offset.offset(0.01));

        PaintedMasks.imported(editor, 2, "not an image".getBytes(StandardCharsets.UTF_8));
        assertThat(RenderedText.joined()).as("a notification says why")
                .contains("Ce fichier n’est pas une image lisible : importez un PNG noir et blanc.");
        assertThat(editor.coverage()).as("the zone is as it was").isCloseTo(0.5, Offset.offset(0.01));
    }

    @Test
    void theBrushAndOverlayAreRememberedForTheMemberNextTime() {
        var project = projects.project(TestAccounts.TEAM_ID, "Mas du Ventoux", 1);
        UI.getCurrent().navigate(NewGenerationView.class, QueryParameters.of(NewGenerationView.PROJECT, project.toString()));
        var wizard = (NewGenerationView) getCurrentView();
        test(card(wizard.kindPicker, "data-kind", "EXTERIOR")).click();
        var settings = "{\"brush\":0.08,\"colour\":\"#22c55e\",\"opacity\":0.35,\"feather\":6}";

        PaintedMasks.preferences(wizard.settings.maskEditor().orElseThrow(), settings);

        assertThat(accounts.maskPreferences()).contains(settings);
        UI.getCurrent().navigate(NewGenerationView.class, QueryParameters.of(NewGenerationView.PROJECT, project.toString()));
        wizard = (NewGenerationView) getCurrentView();
        test(card(wizard.kindPicker, "data-kind", "EXTERIOR")).click();
        var editor = wizard.settings.maskEditor().orElseThrow();
        assertThat(editor.getElement().getPropertyRaw("preferences"))
                .as("the new editor starts with them").hasToString(settings.replace(" ", ""));
        PaintedMasks.paint(editor, "[" + PaintedMasks.rectangle(0, 0, 600, 800) + "]", 6);
        var mask = editor.getMaskImage();
        assertThat(mask.getRaster().getSample(600, 400, 0)).as("the soft edge asked for").isBetween(60, 200);
    }

    private int masks() {
        return jdbc.sql("SELECT COUNT(*) FROM media_asset WHERE kind = 'MASK'").query(Integer.class).single();
    }

    private GenerationSummary only(ProjectId project) {
        var all = generations.ofProject(project);
        assertThat(all).hasSize(1);
        return all.getFirst();
    }

    private Button button(ProjectView view, String className) {
        return find(Button.class, view.generationGrid).all().stream().filter(button -> button.hasClassName(className))
                .findFirst().orElseThrow();
    }

    /** Opens the result's Details panel, as a member clicks it. */
    private void openDetails(ProjectView view) {
        test(find(Details.class, view.generationGrid).all().stream()
                .filter(details -> details.hasClassName("result-details-panel")).findFirst().orElseThrow()).openDetails();
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<String> exteriorChoice(NewGenerationView wizard) {
        return (RadioButtonGroup<String>) wizard.settings.field("exterior").orElseThrow();
    }

    private static Div card(Div picker, String attribute, String value) {
        return picker.getChildren().filter(Div.class::isInstance).map(Div.class::cast)
                .filter(card -> value.equals(card.getElement().getAttribute(attribute)))
                .findFirst().orElseThrow();
    }
}
