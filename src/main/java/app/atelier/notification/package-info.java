/**
 * E-mail, when {@code spring.mail.*} names an SMTP server (nothing is sent, and nothing fails, when
 * it does not): invitation and new-password links, a generation that took a while ended, balances
 * running low (to admins), a webhook given up (to its key's owner). Texts in the recipient's language,
 * plain text and HTML, with links on the installation's public address; each member chooses what
 * they get.
 */
@NullMarked
package app.atelier.notification;

import org.jspecify.annotations.NullMarked;
