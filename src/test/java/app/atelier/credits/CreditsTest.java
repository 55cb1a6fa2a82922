package app.atelier.credits;

import app.atelier.IntegrationTest;

@IntegrationTest
class CreditsTest extends CreditsContract {
}
