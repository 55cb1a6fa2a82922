/** The team page, the credit dashboard with its usage chart, and the Settings page with the vendor keys. */
@NullMarked
package app.atelier.management.ui;

import org.jspecify.annotations.NullMarked;
