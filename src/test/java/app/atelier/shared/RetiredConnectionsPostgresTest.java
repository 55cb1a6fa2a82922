package app.atelier.shared;

import app.atelier.PostgresTest;

@PostgresTest
class RetiredConnectionsPostgresTest extends RetiredConnectionsContract {
}
