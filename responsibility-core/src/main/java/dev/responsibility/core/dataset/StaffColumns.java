package dev.responsibility.core.dataset;

import dev.responsibility.core.internal.Index;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.StaffAppointment;
import dev.responsibility.core.model.StaffId;
import dev.responsibility.core.model.StaffRole;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The staff appointments of a data set as columns, each record made again when it is asked for:
 * a province appoints two or three people in each of a million businesses. Beside the index's
 * columns (business, role, first and last day) only the id and the person's name are kept, each
 * name once however many appointments share it. Equal, element for element, to the list it was
 * made from. Immutable and thread-safe.
 */
final class StaffColumns extends AbstractList<StaffAppointment> implements RandomAccess {

  private static final StaffRole[] ROLES = StaffRole.values();

  private final Index index;
  private final IdColumn ids;
  private final String[] names;

  private StaffColumns(List<StaffAppointment> records, Index index) {
    this.index = index;
    this.ids = IdColumn.of(records, s -> s.id().value());
    this.names = new String[records.size()];
    Map<String, String> shared = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      String name = records.get(i).personName();
      names[i] = shared.computeIfAbsent(name, n -> n);
    }
  }

  /**
   * @param records the appointments, in the order the index numbers them (id order)
   * @param index the index built from exactly these records
   */
  static StaffColumns of(List<StaffAppointment> records, Index index) {
    if (records.size() != index.staffRole.length) {
      throw new IllegalArgumentException(records.size() + " appointments for an index of " + index.staffRole.length);
    }
    return new StaffColumns(records, index);
  }

  @Override
  public StaffAppointment get(int i) {
    java.util.Objects.checkIndex(i, names.length);
    int to = index.staffTo[i];
    return StaffAppointment.builder()
        .id(StaffId.of(ids.get(i)))
        .business(BusinessId.of(index.businesses.id(index.staffBusiness[i])))
        .role(ROLES[index.staffRole[i]])
        .personName(names[i])
        .appointedOn(LocalDate.ofEpochDay(index.staffFrom[i]))
        .endedOn(to == Index.OPEN ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(to)))
        .build();
  }

  @Override
  public int size() {
    return names.length;
  }
}
