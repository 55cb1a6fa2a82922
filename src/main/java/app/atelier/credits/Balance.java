package app.atelier.credits;

/**
 * One currency of a member's credits.
 *
 * @param available what can be reserved now
 * @param reserved  what generations under way hold (settled on success, released otherwise)
 * @param spent     what finished generations used
 */
public record Balance(int available, int reserved, int spent) {

    public static final Balance EMPTY = new Balance(0, 0, 0);
}
