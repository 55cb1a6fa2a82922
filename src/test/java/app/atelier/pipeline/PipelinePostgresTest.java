package app.atelier.pipeline;

import app.atelier.PostgresTest;

@PostgresTest
class PipelinePostgresTest extends PipelineContract {
}
