package app.atelier.generation;

import app.atelier.IntegrationTest;
import app.atelier.StatementCounter;
import app.atelier.WithMember;
import app.atelier.account.Role;
import org.springframework.context.annotation.Import;

@IntegrationTest
@Import(StatementCounter.class)
@WithMember(role = Role.MEMBER, freshTeam = true)
class GalleryTest extends GalleryContract {
}
