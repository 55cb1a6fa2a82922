package app.atelier.film.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

public interface FilmRepository extends JpaRepository<Film, UUID> {

    Optional<Film> findByProjectIdAndTeamId(UUID projectId, UUID teamId);

    Optional<Film> findByIdAndTeamId(UUID id, UUID teamId);
}
