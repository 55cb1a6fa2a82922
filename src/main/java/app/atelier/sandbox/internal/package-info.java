/** The sandbox's endpoints, its simulated tasks, the files it makes and the callbacks it sends. */
@NullMarked
package app.atelier.sandbox.internal;

import org.jspecify.annotations.NullMarked;
