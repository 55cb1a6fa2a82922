/** What every vendor adapter shares: HTTP with the key kept out of logs, tolerant JSON, error mapping, the choice between a vendor and its stand-in. */
@NullMarked
package app.atelier.provider.vendor;

import org.jspecify.annotations.NullMarked;
