package app.atelier.project.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ProjectRepository extends JpaRepository<Project, UUID> {

    List<Project> findByTeamIdOrderByCreatedAtDesc(UUID teamId);

    Optional<Project> findByIdAndTeamId(UUID id, UUID teamId);
}
