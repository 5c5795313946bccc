package dev.responsibility.core.metrics;

import java.util.List;

/**
 * One page of a long list, such as the businesses missing from a province's coverage numerator.
 * Immutable and thread-safe.
 *
 * @param items the items of this page, in a stable order (by id), not null
 * @param total how many items the whole list has
 * @param offset the index of the first item of this page in the whole list
 * @param <T> the item type
 */
public record Page<T>(List<T> items, long total, long offset) {

  /**
   * @param items as in the record description
   * @param total as in the record description
   * @param offset as in the record description
   */
  public Page {
    items = List.copyOf(items);
  }

  /** @return whether items follow this page */
  public boolean hasMore() {
    return offset + items.size() < total;
  }
}
