package app.atelier.film;

import app.atelier.film.internal.BrandRecords;
import app.atelier.media.MediaLibrary;
import app.atelier.media.StoredKind;
import app.atelier.render.SoundFiles;
import app.atelier.shared.CurrentMember;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A team's brand kit for its films (typeface, colours, logo, default agent) and its music library,
 * set by its admins on the Settings page and used by every film the team makes. Uploads are checked
 * by what they hold, not by their names: a logo is a PNG or JPEG picture (transparency kept), a track
 * is something FFmpeg plays as MP3, AAC or M4A, WAV, FLAC or Ogg.
 */
@Service
public class FilmBrands {

    /** The largest logo and track taken, in bytes; the longest side of a logo; the shortest and longest track. */
    public static final long LOGO_BYTES = 5_000_000;
    public static final long MUSIC_BYTES = 40_000_000;
    public static final int LOGO_SIDE = 4000;
    public static final Duration SHORTEST_TRACK = Duration.ofSeconds(3);
    public static final Duration LONGEST_TRACK = Duration.ofMinutes(15);

    private final BrandRecords records;
    private final MediaLibrary media;
    private final CurrentMember currentMember;

    FilmBrands(BrandRecords records, MediaLibrary media, CurrentMember currentMember) {
        this.records = records;
        this.media = media;
        this.currentMember = currentMember;
    }

    /** The team's kit, or Atelier's own until an admin sets it. */
    @PreAuthorize("isAuthenticated()")
    public BrandKit mine() {
        return records.of(currentMember.require().teamId());
    }

    /**
     * Saves the kit's typeface, colours and default agent (the logo changes through {@link #logo}).
     *
     * @return what is wrong, by field, as i18n keys; nothing when saved
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Map<String, String> save(BrandKit kit) {
        var problems = new LinkedHashMap<String, String>();
        if (!BrandKit.colour(kit.mainColour())) {
            problems.put("main", "brand.error.colour");
        }
        if (!BrandKit.colour(kit.accentColour())) {
            problems.put("accent", "brand.error.colour");
        }
        for (var text : new String[]{kit.agentName(), kit.agentPhone(), kit.agentEmail(), kit.agency()}) {
            if (text != null && text.length() > Storyboard.LONGEST_FIELD) {
                problems.put("agent", "film.error.field");
            }
        }
        if (problems.isEmpty()) {
            var team = currentMember.require().teamId();
            records.save(team, kit.withLogo(records.of(team).logo()));
        }
        return problems;
    }

    /**
     * Makes {@code upload} the team's logo, as a PNG with its transparency, or says why not.
     *
     * @return the i18n key of what is wrong, nothing when it is the logo
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Optional<String> logo(Path upload) {
        try {
            if (Files.size(upload) > LOGO_BYTES) {
                return Optional.of("brand.error.logo-size");
            }
            var picture = ImageIO.read(upload.toFile());
            if (picture == null) {
                return Optional.of("brand.error.logo-kind");
            }
            if (picture.getWidth() > LOGO_SIDE || picture.getHeight() > LOGO_SIDE) {
                return Optional.of("brand.error.logo-size");
            }
            var png = Files.createTempFile(upload.getParent(), "logo-", ".png");
            try {
                ImageIO.write(picture, "png", png.toFile());
                var team = currentMember.require().teamId();
                var asset = media.store(team, png, StoredKind.LOGO, picture.getWidth(), picture.getHeight());
                records.save(team, records.of(team).withLogo(asset));
                return Optional.empty();
            } finally {
                Files.deleteIfExists(png);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void removeLogo() {
        var team = currentMember.require().teamId();
        records.save(team, records.of(team).withLogo(null));
    }

    /** The team's music library, oldest first. */
    @PreAuthorize("isAuthenticated()")
    public List<MusicTrack> music() {
        return records.music(currentMember.require().teamId());
    }

    /**
     * Adds {@code upload} to the team's music library under {@code name}, or says why not.
     *
     * @return the i18n key of what is wrong, nothing when added
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Optional<String> addMusic(@Nullable String name, Path upload) {
        try {
            if (Files.size(upload) > MUSIC_BYTES) {
                return Optional.of("brand.error.music-size");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var length = SoundFiles.length(upload);
        if (length.isEmpty()) {
            return Optional.of("brand.error.music-kind");
        }
        if (length.get().compareTo(SHORTEST_TRACK) < 0 || length.get().compareTo(LONGEST_TRACK) > 0) {
            return Optional.of("brand.error.music-length");
        }
        var member = currentMember.require();
        var asset = media.store(member.teamId(), upload, StoredKind.MUSIC, 0, 0);
        var title = name == null || name.isBlank() ? "♪" : name.strip();
        records.addMusic(member.teamId(), member.actorId(), title.length() > 200 ? title.substring(0, 200) : title, asset,
                length.get());
        return Optional.empty();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public boolean removeMusic(UUID track) {
        return records.removeMusic(currentMember.require().teamId(), track);
    }
}
