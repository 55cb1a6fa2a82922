/** The API page: personal keys, how to call, the team's keys and provider choice, webhooks sent. */
@NullMarked
package app.atelier.api.ui;

import org.jspecify.annotations.NullMarked;
