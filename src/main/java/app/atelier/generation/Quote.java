package app.atelier.generation;

import app.atelier.shared.CreditCurrency;

/**
 * What a request will cost before it is sent.
 *
 * @param generations how many generations it makes (one per photo)
 * @param cost        credits it reserves in all
 * @param available   what the member has now
 * @param unreachable whether the vendor will probably not be able to fetch the photos (our public
 *                    address is not reachable from outside): said before anything is spent
 */
public record Quote(int generations, CreditCurrency currency, int cost, int available, boolean unreachable) {

    public int after() {
        return available - cost;
    }

    public boolean affordable() {
        return cost <= available;
    }
}
