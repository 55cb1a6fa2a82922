/** How mail is written (the letters, in both languages) and sent (SMTP, retried off the request), and what was sent already. */
@NullMarked
package app.atelier.notification.internal;

import org.jspecify.annotations.NullMarked;
