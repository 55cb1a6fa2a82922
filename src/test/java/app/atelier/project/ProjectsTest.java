package app.atelier.project;

import app.atelier.ModuleTest;
import app.atelier.TestProjects;
import org.springframework.context.annotation.Import;

/** Projects with only the modules they use (media, account, shared): nothing of generations is needed. */
@ModuleTest
@Import(TestProjects.class)
class ProjectsTest extends ProjectsContract {
}
