package app.atelier.account;

import app.atelier.IntegrationTest;

@IntegrationTest
class AccountServiceTest extends AccountServiceContract {
}
