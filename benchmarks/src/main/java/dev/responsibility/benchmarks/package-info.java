/**
 * Benchmarks against named baselines (PostgreSQL, DuckDB), run by hand or as a smoke pass in CI,
 * never in the test run.
 */
package dev.responsibility.benchmarks;
