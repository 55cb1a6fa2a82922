/** IA Créa: the animation API v2 and exterior creation, sharing one account. */
@NullMarked
package app.atelier.provider.iacrea;

import org.jspecify.annotations.NullMarked;
