package dev.responsibility.adapters.rest;

import dev.responsibility.core.port.PlatformRecord;
import dev.responsibility.core.port.PlatformRecord.Kind;
import java.io.IOException;
import java.util.Map;

/** {@code GET /v1/{collection}/{id}}: whether, and how, the platform holds a record. */
final class RecordLookUp {

  /** What one look-up found. */
  sealed interface Found {}

  /** The platform holds the record as it is. */
  record Held(PlatformRecord record) implements Found {}

  /** The platform answered 404. */
  record Absent() implements Found {}

  /** The look-up itself failed. */
  record Failed(Failure failure) implements Found {}

  private final Exchanges x;

  RecordLookUp(Exchanges x) {
    this.x = x;
  }

  /**
   * One attempt.
   *
   * @throws PlatformResponseException if the platform answered 200 with a body that is not a record
   */
  Found once(Kind kind, String id) throws InterruptedException {
    String path = ApiPaths.record(kind, id);
    Reply reply;
    try {
      reply = x.transport().send("GET", path, "", new byte[0], Map.of());
    } catch (IOException e) {
      return new Failed(Failure.of(x.transport().exchange("GET", path), e));
    }
    if (reply.status() == 404) {
      return new Absent();
    }
    if (!reply.isSuccess()) {
      return new Failed(Failure.of(reply, x.clock()));
    }
    WireObject body = WireObject.root(Json.parseObject(reply.body(), reply.exchange()), reply.exchange()).about(id);
    PlatformRecord held = x.json().read(kind, body.object("record"));
    if (!held.id().equals(id)) {
      throw body.error(x.json().idField(kind), "asked for '" + id + "', got '" + held.id() + "'");
    }
    return new Held(held);
  }
}
