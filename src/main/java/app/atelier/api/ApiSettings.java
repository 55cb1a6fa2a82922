package app.atelier.api;

import app.atelier.shared.CurrentMember;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.Provider;
import app.atelier.provider.Providers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Which provider makes the videos asked for on IA Créa's animation endpoint: one of those that offer
 * camera motions (the local engine, IA Créa itself). The local engine unless an admin chose otherwise.
 */
@Service
public class ApiSettings {

    /** The option every camera-motion provider names its motion with. */
    public static final String MOTION = "motion";

    private final JdbcClient jdbc;
    private final Providers providers;
    private final CurrentMember currentMember;
    private final Clock clock;

    ApiSettings(JdbcClient jdbc, Providers providers, CurrentMember currentMember, Clock clock) {
        this.jdbc = jdbc;
        this.providers = providers;
        this.currentMember = currentMember;
        this.clock = clock;
    }

    /** The providers that may run IA Créa's animation endpoint, the local engine first. */
    public List<Provider> animationChoices() {
        return providers.offering(GenerationKind.CAMERA_MOTION).stream()
                .filter(provider -> provider.capabilities().option(MOTION).isPresent())
                .sorted((a, b) -> Boolean.compare(!Providers.LOCAL.equals(a.id()), !Providers.LOCAL.equals(b.id())))
                .toList();
    }

    /** The id of the provider the signed-in member's team runs animations with. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String animationProvider() {
        return jdbc.sql("SELECT animation_provider FROM api_setting WHERE team_id = ?")
                .param(currentMember.require().teamId())
                .query(String.class).optional()
                .filter(id -> animationChoices().stream().anyMatch(provider -> provider.id().equals(id)))
                .orElse(Providers.LOCAL);
    }

    /** False when {@code providerId} is not one of {@link #animationChoices()}. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public boolean setAnimationProvider(String providerId) {
        if (animationChoices().stream().noneMatch(provider -> provider.id().equals(providerId))) {
            return false;
        }
        var member = currentMember.require();
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        int updated = jdbc.sql("UPDATE api_setting SET animation_provider = ?, updated_at = ?, updated_by = ? WHERE team_id = ?")
                .params(providerId, now, member.actorId(), member.teamId()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO api_setting (team_id, animation_provider, updated_at, updated_by) VALUES (?, ?, ?, ?)")
                    .params(member.teamId(), providerId, now, member.actorId()).update();
        }
        return true;
    }
}
