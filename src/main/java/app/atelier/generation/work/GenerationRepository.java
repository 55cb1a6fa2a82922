package app.atelier.generation.work;

import app.atelier.provider.GenerationKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface GenerationRepository extends JpaRepository<Generation, UUID> {

    Optional<Generation> findByIdAndTeamId(UUID id, UUID teamId);

    List<Generation> findByProjectIdAndTeamIdOrderByCreatedAtDesc(UUID projectId, UUID teamId);

    long countByProjectIdAndTeamIdAndKindAndContinuesIdIsNotNull(UUID projectId, UUID teamId, GenerationKind kind);

    /** Generations under way whose vendor refused the key on their last status calls. */
    @Query("""
            SELECT g.id FROM Generation g WHERE g.providerId IN :providers AND g.keyRefusals > 0
            AND g.state IN (app.atelier.generation.GenerationState.SUBMITTED, app.atelier.generation.GenerationState.RUNNING)""")
    List<UUID> heldByRefusedKeys(@Param("providers") Collection<String> providers);

}
