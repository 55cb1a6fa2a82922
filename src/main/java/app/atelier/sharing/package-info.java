/**
 * What leaves the team: share links and the public pages they open, downloads of results (one file
 * or a ZIP), and the copies that carry the AI mention.
 */
@NullMarked
package app.atelier.sharing;

import org.jspecify.annotations.NullMarked;
