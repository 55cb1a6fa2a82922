package app.atelier.sharing;

import app.atelier.IntegrationTest;
import app.atelier.TestAccounts;
import app.atelier.TestGenerations;
import app.atelier.TestProjects;
import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.generation.Generations;
import app.atelier.media.MediaLibrary;
import app.atelier.project.DeleteOutcome;
import app.atelier.provider.ResultType;
import app.atelier.render.Caption;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.GenerationId;
import app.atelier.shared.ProjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Share links end to end below the page: made for some results, their files to anyone with the
 * link (ranges, downloads, the mention when asked), and nothing at all once expired or revoked, for
 * another position, or for another team's results.
 */
@IntegrationTest
@WithMember(role = Role.MEMBER)
class SharesTest {

    @Autowired
    Shares shares;

    @Autowired
    Downloads downloads;

    @Autowired
    TestProjects projects;

    @Autowired
    TestGenerations made;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CurrentMember currentMember;

    @Autowired
    Generations generations;

    @Autowired
    MediaLibrary media;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebApplicationContext context;

    MockMvc http;
    ProjectId project;
    GenerationId pool;
    GenerationId video;
    GenerationId unshared;

    @BeforeEach
    void threeResults() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var me = currentMember.require().actorId();
        project = projects.project(TestAccounts.TEAM_ID, "Villa Les Oliviers", 2);
        var photos = projects.photosOf(project);
        pool = made.succeeded(TestAccounts.TEAM_ID, project, photos.get(0), me, "iacrea-exterior", "EXTERIOR",
                "{\"exterior\":\"POOL\"}", "{}", 1200, 800);
        video = made.cameraMotion(TestAccounts.TEAM_ID, project, photos.get(1), me, "ZOOM_IN", "SUCCEEDED", 100, null);
        unshared = made.succeeded(TestAccounts.TEAM_ID, project, photos.get(1), me, "iacrea-exterior", "EXTERIOR",
                "{\"exterior\":\"TERRACE\"}", "{}", 1200, 800);
    }

    @Test
    void anyoneWithTheLinkGetsWhatItSharesAndNothingElse() throws Exception {
        var created = (ShareResult.Created) shares.create(new ShareRequest(project, List.of(pool, video), "Pour M. Martin",
                Duration.ofDays(7), null));
        var token = created.path().substring(created.path().lastIndexOf('/') + 1);
        assertThat(created.path()).isEqualTo("share/" + token);

        var page = shares.open(token).orElseThrow();
        assertThat(page.title()).isEqualTo("Pour M. Martin");
        assertThat(page.items()).extracting(SharedPage.Item::type).containsExactly(ResultType.IMAGE, ResultType.VIDEO);
        assertThat(page.items()).extracting(SharedPage.Item::fileName)
                .containsExactly("pour-m-martin-1.jpg", "pour-m-martin-2.mp4");

        var image = fetch(get(Shares.FILES + token + "/1"));
        assertThat(image.getStatus()).isEqualTo(200);
        assertThat(image.getContentAsByteArray()).isEqualTo(stored(pool));
        var part = fetch(get(Shares.FILES + token + "/2").header("Range", "bytes=0-99"));
        assertThat(part.getStatus()).isEqualTo(206);
        assertThat(part.getContentAsByteArray()).hasSize(100);
        var saved = fetch(get(Shares.FILES + token + "/2").param("download", "pour-m-martin-2.mp4"));
        assertThat(saved.getHeader("Content-Disposition")).contains("attachment").contains("pour-m-martin-2.mp4");
        assertThat(fetch(get(Shares.FILES + token + "/2/poster")).getContentType())
                .isEqualTo("image/jpeg");

        assertThat(status(Shares.FILES + token + "/3")).as("no third result").isEqualTo(404);
        assertThat(status(Shares.FILES + token + "/0")).isEqualTo(404);
        assertThat(status(Shares.FILES + token.substring(1) + "x/1")).as("another token").isEqualTo(404);
        assertThat(status(Shares.FILES + "not-a-token/1")).isEqualTo(404);
        assertThat(shares.list()).first().satisfies(share -> {
            assertThat(share.views()).isEqualTo(1);
            assertThat(share.items()).isEqualTo(2);
            assertThat(share.state()).isEqualTo(ShareSummary.State.OPEN);
            assertThat(share.mayRevoke()).isTrue();
        });
        assertThat(unshared).isNotNull();
    }

    @Test
    void aRevokedOrExpiredLinkIsNotFound() throws Exception {
        var revoked = token(shares.create(new ShareRequest(project, List.of(pool), "", Duration.ofHours(1), null)));
        var expiring = token(shares.create(new ShareRequest(project, List.of(pool), "", Duration.ofDays(30), null)));
        assertThat(status(Shares.FILES + revoked + "/1")).isEqualTo(200);

        var id = shares.list().stream().filter(share -> share.expiresAt().isBefore(OffsetDateTime.now().plusDays(1).toInstant()))
                .findFirst().orElseThrow().id();
        assertThat(shares.revoke(id)).isTrue();
        assertThat(shares.revoke(id)).as("once").isFalse();
        assertThat(shares.open(revoked)).isEmpty();
        assertThat(status(Shares.FILES + revoked + "/1")).isEqualTo(404);

        jdbc.sql("UPDATE share_link SET expires_at = ? WHERE token_hash <> ''")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1)).update();
        assertThat(shares.open(expiring)).isEmpty();
        assertThat(status(Shares.FILES + expiring + "/1")).isEqualTo(404);
        assertThat(shares.list()).extracting(ShareSummary::state)
                .contains(ShareSummary.State.REVOKED, ShareSummary.State.EXPIRED);
    }

    @Test
    void aLinkMayNotOpenForTooLongNorShowAnotherTeamsResults() {
        assertThat(shares.create(new ShareRequest(project, List.of(pool), "", Duration.ofMinutes(30), null)))
                .isEqualTo(new ShareResult.Refused("share.error.lifetime"));
        assertThat(shares.create(new ShareRequest(project, List.of(pool), "", Duration.ofDays(31), null)))
                .isEqualTo(new ShareResult.Refused("share.error.lifetime"));
        assertThat(shares.create(new ShareRequest(project, List.of(), "", Duration.ofDays(1), null)))
                .isEqualTo(new ShareResult.Refused("share.error.nothing"));
        var other = accounts.otherTeam();
        var theirs = projects.project(other, "Leur villa", 1);
        var theirResult = made.succeeded(other, theirs, projects.photosOf(theirs).getFirst(),
                accounts.memberOf(other, Role.MEMBER).memberId(), "iacrea-exterior", "EXTERIOR", "{\"exterior\":\"POOL\"}",
                "{}", 1200, 800);
        long before = jdbc.sql("SELECT COUNT(*) FROM share_link").query(Long.class).single();

        assertThat(shares.create(new ShareRequest(theirs, List.of(theirResult), "", Duration.ofDays(1), null)))
                .isEqualTo(new ShareResult.Refused("share.error.not-found"));
        assertThat(shares.create(new ShareRequest(project, List.of(pool, theirResult), "", Duration.ofDays(1), null)))
                .as("one of them is not ours").isEqualTo(new ShareResult.Refused("share.error.not-found"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM share_link").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void withTheMentionTheLinkShowsTheLabelledCopyAndTheOriginalStaysAsItWas() throws Exception {
        var label = new AiLabel("fr", "Visuel retouché par IA");
        var token = token(shares.create(new ShareRequest(project, List.of(pool), "", Duration.ofDays(1), label)));

        var shown = fetch(get(Shares.FILES + token + "/1")).getContentAsByteArray();
        var original = stored(pool);
        assertThat(shown).isNotEqualTo(original);
        var labelled = ImageIO.read(new ByteArrayInputStream(shown));
        var plain = ImageIO.read(new ByteArrayInputStream(original));
        assertThat(labelled.getWidth()).isEqualTo(1200);
        assertThat(labelled.getHeight()).isEqualTo(800);
        var plate = Caption.plate(1200, 800, label.text());
        assertThat(difference(labelled, plain, plate[0], plate[1], plate[2], plate[3])).as("the plate is drawn").isGreaterThan(20);
        assertThat(difference(labelled, plain, 1200 - 300, 0, 300, 200)).as("elsewhere nothing changes").isLessThan(3);

        var download = new ByteArrayOutputStream();
        assertThat(downloads.writeResult(pool, label, download)).isTrue();
        assertThat(download.toByteArray()).as("the same copy, made once").isEqualTo(shown);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM labelled_copy WHERE team_id = ?").params(TestAccounts.TEAM_ID)
                .query(Long.class).single()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void deletingTheResultTakesItsLabelledCopyAndItsPlaceOnTheLink() throws Exception {
        var label = new AiLabel("en", "AI-generated visual");
        var token = token(shares.create(new ShareRequest(project, List.of(pool), "", Duration.ofDays(1), label)));
        var copy = jdbc.sql("SELECT asset_id FROM labelled_copy WHERE language = 'en' AND source_asset_id = ?")
                .params(generations.find(pool).orElseThrow().results().getFirst().asset()).query(UUID.class).single();

        assertThat(generations.delete(pool)).isEqualTo(DeleteOutcome.DELETED);

        assertThat(shares.open(token)).as("nothing left to show").isEmpty();
        assertThat(status(Shares.FILES + token + "/1")).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM media_asset WHERE id = ?").params(copy).query(Long.class).single()).isZero();
    }

    private static String token(ShareResult result) {
        var url = ((ShareResult.Created) result).path();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** A request from someone not signed in (the member signed in for the test stays so afterwards). */
    private MockHttpServletResponse fetch(MockHttpServletRequestBuilder request) throws Exception {
        var signedIn = SecurityContextHolder.getContext();
        try {
            return http.perform(request.with(anonymous())).andReturn().getResponse();
        } finally {
            SecurityContextHolder.setContext(signedIn);
        }
    }

    private int status(String path) throws Exception {
        return fetch(get(path)).getStatus();
    }

    private byte[] stored(GenerationId generation) {
        var out = new ByteArrayOutputStream();
        media.writeTo(TestAccounts.TEAM_ID, generations.find(generation).orElseThrow().results().getFirst().asset(), out);
        return out.toByteArray();
    }

    /** The mean difference of the red, green and blue values in a box, 0 to 255. */
    private static double difference(java.awt.image.BufferedImage a, java.awt.image.BufferedImage b, int x, int y, int w, int h) {
        long sum = 0;
        for (int j = y; j < y + h; j++) {
            for (int i = x; i < x + w; i++) {
                int p = a.getRGB(i, j);
                int q = b.getRGB(i, j);
                sum += Math.abs((p >> 16 & 255) - (q >> 16 & 255)) + Math.abs((p >> 8 & 255) - (q >> 8 & 255))
                        + Math.abs((p & 255) - (q & 255));
            }
        }
        return sum / (3.0 * w * h);
    }
}
