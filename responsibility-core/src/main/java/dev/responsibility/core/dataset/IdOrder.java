package dev.responsibility.core.dataset;

import dev.responsibility.core.model.InvalidRecordException;
import java.util.Arrays;

/**
 * Puts the columns of records collected in arrival order into id order, as {@link DataSet} keeps
 * every kind, without making the records: an order of arrival positions, then each column taken
 * in it.
 */
final class IdOrder {

  private IdOrder() {}

  /**
   * @param ids the ids in arrival order
   * @param type the record type, for the error
   * @return the arrival positions in {@link String#compareTo} order of their ids, or null when they
   *     arrived in that order
   * @throws InvalidRecordException if two records have one id
   */
  static int[] of(TextColumn.Arrivals ids, String type) {
    int n = ids.size();
    boolean ascending = true;
    for (int i = 1; i < n && ascending; i++) {
      ascending = ids.compare(i - 1, i) < 0;
    }
    if (ascending) {
      return null; // files and generators nearly always give ids in order
    }
    Integer[] boxed = new Integer[n];
    Arrays.setAll(boxed, i -> i);
    Arrays.sort(boxed, ids::compare);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = boxed[i];
      if (i > 0 && ids.compare(order[i - 1], order[i]) == 0) {
        throw InvalidRecordException.of(type, "id", ids.get(order[i]), "repeats: two records of the data set have this id");
      }
    }
    return order;
  }

  // take(column, order): the column in the order given; the column itself for a null order, which
  // the caller uses only once the column is trimmed to its records. Columns are only ever appended
  // to, and an append to a full column copies it first, so a column handed on this way never changes.

  static int[] take(int[] column, int[] order) {
    if (order == null) {
      return column;
    }
    int[] out = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      out[i] = column[order[i]];
    }
    return out;
  }

  static long[] take(long[] column, int[] order) {
    if (order == null) {
      return column;
    }
    long[] out = new long[order.length];
    for (int i = 0; i < order.length; i++) {
      out[i] = column[order[i]];
    }
    return out;
  }

  static boolean[] take(boolean[] column, int[] order) {
    if (order == null) {
      return column;
    }
    boolean[] out = new boolean[order.length];
    for (int i = 0; i < order.length; i++) {
      out[i] = column[order[i]];
    }
    return out;
  }

  static byte[] take(byte[] column, int[] order) {
    if (order == null) {
      return column;
    }
    byte[] out = new byte[order.length];
    for (int i = 0; i < order.length; i++) {
      out[i] = column[order[i]];
    }
    return out;
  }

  /** @return the capacity to grow a column of this capacity to, for one more record */
  static int grown(int capacity) {
    if (capacity >= Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("too many records of one kind: " + capacity);
    }
    return (int) Math.min(Integer.MAX_VALUE - 8, Math.max(16, capacity + (long) (capacity >> 1)));
  }
}
