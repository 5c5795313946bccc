/**
 * Not API: the compact index the in-memory evaluators run on (ids interned to ints, days as
 * epoch-day ints, columnar arrays, adjacency as compressed rows). No compatibility promise;
 * adapters must not use it.
 */
package dev.responsibility.core.internal;
