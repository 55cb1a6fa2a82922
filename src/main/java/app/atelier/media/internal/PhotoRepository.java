package app.atelier.media.internal;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface PhotoRepository extends JpaRepository<Photo, UUID> {

    /** The photo with its three files, in one statement. */
    @EntityGraph(attributePaths = {"original", "thumbnailSmall", "thumbnailLarge"})
    Optional<Photo> findByIdAndTeamId(UUID id, UUID teamId);

    /** The photos with their files, in one statement however many (not one more per file). */
    @EntityGraph(attributePaths = {"original", "thumbnailSmall", "thumbnailLarge"})
    List<Photo> findByTeamIdAndIdIn(UUID teamId, Collection<UUID> ids);
}
