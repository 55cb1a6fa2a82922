/**
 * The member's workspace: the gallery, a project's page with its cards, the wizard that asks for
 * generations, continuations, share links, and the header's notices of generations that ended. These
 * views compose the project, generation and sharing modules, which is why they live above all three.
 */
@NullMarked
package app.atelier.studio.ui;

import org.jspecify.annotations.NullMarked;
