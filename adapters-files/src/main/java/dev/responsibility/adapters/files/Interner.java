package dev.responsibility.adapters.files;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance per distinct value read from a file: a province's supervisions name a million
 * businesses four million times, and an id, code or day parsed afresh for each row would hold
 * the heap several times over. For the files of one data set, read one after another; not
 * thread-safe.
 */
final class Interner {

  private final Map<Object, Object> values = new HashMap<>();

  /** @return the first value read that equals {@code value}, or {@code value} itself */
  @SuppressWarnings("unchecked")
  <T> T shared(T value) {
    Object first = values.putIfAbsent(value, value);
    return first == null ? value : (T) first;
  }
}
