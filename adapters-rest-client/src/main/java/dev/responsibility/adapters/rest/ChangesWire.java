package dev.responsibility.adapters.rest;

import dev.responsibility.core.port.PlatformGateway.Changes;
import dev.responsibility.core.port.PlatformRecord;
import dev.responsibility.core.port.PlatformRecord.Kind;
import java.util.ArrayList;
import java.util.List;

/** Reads one page of {@code GET /v1/changes}; any break of the contract refuses the whole page. */
final class ChangesWire {

  private ChangesWire() {}

  /**
   * @throws PlatformResponseException naming the change, record and field of the first thing wrong
   */
  static Changes page(Reply reply, RecordJson json) {
    WireObject root = WireObject.root(Json.parseObject(reply.body(), reply.exchange()), reply.exchange());
    int count = root.array("changes").size();
    List<PlatformRecord> records = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      WireObject change = root.element("changes", i);
      Kind kind = change.enumValue("kind", Kind.class);
      records.add(json.read(kind, change.object("record")));
    }
    String next = root.nonBlankText("next_cursor");
    if (!root.has("has_more")) {
      throw root.error("has_more", "required field is missing");
    }
    boolean hasMore = root.bool("has_more", false);
    return new Changes(records, next, hasMore);
  }
}
