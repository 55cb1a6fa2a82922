/** Luma through AceData Cloud: generate and extend, polled in batches, five in flight per key. */
@NullMarked
package app.atelier.provider.luma;

import org.jspecify.annotations.NullMarked;
