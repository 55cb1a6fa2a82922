package app.atelier.media.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface PhotoRepository extends JpaRepository<Photo, UUID> {

    Optional<Photo> findByIdAndTeamId(UUID id, UUID teamId);

    List<Photo> findByTeamIdAndIdIn(UUID teamId, Collection<UUID> ids);
}
