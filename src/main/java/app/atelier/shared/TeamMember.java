package app.atelier.shared;

import java.util.UUID;

/** A signed-in person's team: what every team-scoped check (files, projects) compares against. */
public interface TeamMember extends Actor {

    UUID teamId();
}
