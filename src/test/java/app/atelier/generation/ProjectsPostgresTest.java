package app.atelier.generation;

import app.atelier.PostgresTest;

@PostgresTest
class ProjectsPostgresTest extends ProjectsContract {
}
