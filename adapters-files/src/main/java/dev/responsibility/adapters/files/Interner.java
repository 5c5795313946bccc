package dev.responsibility.adapters.files;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One instance per distinct value read from a file: a province's supervisions name a million
 * businesses four million times, and an id, code or day parsed afresh for each row would hold
 * the heap several times over. Shared by the files of one data set, which may be read at once:
 * thread-safe.
 */
final class Interner {

  private final Map<Object, Object> values = new ConcurrentHashMap<>();

  /** @return the first value read that equals {@code value}, or {@code value} itself */
  @SuppressWarnings("unchecked")
  <T> T shared(T value) {
    // Most values were read before: look them up without the write path's locking.
    Object first = values.get(value);
    if (first == null) {
      first = values.putIfAbsent(value, value);
    }
    return first == null ? value : (T) first;
  }
}
