package app.atelier.account;

import app.atelier.PostgresTest;

@PostgresTest
class AccountServicePostgresTest extends AccountServiceContract {
}
