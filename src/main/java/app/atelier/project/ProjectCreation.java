package app.atelier.project;

import java.util.Map;

/** The outcomes of creating a project. */
public sealed interface ProjectCreation {

    record Created(ProjectSummary project) implements ProjectCreation {
    }

    /** Nothing was stored. Values are i18n keys of the messages to show. */
    record Invalid(Map<ProjectField, String> problems) implements ProjectCreation {
    }
}
