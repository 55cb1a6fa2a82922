/**
 * Running the team, page by page: its members (the page over {@code account}'s team administration),
 * its credits and their use (the credit dashboard over {@code credits}' ledger), its settings and
 * vendor keys; and the read-only reports behind those pages (the ledger as a table, usage over time,
 * success rates per service). It owns no data of its own.
 */
@NullMarked
package app.atelier.management;

import org.jspecify.annotations.NullMarked;
