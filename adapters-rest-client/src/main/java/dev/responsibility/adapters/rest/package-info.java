/**
 * The core's data exchanged with a provincial or national platform over HTTPS: a documented
 * OpenAPI contract, signed requests, retries with idempotency keys and the outbox hand-off. The
 * module is in the build so that the dependency rules hold from the start; its code arrives with
 * its own issue. It depends on {@code responsibility-core} only, never on another adapter.
 */
package dev.responsibility.adapters.rest;
