package app.atelier.sandbox.internal;

import tools.jackson.databind.JsonNode;

/** One simulated vendor API: what its tasks make, and what its callbacks say. */
interface SandboxApi {

    /** The names of the tasks it makes ({@link SandboxTasks.Task#api()}). */
    boolean owns(String api);

    /** What to make for a task, read from the request it received. */
    SandboxWorkshop.Order order(SandboxTasks.Task task);

    /** The body of the callback for an ended task, in the vendor's format. */
    JsonNode callback(SandboxTasks.Task task, String base);
}
