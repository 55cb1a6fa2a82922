package app.atelier.studio;

import java.util.List;

/** One page of the gallery, and whether there are more after it. */
public record GalleryPage(List<ProjectCard> projects, boolean more) {

    public GalleryPage {
        projects = List.copyOf(projects);
    }
}
