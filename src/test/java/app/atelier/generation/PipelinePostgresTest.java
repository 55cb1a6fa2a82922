package app.atelier.generation;

import app.atelier.PostgresTest;

@PostgresTest
class PipelinePostgresTest extends PipelineContract {
}
