/** The pipeline's workings: the jobs and their scheduler, polling and its pace, webhooks from vendors, result copies. */
@NullMarked
package app.atelier.pipeline.internal;

import org.jspecify.annotations.NullMarked;
