package app.atelier.media.internal;

import app.atelier.IntegrationTest;
import app.atelier.TestAccounts;
import app.atelier.account.Role;
import app.atelier.account.SignedInMember;
import app.atelier.media.MediaLibrary;
import app.atelier.media.PhotoImport;
import app.atelier.media.PhotoSummary;
import app.atelier.media.TestPhotos;
import app.atelier.media.storage.Storage;
import app.atelier.shared.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Files over HTTP, through the real security filters: to the team's members, by range, and by signed link. */
@IntegrationTest
class MediaServingTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    MediaLibrary media;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SignedLinks links;

    @Autowired
    Storage storage;

    @Autowired
    AssetRepository assets;

    MockMvc http;
    PhotoSummary photo;
    byte[] original;

    @BeforeEach
    void aPhotoOfTheFixtureTeam() throws Exception {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var team = accounts.ensureTeam();
        photo = ((PhotoImport.Imported) media.importUpload(team, "façade.jpg",
                new ByteArrayInputStream(TestPhotos.jpeg(1600, 1200)))).photo();
        try (var in = storage.open(assets.findById(photo.original()).orElseThrow().storageKey(), 0, -1)) {
            original = in.readAllBytes();
        }
    }

    @Test
    void aMemberOfTheTeamGetsTheFileWithLongCacheHeaders() throws Exception {
        var response = http.perform(get(MediaLibrary.memberUrl(photo.original())).with(as(member(Role.VIEWER))))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsByteArray()).isEqualTo(original);
        assertThat(response.getContentType()).isEqualTo("image/jpeg");
        assertThat(response.getHeader("Cache-Control")).contains("private").contains("immutable");
        assertThat(response.getHeader("ETag")).isEqualTo("\"" + photo.original() + "\"");
        assertThat(response.getHeader("Accept-Ranges")).isEqualTo("bytes");
    }

    @Test
    void thumbnailsAreServedTheSameWay() throws Exception {
        var response = http.perform(get(MediaLibrary.memberUrl(photo.thumbnailSmall())).with(as(member(Role.MEMBER))))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("image/jpeg");
        assertThat(response.getContentAsByteArray().length).isLessThan(original.length);
    }

    @Test
    void aMemberOfAnotherTeamFindsNothingThere() throws Exception {
        var outsider = accounts.memberOf(accounts.otherTeam(), Role.ADMIN);

        var response = http.perform(get(MediaLibrary.memberUrl(photo.original())).with(as(outsider))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    @Test
    void unknownFilesAreNotFound() throws Exception {
        assertThat(http.perform(get("/media/01a1fe94-0000-7000-8000-000000000000").with(as(member(Role.ADMIN))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(http.perform(get("/media/not-an-id").with(as(member(Role.ADMIN))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void anonymousVisitorsGetNoFile() throws Exception {
        var response = http.perform(get(MediaLibrary.memberUrl(photo.original()))).andReturn().getResponse();

        assertThat(response.getStatus()).isNotEqualTo(200);
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    @Test
    void aRangeGetsJustThoseBytes() throws Exception {
        var response = http.perform(get(MediaLibrary.memberUrl(photo.original())).header("Range", "bytes=100-299")
                .with(as(member(Role.VIEWER)))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(206);
        assertThat(response.getHeader("Content-Range")).isEqualTo("bytes 100-299/" + original.length);
        assertThat(response.getContentAsByteArray()).isEqualTo(java.util.Arrays.copyOfRange(original, 100, 300));
    }

    @Test
    void aRangePastTheEndIsRefused() throws Exception {
        var response = http.perform(get(MediaLibrary.memberUrl(photo.original()))
                .header("Range", "bytes=" + original.length + "-").with(as(member(Role.VIEWER)))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(416);
        assertThat(response.getHeader("Content-Range")).isEqualTo("bytes */" + original.length);
    }

    @Test
    void aSignedLinkOpensTheFileToAnyoneUntilItExpires() throws Exception {
        var link = media.vendorLink(photo.original());

        var response = http.perform(get(link.getPath())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsByteArray()).isEqualTo(original);

        var expired = links.token(photo.original(), Instant.now().minus(1, ChronoUnit.MINUTES));
        assertThat(http.perform(get(SignedLinks.PATH + expired)).andReturn().getResponse().getStatus()).isEqualTo(404);
        var token = link.getPath().substring(SignedLinks.PATH.length());
        var tampered = token.substring(0, 3) + (token.charAt(3) == 'A' ? 'B' : 'A') + token.substring(4);
        assertThat(http.perform(get(SignedLinks.PATH + tampered)).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private SignedInMember member(Role role) {
        return accounts.member(role, Language.FRENCH, "Claire Martin");
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(SignedInMember member) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities()));
    }
}
