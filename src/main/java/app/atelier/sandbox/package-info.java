/**
 * The sandbox: the four vendor APIs simulated by Atelier itself, on their exact wire format, so that
 * the product runs (and is tested) with no vendor key. Results are real files made here.
 */
@NullMarked
package app.atelier.sandbox;

import org.jspecify.annotations.NullMarked;
