package app.atelier.generation;

import app.atelier.IntegrationTest;

@IntegrationTest
class ProjectsTest extends ProjectsContract {
}
