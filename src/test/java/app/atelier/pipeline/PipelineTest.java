package app.atelier.pipeline;

import app.atelier.IntegrationTest;

@IntegrationTest
class PipelineTest extends PipelineContract {
}
