package dev.responsibility.adapters.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.responsibility.core.port.OutboxEntry;
import dev.responsibility.core.port.PlatformGateway.Outcome;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The push request body and the reading of its per-record results. A result that breaks the
 * contract settles nothing: its record gets a {@code RetryLater} whose reason names the record
 * and the field, because the platform may have applied it and only a later attempt (with its
 * idempotency key, or a look-up) can tell.
 */
final class PushWire {

  private static final Logger LOG = LoggerFactory.getLogger(PushWire.class);

  private enum ItemStatus { ACCEPTED, DUPLICATE, REJECTED }

  private PushWire() {}

  static byte[] body(List<OutboxEntry> entries, RecordJson json) {
    ObjectNode root = Json.object();
    ArrayNode items = root.putArray("items");
    for (OutboxEntry entry : entries) {
      ObjectNode item = items.addObject();
      item.put("idempotency_key", entry.id());
      item.set("record", json.write(entry.record()));
    }
    return Json.bytes(root);
  }

  /** The request's {@code Idempotency-Key}: {@code batch-} and the hex SHA-256 of the items' keys joined by {@code \n}. */
  static String requestKey(List<OutboxEntry> entries) {
    String keys = entries.stream().map(OutboxEntry::id).collect(Collectors.joining("\n"));
    return "batch-" + Hashes.sha256Hex(keys.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @param reply a 2xx answer to a push of {@code sent}
   * @return an outcome for every entry sent, by entry id
   */
  static Map<String, Outcome> outcomes(Reply reply, List<OutboxEntry> sent) {
    Map<String, OutboxEntry> byKey = new LinkedHashMap<>();
    sent.forEach(e -> byKey.put(e.id(), e));
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    List<String> unattributed = new ArrayList<>();
    try {
      WireObject root = WireObject.root(Json.parseObject(reply.body(), reply.exchange()), reply.exchange());
      int count = root.array("results").size();
      for (int i = 0; i < count; i++) {
        try {
          read(root.element("results", i), byKey, outcomes);
        } catch (PlatformResponseException e) {
          unattributed.add(e.getMessage());
        }
      }
    } catch (PlatformResponseException e) {
      // The body as a whole is unusable: no record is settled.
      byKey.values().forEach(entry -> outcomes.put(entry.id(),
          retryLater(entry, "record " + entry.record().id() + ": " + e.getMessage())));
    }
    for (OutboxEntry entry : byKey.values()) {
      if (!outcomes.containsKey(entry.id())) {
        outcomes.put(entry.id(), retryLater(entry, "bad response to " + reply.exchange() + ": no result for record "
            + entry.record().id() + " (idempotency key " + entry.id() + ")"
            + (unattributed.isEmpty() ? "" : "; " + String.join("; ", unattributed))));
      }
    }
    return outcomes;
  }

  private static void read(WireObject item, Map<String, OutboxEntry> byKey, Map<String, Outcome> outcomes) {
    String key = item.nonBlankText("idempotency_key");
    OutboxEntry entry = byKey.get(key);
    if (entry == null) {
      LOG.warn("{}: a result for idempotency key {} that was not sent; ignored", item.location(), key);
      return;
    }
    String recordId = entry.record().id();
    WireObject about = item.about(recordId);
    Outcome outcome;
    try {
      if (about.has("record_id") && !about.text("record_id").equals(recordId)) {
        throw about.error("record_id", "'" + about.text("record_id") + "' is not the record sent under this key");
      }
      ItemStatus status = about.enumValue("status", ItemStatus.class);
      if (status == ItemStatus.REJECTED) {
        String reason = about.has("error") ? PlatformError.of(0, about.object("error").json()).describe()
            : "rejected without a reason (" + about.location() + ".error is missing)";
        outcome = new Outcome.Rejected(key, "record " + recordId + ": " + reason);
      } else {
        outcome = new Outcome.Accepted(key);
      }
    } catch (PlatformResponseException e) {
      outcome = retryLater(entry, e.getMessage());
    }
    Outcome earlier = outcomes.putIfAbsent(key, outcome);
    if (earlier != null && earlier.getClass() != outcome.getClass()) {
      // The same record acknowledged twice is harmless; acknowledged two ways is not to be guessed at.
      outcomes.put(key, retryLater(entry, "bad response: conflicting results for record " + recordId
          + " (idempotency key " + key + ") at " + about.location()));
    }
  }

  static Outcome retryLater(OutboxEntry entry, String reason) {
    return new Outcome.RetryLater(entry.id(), reason, Optional.empty());
  }
}
