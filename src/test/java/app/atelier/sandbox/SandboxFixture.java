package app.atelier.sandbox;

import app.atelier.TestAccounts;
import app.atelier.TestCredits;
import app.atelier.TestProjects;
import app.atelier.generation.GenerationProbe;
import app.atelier.generation.GenerationRequest;
import app.atelier.generation.GenerationRequests;
import app.atelier.generation.SubmitResult;
import app.atelier.media.MediaLibrary;
import app.atelier.media.StoredKind;
import app.atelier.provider.GenerationKind;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.GenerationId;
import app.atelier.shared.ProjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

/** What the sandbox tests share: a member with credits, a project, submitting, and reading what came back. */
public class SandboxFixture {

    private final GenerationRequests requests;
    private final TestProjects projects;
    private final TestCredits credits;
    private final MediaLibrary media;
    private final CurrentMember currentMember;
    private final JdbcClient jdbc;

    public SandboxFixture(GenerationRequests requests, TestProjects projects, TestCredits credits, MediaLibrary media,
                   CurrentMember currentMember, JdbcClient jdbc) {
        this.requests = requests;
        this.projects = projects;
        this.credits = credits;
        this.media = media;
        this.currentMember = currentMember;
        this.jdbc = jdbc;
    }

    GenerationProbe probe() {
        return new GenerationProbe(jdbc);
    }

    UUID me() {
        return currentMember.require().actorId();
    }

    /** A project of one photo, and credits to spend. */
    ProjectId project(String name) {
        credits.grant(TestAccounts.TEAM_ID, me(), CreditCurrency.VIDEO, 50);
        credits.grant(TestAccounts.TEAM_ID, me(), CreditCurrency.PHOTO, 50);
        return projects.project(TestAccounts.TEAM_ID, name, 1);
    }

    GenerationId submit(ProjectId project, String provider, GenerationKind kind, Map<String, String> options, @Nullable GenerationId continues) {
        var result = requests.submit(new GenerationRequest(project, projects.photosOf(project), provider, kind, options, continues));
        assertThat(result).isInstanceOf(SubmitResult.Accepted.class);
        return ((SubmitResult.Accepted) result).generationIds().getFirst();
    }

    /** A PNG the size of the project's photo: white (the zone) over its lower half, black elsewhere. */
    UUID mask(ProjectId project, Path folder) {
        var photo = media.photos(TestAccounts.TEAM_ID, projects.photosOf(project)).getFirst();
        var mask = new BufferedImage(photo.width(), photo.height(), BufferedImage.TYPE_BYTE_GRAY);
        var g = mask.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, photo.height() / 2, photo.width(), photo.height() - photo.height() / 2);
        g.dispose();
        try {
            var file = folder.resolve("mask.png");
            ImageIO.write(mask, "png", file.toFile());
            return media.store(TestAccounts.TEAM_ID, file, StoredKind.IMAGE_PNG, photo.width(), photo.height());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The generation's first result: its type, size in pixels and length. */
    Map<String, Object> result(GenerationId generation) {
        return jdbc.sql("SELECT type, width, height, duration_ms, asset_id FROM generation_result WHERE generation_id = ? AND position = 0")
                .param(generation.value()).query().singleRow();
    }

    BufferedImage image(UUID asset, Path folder) {
        try {
            var file = Files.createTempFile(folder, "result", ".jpg");
            media.copyTo(TestAccounts.TEAM_ID, asset, file);
            return ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the sandbox called our webhook back for the generation's task. */
    boolean calledBack(GenerationId generation) {
        return jdbc.sql("SELECT t.called_back FROM sandbox_task t JOIN generation g ON g.vendor_id = t.id WHERE g.id = ?")
                .param(generation.value()).query(Boolean.class).single();
    }

    Map<String, Object> generation(GenerationId id) {
        return jdbc.sql("SELECT sandbox, vendor_facts, polls, error_code FROM generation WHERE id = ?").param(id.value()).query().singleRow();
    }

    List<String> ledger(GenerationId id) {
        return probe().ledger(id);
    }
}
