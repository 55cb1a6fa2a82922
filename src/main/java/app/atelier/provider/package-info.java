/**
 * The provider SPI the generation pipeline drives, and one adapter per provider (the local engine
 * first; the vendors plug into the same interface). Capability descriptors say what each one does,
 * with which options, at what cost, and how it completes (synchronously, by polling, by callback).
 */
@NullMarked
package app.atelier.provider;

import org.jspecify.annotations.NullMarked;
