/**
 * Projects and the photos in them: making, listing and deleting a team's projects, importing photos
 * into them, and the folded text the gallery's search reads. Other modules keep things in a project
 * through {@link app.atelier.project.ProjectHolder}, and note activity in it through
 * {@link app.atelier.project.ProjectRecords}.
 */
@NullMarked
package app.atelier.project;

import org.jspecify.annotations.NullMarked;
