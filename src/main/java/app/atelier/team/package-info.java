/**
 * The team's administration and the credit dashboard: the views where members, credits, vendor keys
 * and usage figures meet, and the read-only reports behind them (the ledger as a table, usage over
 * time, success rates per service).
 */
@NullMarked
package app.atelier.team;

import org.jspecify.annotations.NullMarked;
