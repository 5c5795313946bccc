package dev.responsibility.core.dataset;

import java.util.List;
import java.util.function.Consumer;

/**
 * Records of one kind as they are added to a {@link DataSet.Builder}, kept as growing columns
 * rather than objects. Subclasses hold the arrays; this class moves whole sets of them between
 * builders. Not thread-safe.
 *
 * @param <T> the record type
 * @param <A> the subclass
 */
abstract class ColumnArrivals<T, A extends ColumnArrivals<T, A>> {

  /** @param record a record, not null */
  abstract void add(T record);

  /** @return how many records were added */
  abstract int size();

  /** @return the {@code i}-th record added, made again */
  abstract T get(int i);

  /** Takes over another's arrays as they are; the other must then be given fresh ones. */
  abstract void adopt(A other);

  /** @return how many records the fixed-width columns have room for; they grow together */
  abstract int capacity();

  /** Gives every fixed-width column this capacity, keeping the records held. */
  abstract void resize(int capacity);

  /** @return the text columns, each as it is now: {@link #adopt} replaces them */
  abstract List<TextColumn.Arrivals> texts();

  /** Makes room for {@code needed} records, growing every fixed-width column at once. */
  final void ensure(int needed) {
    if (needed > capacity()) {
      resize(Math.max(needed, IdOrder.grown(capacity())));
    }
  }

  /**
   * Makes room for {@code records} records in all, so that a large file's columns are made once
   * rather than copied each time they grow; the text columns get room for texts as long, on
   * average, as those already held. More may still be added.
   */
  final void ensureCapacity(int records) {
    if (records > capacity()) {
      resize(records);
    }
    texts().forEach(t -> t.ensureCapacity(records));
  }

  /**
   * Lets go of the room kept for more records: every array is cut to the records held, but for
   * up to a sixteenth of the texts' bytes ({@link TextColumn.Arrivals#trim()}).
   */
  final void trim() {
    if (capacity() != size()) {
      resize(size());
    }
    texts().forEach(TextColumn.Arrivals::trim);
  }

  /** @return an empty set of columns */
  abstract A empty();

  /**
   * Moves another's records here, after these, leaving the other empty. When this holds none
   * yet, the other's arrays are taken over, not copied: a reader's per-file builders are moved
   * into the data set's that way.
   */
  final void takeAll(A other) {
    if (other == this) {
      return;
    }
    if (size() == 0) {
      adopt(other);
    } else {
      for (int i = 0; i < other.size(); i++) {
        add(other.get(i));
      }
    }
    other.adopt(empty());
  }

  /** Gives each record, made again, to an action in the order added. */
  final void forEach(Consumer<? super T> action) {
    for (int i = 0; i < size(); i++) {
      action.accept(get(i));
    }
  }
}
