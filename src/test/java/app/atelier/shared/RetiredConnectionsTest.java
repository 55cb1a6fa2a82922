package app.atelier.shared;

import app.atelier.IntegrationTest;

@IntegrationTest
class RetiredConnectionsTest extends RetiredConnectionsContract {
}
