/** The team administration view and the credit dashboard, with its usage chart. */
@NullMarked
package app.atelier.team.ui;

import org.jspecify.annotations.NullMarked;
