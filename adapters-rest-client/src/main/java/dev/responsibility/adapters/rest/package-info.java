/**
 * Sync with a provincial or national platform over HTTPS (省级平台数据交换): the core's
 * {@link dev.responsibility.core.port.PlatformGateway} on the JDK's HTTP client, and the outbox
 * hand-off that drains an {@link dev.responsibility.core.port.Outbox} into it.
 *
 * <p>The contract is {@code platform-api.yaml}, a resource of this package: an OpenAPI 3 document
 * of the pushes (one collection per record kind, batches, an idempotency key per record), the
 * pull of changes by cursor, the error body, versioning ({@code /v1} and {@code API-Version}) and
 * the exact request signature (HMAC-SHA256, or HMAC-SM3 through Bouncy Castle).
 *
 * <ul>
 *   <li>{@link dev.responsibility.adapters.rest.RestPlatformGateway}: the gateway; TLS verified,
 *       timeouts, retries with backoff and jitter, rate limit, paging, per-record outcomes.
 *   <li>{@link dev.responsibility.adapters.rest.RequestSigner},
 *       {@link dev.responsibility.adapters.rest.HmacRequestSigner}: how requests authenticate.
 *   <li>{@link dev.responsibility.adapters.rest.FieldMapping}: record field names and dates on the wire.
 *   <li>{@link dev.responsibility.adapters.rest.OutboxRelay}: outbox → platform, nothing lost.
 *   <li>{@link dev.responsibility.adapters.rest.InMemoryOutbox}: an outbox for tests and trials.
 * </ul>
 *
 * <p>The module depends on {@code responsibility-core} (its {@code model} and {@code port}
 * packages), Jackson and SLF4J; Bouncy Castle is optional (SM3 only). It never depends on another
 * adapter.
 */
package dev.responsibility.adapters.rest;
