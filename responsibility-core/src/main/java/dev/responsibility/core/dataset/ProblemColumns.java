package dev.responsibility.core.dataset;

import dev.responsibility.core.internal.Index;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.InvalidRecordException;
import dev.responsibility.core.model.Problem;
import dev.responsibility.core.model.ProblemId;
import dev.responsibility.core.model.SupervisionId;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The problems of a data set as columns, each record made again when it is asked for: the index
 * holds the business and the days found and closed; the id, the supervision (as UTF-8) and the
 * days referred and rectified are kept beside it. Equal, element for element, to the list it was
 * made from. Immutable and thread-safe.
 */
final class ProblemColumns extends AbstractList<Problem> implements RandomAccess {

  /** No day: an empty optional, as {@link Index#OPEN} is for the index. */
  private static final int NONE = Index.OPEN;

  private final Index index;
  private final TextColumn ids;
  private final TextColumn supervisions;
  private final boolean[] fromSupervision;
  private final int[] referred;
  private final int[] rectified;

  private ProblemColumns(Arrivals.Sorted sorted, Index index) {
    this.index = index;
    this.ids = sorted.ids;
    this.supervisions = sorted.supervisions;
    this.fromSupervision = sorted.fromSupervision;
    this.referred = sorted.referred;
    this.rectified = sorted.rectified;
  }

  @Override
  public Problem get(int i) {
    java.util.Objects.checkIndex(i, referred.length);
    return record(ids.get(i), fromSupervision[i] ? supervisions.get(i) : null,
        index.businesses.id(index.problemBusiness[i]), index.problemFound[i], referred[i], rectified[i],
        index.problemClosed[i]);
  }

  private static Problem record(String id, String supervision, String business, int found, int referred,
      int rectified, int closed) {
    return Problem.builder()
        .id(ProblemId.of(id))
        .supervision(Optional.ofNullable(supervision).map(SupervisionId::of))
        .business(BusinessId.of(business))
        .foundOn(LocalDate.ofEpochDay(found))
        .referredOn(day(referred))
        .rectifiedOn(day(rectified))
        .closedOn(day(closed))
        .build();
  }

  private static Optional<LocalDate> day(int day) {
    return day == NONE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(day));
  }

  @Override
  public int size() {
    return referred.length;
  }

  /** Problems as they are added to a builder, as columns. Not thread-safe. */
  static final class Arrivals extends ColumnArrivals<Problem, Arrivals> {
    private int size;
    private TextColumn.Arrivals ids = new TextColumn.Arrivals();
    private TextColumn.Arrivals supervisions = new TextColumn.Arrivals();
    private boolean[] fromSupervision = new boolean[0];
    private TextColumn.Arrivals business = new TextColumn.Arrivals();
    private int[] found = new int[0];
    private int[] referred = new int[0];
    private int[] rectified = new int[0];
    private int[] closed = new int[0];

    @Override
    void add(Problem p) {
      ensure(size + 1);
      int i = size++;
      ids.add(p.id().value());
      supervisions.add(p.supervision().map(SupervisionId::value).orElse(""));
      fromSupervision[i] = p.supervision().isPresent();
      business.add(p.business().value());
      found[i] = Index.day(p.foundOn());
      referred[i] = Index.day(p.referredOn());
      rectified[i] = Index.day(p.rectifiedOn());
      closed[i] = Index.day(p.closedOn());
    }

    @Override
    void adopt(Arrivals other) {
      size = other.size;
      ids = other.ids;
      supervisions = other.supervisions;
      fromSupervision = other.fromSupervision;
      business = other.business;
      found = other.found;
      referred = other.referred;
      rectified = other.rectified;
      closed = other.closed;
    }

    @Override
    Arrivals empty() {
      return new Arrivals();
    }

    @Override
    int capacity() {
      return found.length;
    }

    @Override
    List<TextColumn.Arrivals> texts() {
      return List.of(ids, supervisions, business);
    }

    @Override
    void resize(int capacity) {
      fromSupervision = Arrays.copyOf(fromSupervision, capacity);
      found = Arrays.copyOf(found, capacity);
      referred = Arrays.copyOf(referred, capacity);
      rectified = Arrays.copyOf(rectified, capacity);
      closed = Arrays.copyOf(closed, capacity);
    }

    @Override
    int size() {
      return size;
    }

    /** @return the {@code i}-th problem added, made again */
    @Override
    Problem get(int i) {
      java.util.Objects.checkIndex(i, size);
      return record(ids.get(i), fromSupervision[i] ? supervisions.get(i) : null, business.get(i), found[i], referred[i],
          rectified[i], closed[i]);
    }

    /**
     * @return the columns in id order
     * @throws InvalidRecordException if two problems have one id
     */
    Sorted sorted() {
      int[] order = IdOrder.of(ids, "Problem");
      if (order == null) {
        trim(); // shared with the data set as they are
      }
      return new Sorted(ids.column(order), supervisions.column(order), IdOrder.take(fromSupervision, order),
          IdOrder.take(referred, order), IdOrder.take(rectified, order),
          new Index.Problems(business.column(order), IdOrder.take(found, order), IdOrder.take(closed, order)));
    }

    /** The columns in id order: what the index takes, and what the data set keeps beside it. */
    record Sorted(TextColumn ids, TextColumn supervisions, boolean[] fromSupervision, int[] referred, int[] rectified,
        Index.Problems facts) {

      /** @param index the index built from {@link #facts()} */
      ProblemColumns columns(Index index) {
        if (referred.length != index.problemFound.length) {
          throw new IllegalArgumentException(referred.length + " problems for an index of " + index.problemFound.length);
        }
        return new ProblemColumns(this, index);
      }
    }
  }
}
