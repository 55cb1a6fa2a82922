package app.atelier.project;

import app.atelier.PostgresTest;

@PostgresTest
class ProjectsPostgresTest extends ProjectsContract {
}
