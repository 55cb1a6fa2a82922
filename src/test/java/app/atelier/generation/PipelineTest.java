package app.atelier.generation;

import app.atelier.IntegrationTest;

@IntegrationTest
class PipelineTest extends PipelineContract {
}
