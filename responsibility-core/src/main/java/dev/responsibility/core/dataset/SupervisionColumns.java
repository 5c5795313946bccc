package dev.responsibility.core.dataset;

import dev.responsibility.core.internal.Index;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.ChinaTime;
import dev.responsibility.core.model.Supervision;
import dev.responsibility.core.model.SupervisionId;
import dev.responsibility.core.model.SupervisionMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import dev.responsibility.core.model.InvalidRecordException;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.RandomAccess;

/**
 * The supervisions of a data set as columns, each record made again when it is asked for. A
 * province has millions of supervisions, and as objects each took about 260 bytes (the record,
 * its id object and string, two dates and an {@code OffsetDateTime} of three objects more); here
 * it takes about 30 beside the index's columns, which already hold its cadre, business, visit day
 * and mode. Equal, element for element, to the list it was made from. Immutable and thread-safe.
 */
final class SupervisionColumns extends AbstractList<Supervision> implements RandomAccess {

  private static final SupervisionMode[] MODES = SupervisionMode.values();
  static final int NO_COUNT = -1;

  private final Index index;
  private final TextColumn ids;
  private final long[] enteredSecond;
  /** Null when every entry time is on a whole second, as platforms write them. */
  private final int[] enteredNano;
  private final int[] enteredOffset;
  private final int[] problemsFound;

  private SupervisionColumns(Arrivals.Sorted sorted, Index index) {
    this.index = index;
    ids = sorted.ids;
    enteredSecond = sorted.enteredSecond;
    enteredNano = sorted.enteredNano;
    enteredOffset = sorted.enteredOffset;
    problemsFound = sorted.problemsFound;
  }

  /**
   * Supervisions as they are added to a builder, as columns: a province's millions of records are
   * never all objects at once.
   */
  static final class Arrivals extends ColumnArrivals<Supervision, Arrivals> {
    private int size;
    private TextColumn.Arrivals ids = new TextColumn.Arrivals();
    private TextColumn.Arrivals cadre = new TextColumn.Arrivals();
    private TextColumn.Arrivals business = new TextColumn.Arrivals();
    private int[] visitDay = new int[0];
    private int[] entryDay = new int[0];
    private long[] enteredSecond = new long[0];
    /** Null until an entry time off a whole second arrives. */
    private int[] enteredNano;
    private int[] enteredOffset = new int[0];
    private byte[] mode = new byte[0];
    private int[] problemsFound = new int[0];

    @Override
    void add(Supervision s) {
      add(s.id().value(), s.cadre().value(), s.business().value(), s.visitDate(), s.enteredAt(), s.mode(),
          s.problemsFound().orElse(NO_COUNT));
    }

    /** Adds a supervision's fields, already checked as its record's are; {@code NO_COUNT} for none found. */
    void add(CharSequence id, CharSequence cadre, CharSequence business, LocalDate visitDate,
        OffsetDateTime entered, SupervisionMode mode, int problemsFound) {
      ensure(size + 1);
      int i = size++;
      ids.add(id);
      this.cadre.add(cadre);
      this.business.add(business);
      visitDay[i] = Index.day(visitDate);
      entryDay[i] = (int) ChinaTime.epochDayOf(entered);
      enteredSecond[i] = entered.toEpochSecond();
      enteredOffset[i] = entered.getOffset().getTotalSeconds();
      if (entered.getNano() != 0) {
        if (enteredNano == null) {
          enteredNano = new int[capacity()];
        }
        enteredNano[i] = entered.getNano();
      }
      this.mode[i] = (byte) mode.ordinal();
      this.problemsFound[i] = problemsFound;
    }

    @Override
    void adopt(Arrivals other) {
      size = other.size;
      ids = other.ids;
      cadre = other.cadre;
      business = other.business;
      visitDay = other.visitDay;
      entryDay = other.entryDay;
      enteredSecond = other.enteredSecond;
      enteredNano = other.enteredNano;
      enteredOffset = other.enteredOffset;
      mode = other.mode;
      problemsFound = other.problemsFound;
    }

