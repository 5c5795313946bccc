package dev.responsibility.examples.cli;

/** How a command prints its result: an aligned table for people, JSON or CSV for programs. */
enum Format {
  TABLE,
  JSON,
  CSV
}
