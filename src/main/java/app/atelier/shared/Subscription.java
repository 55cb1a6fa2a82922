package app.atelier.shared;

/** What {@link LiveUpdates#subscribe} returns: cancel it when the view that listens goes away. */
@FunctionalInterface
public interface Subscription {

    void cancel();
}
