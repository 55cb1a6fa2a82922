package app.atelier.studio;

import app.atelier.PostgresTest;
import app.atelier.StatementCounter;
import app.atelier.WithMember;
import app.atelier.account.Role;
import org.springframework.context.annotation.Import;

@PostgresTest
@Import(StatementCounter.class)
@WithMember(role = Role.MEMBER, freshTeam = true)
class GalleryPostgresTest extends GalleryContract {
}
