/**
 * The interfaces integrators implement so that the core reaches their systems: the durable
 * {@link dev.responsibility.core.port.Outbox} of records waiting for a provincial platform, and
 * the {@link dev.responsibility.core.port.PlatformGateway} that delivers them. Each method states
 * its nulls, ordering, idempotency, thread-safety and the exception it may throw
 * ({@link dev.responsibility.core.model.PortException} for failures outside the data). This
 * package depends on {@code model} only.
 */
package dev.responsibility.core.port;
