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
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The guarantee relations of a data set as columns, each record made again when it is asked for:
 * the index's columns already hold everything but the id. Equal, element for element, to the list
 * it was made from. Immutable and thread-safe.
 */
final class RelationColumns extends AbstractList<GuaranteeRelation> implements RandomAccess {

  private final Index index;
  private final IdColumn ids;

  private RelationColumns(Arrivals.Sorted sorted, Index index) {
    this.index = index;
    this.ids = IdColumn.of(sorted.ids);
  }

  /** Relations as they are added to a builder, as columns. */
  static final class Arrivals {
    private int size;
    private String[] ids = new String[0];
    private String[] cadre = new String[0];
    private String[] business = new String[0];
    private int[] from = new int[0];
    private int[] to = new int[0];

    void add(GuaranteeRelation r) {
      if (size == ids.length) {
        int capacity = IdOrder.grown(size);
        ids = Arrays.copyOf(ids, capacity);
        cadre = Arrays.copyOf(cadre, capacity);
        business = Arrays.copyOf(business, capacity);
        from = Arrays.copyOf(from, capacity);
        to = Arrays.copyOf(to, capacity);
      }
      int i = size++;
      ids[i] = r.id().value();
      cadre[i] = r.cadre().value();
      business[i] = r.business().value();
      from[i] = Index.day(r.validFrom());
      to[i] = Index.day(r.validTo());
    }

    /**
     * @return the columns in id order
     * @throws InvalidRecordException if two relations have one id
     */
    Sorted sorted() {
      int[] order = IdOrder.of(ids, size, "GuaranteeRelation");
      return new Sorted(IdOrder.take(ids, order), new Index.Relations(IdOrder.take(cadre, order),
          IdOrder.take(business, order), IdOrder.take(from, order), IdOrder.take(to, order)));
    }

    /** The columns in id order: what the index takes, and what the data set keeps beside it. */
    record Sorted(String[] ids, Index.Relations facts) {

      /** @param index the index built from {@link #facts()} */
      RelationColumns columns(Index index) {
        if (ids.length != index.relationCadre.length) {
          throw new IllegalArgumentException(ids.length + " relations for an index of " + index.relationCadre.length);
        }
        return new RelationColumns(this, index);
      }
    }
  }

  @Override
  public GuaranteeRelation get(int i) {
    int to = index.relationTo[i];
    return GuaranteeRelation.builder()
        .id(RelationId.of(ids.get(i)))
        .cadre(CadreId.of(index.cadres.id(index.relationCadre[i])))
        .business(BusinessId.of(index.businesses.id(index.relationBusiness[i])))
        .validFrom(LocalDate.ofEpochDay(index.relationFrom[i]))
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
