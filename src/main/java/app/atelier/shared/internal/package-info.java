/** How live events cross nodes: PostgreSQL's LISTEN/NOTIFY. */
@NullMarked
package app.atelier.shared.internal;

import org.jspecify.annotations.NullMarked;
