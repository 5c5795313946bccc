package dev.responsibility.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.internal.StringRefs;
import dev.responsibility.core.internal.TextRefs;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Ids kept as UTF-8 bytes compare, sort and read back as the strings they were. */
class TextColumnProperties {

  /** ASCII, two- and three-byte characters either side of U+E000, and characters beyond U+FFFF. */
  private static final String[] PIECES = {"a", "B", "7", "-", "é", "中", "督", "\uE000", "\uF8FF", "\uFFFD", "😀",
      "𠀀"};

  @Provide
  Arbitrary<String> ids() {
    return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(6).map(p -> String.join("", p));
  }

  /**
   * Characters as a reader holds them (not strings) are kept as {@link String#getBytes} encodes
   * them, lone surrogates as {@code '?'}: they read back as those bytes decode.
   */
  @Property(tries = 500)
  void charactersAreKeptAsTheirStringsUtf8(@ForAll @Size(max = 30) List<@From("texts") String> texts) {
    TextColumn.Arrivals arrivals = new TextColumn.Arrivals();
    texts.forEach(t -> arrivals.add(new StringBuilder(t)));

    for (int i = 0; i < texts.size(); i++) {
      assertThat(arrivals.get(i)).isEqualTo(new String(texts.get(i).getBytes(StandardCharsets.UTF_8),
          StandardCharsets.UTF_8));
    }
  }

  /** Any of the pieces above, and surrogates alone, in either order. */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of("a", "é", "中", "😀", "\uD800", "\uDC00", "\u07FF", "\u0800", "")
        .list().ofMaxSize(6).map(p -> String.join("", p));
  }

  @Property(tries = 300)
  void comparesAsStringsDo(@ForAll @Size(min = 2, max = 30) List<@From("ids") String> ids) {
    TextColumn.Arrivals arrivals = new TextColumn.Arrivals();
    ids.forEach(arrivals::add);

    for (int i = 0; i < ids.size(); i++) {
      assertThat(arrivals.get(i)).isEqualTo(ids.get(i));
      for (int j = 0; j < ids.size(); j++) {
        assertThat(Integer.signum(arrivals.compare(i, j)))
            .as("%s vs %s", ids.get(i), ids.get(j))
            .isEqualTo(Integer.signum(ids.get(i).compareTo(ids.get(j))));
      }
    }
  }

  @Property(tries = 300)
  void hashesAndEqualsAsStringsDo(@ForAll @Size(min = 1, max = 20) List<@From("ids") String> ids,
      @ForAll @Size(min = 1, max = 5) List<@From("ids") String> others) {
    ids = new ArrayList<>(ids);
    ids.add(ids.size() / 2, ""); // an empty text among them, as a credit code may be
    TextColumn.Arrivals arrivals = new TextColumn.Arrivals();
    ids.forEach(arrivals::add);
    TextColumn column = arrivals.column(null);
    List<String> asked = new ArrayList<>(ids);
    asked.addAll(others);
    asked.add("");

    TextColumn.Arrivals askedArrivals = new TextColumn.Arrivals();
    asked.forEach(askedArrivals::add);
    TextColumn askedColumn = askedArrivals.column(null);
    TextRefs askedStrings = StringRefs.of(asked.toArray(String[]::new));

    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      for (int j = 0; j < asked.size(); j++) {
        boolean equal = id.equals(asked.get(j));
        assertThat(column.sameText(i, askedColumn, j)).as("%s vs %s", id, asked.get(j)).isEqualTo(equal);
        assertThat(column.sameText(i, askedStrings, j)).as("%s vs %s", id, asked.get(j)).isEqualTo(equal);
        assertThat(askedStrings.sameText(j, column, i)).as("%s vs %s", asked.get(j), id).isEqualTo(equal);
      }
      assertThat(column.stringHash(i)).as(id).isEqualTo(id.hashCode());
      assertThat(column.sameAsBefore(i)).as(id).isEqualTo(i > 0 && id.equals(ids.get(i - 1)));
      for (String other : asked) {
        assertThat(column.textEquals(i, other)).as("%s vs %s", id, other).isEqualTo(id.equals(other));
      }
    }
  }

  /** A column of records' texts gives back the records' own strings and answers as its bytes do. */
  @Property(tries = 300)
  void aColumnOfRecordsTextsGivesTheirStringsBack(@ForAll @Size(max = 30) List<@From("ids") String> ids) {
    List<String[]> records = ids.stream().map(id -> new String[] {new String(id)}).toList();
    TextColumn column = TextColumn.of(records, r -> r[0]);
    TextColumn.Arrivals arrivals = new TextColumn.Arrivals();
    ids.forEach(arrivals::add);
    TextColumn bytes = arrivals.column(null);

    assertThat(column.size()).isEqualTo(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      assertThat(column.text(i)).isSameAs(records.get(i)[0]);
      assertThat(column.stringHash(i)).isEqualTo(bytes.stringHash(i));
      for (int j = 0; j < ids.size(); j++) {
        assertThat(column.sameText(i, bytes, j)).isEqualTo(ids.get(i).equals(ids.get(j)));
      }
    }
  }

  @Property(tries = 300)
  void aColumnInAnOrderReadsBackInThatOrder(@ForAll @Size(max = 30) List<@From("ids") String> first,
      @ForAll @Size(max = 30) List<@From("ids") String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    TextColumn.Arrivals one = new TextColumn.Arrivals();
    all.forEach(one::add);
    int[] order = IntStream.range(0, all.size()).boxed().sorted(Comparator.comparing(all::get))
        .mapToInt(Integer::intValue).toArray();

    TextColumn sorted = one.column(order);
    TextColumn asArrived = one.column(null);

    assertThat(IntStream.range(0, sorted.size()).mapToObj(sorted::get))
        .containsExactlyElementsOf(Arrays.stream(order).mapToObj(all::get).toList());
    assertThat(IntStream.range(0, asArrived.size()).mapToObj(asArrived::get)).containsExactlyElementsOf(all);
    all.forEach(id -> assertThat(sorted.contains(id)).isTrue());
  }

  /** Each text points at the first equal one before it; empty texts and first occurrences at none. */
  @Property(tries = 300)
  void firstEqualFindsTheFirstEarlierEqualText(@ForAll @Size(max = 60) List<@From("ids") String> drawn) {
    List<String> texts = drawn.stream()
        .map(t -> t.length() > 3 ? t.substring(0, t.offsetByCodePoints(0, 1)) : t.length() == 3 ? "" : t)
        .toList(); // short texts, some empty, so that many repeat
    TextColumn.Arrivals arrivals = new TextColumn.Arrivals();
    texts.forEach(arrivals::add);

    int[] first = arrivals.column(null).firstEqual();

    for (int i = 0; i < texts.size(); i++) {
      int expected = texts.get(i).isEmpty() ? -1 : texts.indexOf(texts.get(i));
      assertThat(first[i]).as("text %d %s", i, texts.get(i)).isEqualTo(expected == i ? -1 : expected);
    }
  }
}
