package dev.responsibility.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class KeysProperties {

  /** References as a column keeps them, here as strings; TextColumnProperties checks the bytes' answers. */
  private static TextRefs refs(List<String> ids) {
    return new TextRefs() {
      @Override
      public int size() {
        return ids.size();
      }

      @Override
      public String text(int i) {
        return ids.get(i);
      }

      @Override
      public boolean sameAsBefore(int i) {
        return i > 0 && ids.get(i).equals(ids.get(i - 1));
      }

      @Override
      public int stringHash(int i) {
        return ids.get(i).hashCode();
      }

      @Override
      public boolean textEquals(int i, String id) {
        return ids.get(i).equals(id);
      }
    };
  }

  /**
   * Known ids take their sorted place, referenced ones the places after them, sorted; others none;
   * each reference resolved to its id's key.
   */
  @Property(tries = 300)
  void everyIdHasItsKeyAndOtherIdsNone(
      @ForAll @Size(max = 300) Set<@StringLength(max = 6) String> known,
      @ForAll @Size(max = 100) List<@StringLength(max = 6) String> references,
      @ForAll @StringLength(max = 6) String other) {
    String[] sorted = new TreeSet<>(known).toArray(String[]::new);

    // Two referencing columns, as the index resolves several (one of records, one as a column keeps
    // it); a column may repeat an id in a row.
    Keys.Resolver resolver = new Keys.Resolver(StringRefs.of(sorted));
    List<String> firstColumn = references.subList(0, references.size() / 2).stream()
        .flatMap(r -> java.util.stream.Stream.of(r, r)).toList();
    List<String> secondColumn = references.subList(references.size() / 2, references.size()).stream()
        .flatMap(r -> java.util.stream.Stream.of(r, r)).toList();
    int[] first = resolver.keys(firstColumn, r -> r);
    int[] second = resolver.keys(refs(secondColumn));
    Keys keys = resolver.finish();

    for (int i = 0; i < first.length; i++) {
      assertThat(first[i]).isEqualTo(keys.keyOf(firstColumn.get(i))).isNotNegative();
    }
    for (int i = 0; i < second.length; i++) {
      assertThat(second[i]).isEqualTo(keys.keyOf(secondColumn.get(i))).isNotNegative();
    }

    for (int k = 0; k < sorted.length; k++) {
      assertThat(keys.keyOf(sorted[k])).isEqualTo(k);
      assertThat(keys.isKnown(k)).isTrue();
    }
    TreeSet<String> unknown = new TreeSet<>(references);
    unknown.removeAll(known);
    List<String> referenced = new ArrayList<>(unknown);
    for (int u = 0; u < referenced.size(); u++) {
      assertThat(keys.keyOf(referenced.get(u))).isEqualTo(sorted.length + u);
      assertThat(keys.id(sorted.length + u)).isEqualTo(referenced.get(u));
    }
    assertThat(keys.size()).isEqualTo(sorted.length + referenced.size());
    if (!known.contains(other) && !references.contains(other)) {
      assertThat(keys.keyOf(other)).isEqualTo(-1);
    }
  }

  /**
   * A column longer than a slice is looked up in parallel slices: runs of one id crossing a
   * slice's edge, and ids only referenced, resolve as one pass over the column would.
   */
  @Property(tries = 25)
  void aColumnOfManySlicesResolvesAsOnePassWould(
      @ForAll @Size(min = 1, max = 40) Set<@StringLength(min = 1, max = 4) String> known,
      @ForAll @Size(min = 1, max = 30) List<@StringLength(min = 1, max = 4) String> runs,
      @ForAll @Size(min = 30, max = 30) List<@IntRange(min = 1, max = Keys.Resolver.SLICE / 3) Integer> lengths) {
    String[] sorted = new TreeSet<>(known).toArray(String[]::new);
    // The runs again and again until the column spans three slices' edges; the edges then fall
    // inside runs as often as not.
    List<String> column = new ArrayList<>();
    for (int r = 0; column.size() <= 3 * Keys.Resolver.SLICE; r++) {
      column.addAll(java.util.Collections.nCopies(lengths.get(r % lengths.size()), runs.get(r % runs.size())));
    }

    Keys.Resolver resolver = new Keys.Resolver(StringRefs.of(sorted));
    int[] keys = resolver.keys(refs(column));
    Keys finished = resolver.finish();

    TreeSet<String> all = new TreeSet<>(column); // the runs that made it into the column
    all.removeAll(known);
    List<String> referenced = new ArrayList<>(all);
    for (int i = 0; i < column.size(); i++) {
      String id = column.get(i);
      int k = java.util.Arrays.binarySearch(sorted, id);
      int expected = k >= 0 ? k : sorted.length + referenced.indexOf(id);
      assertThat(keys[i]).as("reference %d, %s", i, id).isEqualTo(expected);
    }
    assertThat(finished.size()).isEqualTo(sorted.length + referenced.size());
  }
}
