package dev.responsibility.core.dataset;

import dev.responsibility.core.internal.Index;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.GuaranteeRelation;
import dev.responsibility.core.model.RelationId;
import java.time.LocalDate;
import java.util.AbstractList;
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
  private final IdColumn ids;

  private RelationColumns(List<GuaranteeRelation> records, Index index) {
    this.index = index;
    this.ids = IdColumn.of(records, r -> r.id().value());
  }

  /**
   * @param records the relations, in the order the index numbers them (id order)
   * @param index the index built from exactly these records
   */
  static RelationColumns of(List<GuaranteeRelation> records, Index index) {
    if (records.size() != index.relationCadre.length) {
      throw new IllegalArgumentException(records.size() + " relations for an index of " + index.relationCadre.length);
    }
    return new RelationColumns(records, index);
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
