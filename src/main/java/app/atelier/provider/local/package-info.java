/** The local engine as a provider: camera motions rendered on this machine, for free by default. */
@NullMarked
package app.atelier.provider.local;

import org.jspecify.annotations.NullMarked;
