package dev.responsibility.core.dataset;

import dev.responsibility.core.internal.Index;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.GuaranteeRelation;
import dev.responsibility.core.model.RelationId;
import java.time.LocalDate;
import dev.responsibility.core.model.InvalidRecordException;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The guarantee relations of a data set as columns, each record made again when it is asked for:
 * the index's columns already hold everything but the id. Equal, element for element, to the list
 * it was made from. Immutable and thread-safe.
 */
final class RelationColumns extends AbstractList<GuaranteeRelation> implements RandomAccess {

  private final Index index;
  private final TextColumn ids;

  private RelationColumns(Arrivals.Sorted sorted, Index index) {
    this.index = index;
    this.ids = sorted.ids;
  }

  /** Relations as they are added to a builder, as columns. */
  static final class Arrivals extends ColumnArrivals<GuaranteeRelation, Arrivals> {
    private int size;
    private TextColumn.Arrivals ids = new TextColumn.Arrivals();
    private TextColumn.Arrivals cadre = new TextColumn.Arrivals();
    private TextColumn.Arrivals business = new TextColumn.Arrivals();
    private int[] from = new int[0];
    private int[] to = new int[0];

    @Override
    void add(GuaranteeRelation r) {
      add(r.id().value(), r.cadre().value(), r.business().value(), r.validFrom(), r.validTo());
    }

    /** Adds a relation's fields, already checked as its record's are. */
    void add(CharSequence id, CharSequence cadre, CharSequence business, LocalDate validFrom,
        Optional<LocalDate> validTo) {
      ensure(size + 1);
      int i = size++;
      ids.add(id);
      this.cadre.add(cadre);
      this.business.add(business);
      from[i] = Index.day(validFrom);
      to[i] = Index.day(validTo);
    }

    @Override
    void adopt(Arrivals other) {
      size = other.size;
      ids = other.ids;
      cadre = other.cadre;
      business = other.business;
      from = other.from;
      to = other.to;
    }

    @Override
    Arrivals empty() {
      return new Arrivals();
    }

    @Override
    int capacity() {
      return from.length;
    }

    @Override
    List<TextColumn.Arrivals> texts() {
      return List.of(ids, cadre, business);
    }

    @Override
    void resize(int capacity) {
      from = Arrays.copyOf(from, capacity);
      to = Arrays.copyOf(to, capacity);
    }

    @Override
    int size() {
      return size;
    }

    /** @return the {@code i}-th relation added, made again */
    @Override
    GuaranteeRelation get(int i) {
      java.util.Objects.checkIndex(i, size);
      return record(ids.get(i), cadre.get(i), business.get(i), from[i], to[i]);
    }

    /**
     * @return the columns in id order
     * @throws InvalidRecordException if two relations have one id
     */
    Sorted sorted() {
      int[] order = IdOrder.of(ids, "GuaranteeRelation");
      if (order == null) {
        trim(); // shared with the data set as they are
      }
      return new Sorted(ids.column(order), new Index.Relations(cadre.column(order),
          business.column(order), IdOrder.take(from, order), IdOrder.take(to, order)));
    }

    /** The columns in id order: what the index takes, and what the data set keeps beside it. */
    record Sorted(TextColumn ids, Index.Relations facts) {

      /** @param index the index built from {@link #facts()} */
      RelationColumns columns(Index index) {
        if (ids.size() != index.relationCadre.length) {
          throw new IllegalArgumentException(ids.size() + " relations for an index of " + index.relationCadre.length);
        }
        return new RelationColumns(this, index);
      }
    }
  }

  @Override
  public GuaranteeRelation get(int i) {
    java.util.Objects.checkIndex(i, ids.size());
    return record(ids.get(i), index.cadres.id(index.relationCadre[i]), index.businesses.id(index.relationBusiness[i]),
        index.relationFrom[i], index.relationTo[i]);
  }

  private static GuaranteeRelation record(String id, String cadre, String business, int from, int to) {
    return GuaranteeRelation.builder()
        .id(RelationId.of(id))
        .cadre(CadreId.of(cadre))
        .business(BusinessId.of(business))
        .validFrom(LocalDate.ofEpochDay(from))
        .validTo(to == Index.OPEN ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(to)))
        .build();
  }

  /** @return whether a record has this id, without making records to compare */
  boolean containsId(String id) {
    return ids.contains(id);
  }

  @Override
  public int size() {
    return ids.size();
  }
}
