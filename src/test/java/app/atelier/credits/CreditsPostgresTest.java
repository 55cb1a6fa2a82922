package app.atelier.credits;

import app.atelier.PostgresTest;

@PostgresTest
class CreditsPostgresTest extends CreditsContract {
}
