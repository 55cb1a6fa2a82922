/**
 * A generation at work, for the pipeline: the entity as stored, its state changes (each in a
 * transaction of its own, with the credits it settles and the jobs it calls for), the lanes of
 * generations in flight per provider, and the figures they give. Only the pipeline uses this named
 * interface; everyone else goes through the module's root.
 */
@NamedInterface("work")
@NullMarked
package app.atelier.generation.work;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
