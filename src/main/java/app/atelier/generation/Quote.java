package app.atelier.generation;

import app.atelier.credits.CreditCurrency;
import app.atelier.media.PhotoPreflight;

import java.util.List;

/**
 * What a request will cost before it is sent.
 *
 * @param generations how many generations it makes (one per photo)
 * @param cost        credits it reserves in all
 * @param available   what the member has now
 * @param unreachable whether the vendor will probably not be able to fetch the photos (our public
 *                    address is not reachable from outside): said before anything is spent
 * @param photos      what will be done to each photo so that the provider takes it
 */
public record Quote(int generations, CreditCurrency currency, int cost, int available, boolean unreachable,
                    List<PhotoPreflight> photos) {

    public Quote {
        photos = List.copyOf(photos);
    }

    /** Whether every photo can be sent, as it is or conformed. */
    public boolean photosFit() {
        return photos.stream().allMatch(PhotoPreflight::fits);
    }

    public int after() {
        return available - cost;
    }

    public boolean affordable() {
        return cost <= available;
    }
}
