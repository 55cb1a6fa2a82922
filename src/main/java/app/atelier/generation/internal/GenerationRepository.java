package app.atelier.generation.internal;

import app.atelier.provider.GenerationKind;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface GenerationRepository extends JpaRepository<Generation, UUID> {

    Optional<Generation> findByIdAndTeamId(UUID id, UUID teamId);

    List<Generation> findByProjectIdAndTeamIdOrderByCreatedAtDesc(UUID projectId, UUID teamId);

    long countByProjectIdAndTeamIdAndKindAndContinuesIdIsNotNull(UUID projectId, UUID teamId, GenerationKind kind);

}
