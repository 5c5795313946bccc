package dev.responsibility.core.dataset;

import dev.responsibility.core.internal.Index;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.Supervision;
import dev.responsibility.core.model.SupervisionId;
import dev.responsibility.core.model.SupervisionMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.AbstractList;
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
  private static final int NO_COUNT = -1;

  private final Index index;
  private final IdColumn ids;
  private final long[] enteredSecond;
  /** Null when every entry time is on a whole second, as platforms write them. */
  private final int[] enteredNano;
  private final int[] enteredOffset;
  private final int[] problemsFound;

  private SupervisionColumns(List<Supervision> records, Index index) {
    this.index = index;
    int n = records.size();
    ids = IdColumn.of(records, s -> s.id().value());
    enteredSecond = new long[n];
    enteredOffset = new int[n];
    problemsFound = new int[n];
    int[] nanos = null;
    for (int i = 0; i < n; i++) {
      Supervision s = records.get(i);
      OffsetDateTime entered = s.enteredAt();
      enteredSecond[i] = entered.toEpochSecond();
      enteredOffset[i] = entered.getOffset().getTotalSeconds();
      if (entered.getNano() != 0) {
        if (nanos == null) {
          nanos = new int[n];
        }
        nanos[i] = entered.getNano();
      }
      problemsFound[i] = s.problemsFound().orElse(NO_COUNT);
    }
    enteredNano = nanos;
  }

  /**
   * @param records the supervisions, in the order the index numbers them (id order)
   * @param index the index built from exactly these records
   */
  static SupervisionColumns of(List<Supervision> records, Index index) {
    if (records.size() != index.visitDay.length) {
      throw new IllegalArgumentException(records.size() + " supervisions for an index of " + index.visitDay.length);
    }
    return new SupervisionColumns(records, index);
  }

  @Override
  public Supervision get(int i) {
    java.util.Objects.checkIndex(i, enteredSecond.length);
    OffsetDateTime entered = OffsetDateTime.ofInstant(
        Instant.ofEpochSecond(enteredSecond[i], enteredNano == null ? 0 : enteredNano[i]),
        ZoneOffset.ofTotalSeconds(enteredOffset[i]));
    return Supervision.builder()
        .id(SupervisionId.of(ids.get(i)))
        .cadre(CadreId.of(index.cadres.id(index.supervisionCadre[i])))
        .business(BusinessId.of(index.businesses.id(index.supervisionBusiness[i])))
        .visitDate(LocalDate.ofEpochDay(index.visitDay[i]))
        .enteredAt(entered)
        .mode(MODES[index.supervisionMode[i]])
        .problemsFound(problemsFound[i] == NO_COUNT ? OptionalInt.empty() : OptionalInt.of(problemsFound[i]))
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