    @Override
    Arrivals empty() {
      return new Arrivals();
    }

    @Override
    int size() {
      return size;
    }

    /** @return the {@code i}-th supervision added, made again */
    @Override
    Supervision get(int i) {
      java.util.Objects.checkIndex(i, size);
      return record(ids.get(i), cadre.get(i), business.get(i), visitDay[i], enteredSecond[i],
          enteredNano == null ? 0 : enteredNano[i], enteredOffset[i], mode[i], problemsFound[i]);
    }

    @Override
    int capacity() {
      return visitDay.length;
    }

    @Override
    List<TextColumn.Arrivals> texts() {
      return List.of(ids, cadre, business);
    }

    @Override
    void resize(int capacity) {
      visitDay = Arrays.copyOf(visitDay, capacity);
      entryDay = Arrays.copyOf(entryDay, capacity);
      enteredSecond = Arrays.copyOf(enteredSecond, capacity);
      enteredNano = enteredNano == null ? null : Arrays.copyOf(enteredNano, capacity);
      enteredOffset = Arrays.copyOf(enteredOffset, capacity);
      mode = Arrays.copyOf(mode, capacity);
      problemsFound = Arrays.copyOf(problemsFound, capacity);
    }

    /**
     * @return the columns in id order
     * @throws InvalidRecordException if two supervisions have one id
     */
    Sorted sorted() {
      int[] order = IdOrder.of(ids, "Supervision");
      if (order == null) {
        trim(); // shared with the data set as they are
      }
      return new Sorted(ids.column(order),
          new Index.Supervisions(cadre.column(order), business.column(order),
              IdOrder.take(visitDay, order), IdOrder.take(entryDay, order), IdOrder.take(mode, order)),
          IdOrder.take(enteredSecond, order), enteredNano == null ? null : IdOrder.take(enteredNano, order),
          IdOrder.take(enteredOffset, order), IdOrder.take(problemsFound, order));
    }

    /** The columns in id order: what the index takes, and what the data set keeps beside it. */
    record Sorted(TextColumn ids, Index.Supervisions facts, long[] enteredSecond, int[] enteredNano,
        int[] enteredOffset, int[] problemsFound) {

      /** @param index the index built from {@link #facts()} */
      SupervisionColumns columns(Index index) {
        if (ids.size() != index.visitDay.length) {
          throw new IllegalArgumentException(ids.size() + " supervisions for an index of " + index.visitDay.length);
        }
        return new SupervisionColumns(this, index);
      }
    }
  }

  @Override
  public Supervision get(int i) {
    java.util.Objects.checkIndex(i, enteredSecond.length);
    return record(ids.get(i), index.cadres.id(index.supervisionCadre[i]),
        index.businesses.id(index.supervisionBusiness[i]), index.visitDay[i], enteredSecond[i],
        enteredNano == null ? 0 : enteredNano[i], enteredOffset[i], index.supervisionMode[i], problemsFound[i]);
  }

  private static Supervision record(String id, String cadre, String business, int visitDay, long enteredSecond,
      int enteredNano, int enteredOffset, byte mode, int problemsFound) {
    OffsetDateTime entered = OffsetDateTime.ofInstant(Instant.ofEpochSecond(enteredSecond, enteredNano),
        ZoneOffset.ofTotalSeconds(enteredOffset));
    return Supervision.builder()
        .id(SupervisionId.of(id))
        .cadre(CadreId.of(cadre))
        .business(BusinessId.of(business))
        .visitDate(LocalDate.ofEpochDay(visitDay))
        .enteredAt(entered)
        .mode(MODES[mode])
        .problemsFound(problemsFound == NO_COUNT ? OptionalInt.empty() : OptionalInt.of(problemsFound))
        .build();
  }

  /** @return whether a record has this id, without making records to compare */
  boolean containsId(String id) {
    return ids.contains(id);
  }

  @Override
  public int size() {
    return enteredSecond.length;
  }
}
