package app.atelier.account.internal;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface MemberRepository extends JpaRepository<Member, UUID> {

    @EntityGraph(attributePaths = "team")
    Optional<Member> findByEmail(String normalizedEmail);

    @EntityGraph(attributePaths = "team")
    Optional<Member> findWithTeamById(UUID id);

    List<Member> findByTeamIdAndIdIn(UUID teamId, Collection<UUID> ids);

    List<Member> findByTeamIdOrderByDisplayName(UUID teamId);

    Optional<Member> findByTeamIdAndId(UUID teamId, UUID id);

    long countByTeamIdAndRoleAndEnabledTrue(UUID teamId, app.atelier.account.Role role);

    boolean existsByEmail(String normalizedEmail);
}
