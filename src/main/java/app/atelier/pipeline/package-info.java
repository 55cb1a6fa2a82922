/**
 * The pipeline: what takes a queued generation to its vendor and its results back. Durable jobs
 * (db-scheduler: submit, fetch results, cancel at the vendor, and the sweep that polls what is due,
 * fails what is late and adopts what lost its job), the lanes' pace, webhook intake, and the copy of
 * results into storage. It changes generations only through the generation module's lifecycle, and
 * runs the jobs that lifecycle calls for ({@code GenerationJobs}).
 */
@NullMarked
package app.atelier.pipeline;

import org.jspecify.annotations.NullMarked;
