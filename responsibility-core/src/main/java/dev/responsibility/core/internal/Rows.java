package dev.responsibility.core.internal;

/**
 * Compressed rows: for each owner key, the items (indices into a column) that belong to it, in
 * ascending item order. Immutable.
 */
public final class Rows {

  private final int[] start;
  private final int[] items;

  private Rows(int[] start, int[] items) {
    this.start = start;
    this.items = items;
  }

  /**
   * @param owner the owner key of each item, each in {@code 0..owners-1}
   * @param owners how many owner keys there are
   */
  static Rows group(int[] owner, int owners) {
    int[] start = new int[owners + 1];
    for (int o : owner) {
      start[o + 1]++;
    }
    for (int k = 0; k < owners; k++) {
      start[k + 1] += start[k];
    }
    int[] fill = start.clone();
    int[] items = new int[owner.length];
    for (int i = 0; i < owner.length; i++) {
      items[fill[owner[i]]++] = i;
    }
    return new Rows(start, items);
  }

  /** @return the index into {@link #item(int)} of the owner's first item */
  public int from(int owner) {
    return start[owner];
  }

  /** @return one past the index of the owner's last item */
  public int to(int owner) {
    return start[owner + 1];
  }

  /** @return the item at a position between {@link #from(int)} and {@link #to(int)} */
  public int item(int position) {
    return items[position];
  }

  /** @return how many items the owner has */
  public int count(int owner) {
    return start[owner + 1] - start[owner];
  }
}
