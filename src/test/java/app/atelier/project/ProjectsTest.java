package app.atelier.project;

import app.atelier.IntegrationTest;

@IntegrationTest
class ProjectsTest extends ProjectsContract {
}
