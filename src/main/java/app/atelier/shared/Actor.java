package app.atelier.shared;

import java.util.UUID;

/** Whoever is acting in the current security context: recorded in the audit columns. */
public interface Actor {

    UUID actorId();
}
