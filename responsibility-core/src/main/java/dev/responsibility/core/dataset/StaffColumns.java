package dev.responsibility.core.dataset;

import dev.responsibility.core.internal.Index;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.StaffAppointment;
import dev.responsibility.core.model.StaffId;
import dev.responsibility.core.model.StaffRole;
import java.time.LocalDate;
import dev.responsibility.core.model.InvalidRecordException;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The staff appointments of a data set as columns, each record made again when it is asked for:
 * a province appoints two or three people in each of a million businesses. Beside the index's
 * columns (business, role, first and last day) only the id and the person's name are kept, as
 * UTF-8. Equal, element for element, to the list it was
 * made from. Immutable and thread-safe.
 */
final class StaffColumns extends AbstractList<StaffAppointment> implements RandomAccess {

  private static final StaffRole[] ROLES = StaffRole.values();

  private final Index index;
  private final TextColumn ids;
  private final TextColumn names;

  private StaffColumns(Arrivals.Sorted sorted, Index index) {
    this.index = index;
    this.ids = sorted.ids;
    this.names = sorted.names;
  }

  /** Staff appointments as they are added to a builder, as columns. */
  static final class Arrivals extends ColumnArrivals<StaffAppointment, Arrivals> {
    private int size;
    private TextColumn.Arrivals ids = new TextColumn.Arrivals();
    private TextColumn.Arrivals business = new TextColumn.Arrivals();
    private byte[] role = new byte[0];
    private TextColumn.Arrivals names = new TextColumn.Arrivals();
    private int[] from = new int[0];
    private int[] to = new int[0];

    @Override
    void add(StaffAppointment s) {
      add(s.id().value(), s.business().value(), s.role(), s.personName(), s.appointedOn(), s.endedOn());
    }

    /** Adds an appointment's fields, already checked as its record's are. */
    void add(CharSequence id, CharSequence business, StaffRole role, CharSequence personName, LocalDate appointedOn,
        Optional<LocalDate> endedOn) {
      ensure(size + 1);
      int i = size++;
      ids.add(id);
      this.business.add(business);
      this.role[i] = (byte) role.ordinal();
      names.add(personName);
      from[i] = Index.day(appointedOn);
      to[i] = Index.day(endedOn);
    }

    @Override
    void adopt(Arrivals other) {
      size = other.size;
      ids = other.ids;
      business = other.business;
      role = other.role;
      names = other.names;
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
      return List.of(ids, business, names);
    }

    @Override
    void resize(int capacity) {
      role = Arrays.copyOf(role, capacity);
      from = Arrays.copyOf(from, capacity);
      to = Arrays.copyOf(to, capacity);
    }

    @Override
    int size() {
      return size;
    }

    /** @return the {@code i}-th appointment added, made again */
    @Override
    StaffAppointment get(int i) {
      java.util.Objects.checkIndex(i, size);
      return record(ids.get(i), business.get(i), role[i], names.get(i), from[i], to[i]);
    }

    /**
     * @return the columns in id order
     * @throws InvalidRecordException if two appointments have one id
     */
    Sorted sorted() {
      int[] order = IdOrder.of(ids, "StaffAppointment");
      if (order == null) {
        trim(); // shared with the data set as they are
      }
      return new Sorted(ids.column(order), names.column(order),
          new Index.Staff(business.column(order), IdOrder.take(role, order), IdOrder.take(from, order),
              IdOrder.take(to, order)));
    }

    /** The columns in id order: what the index takes, and what the data set keeps beside it. */
    record Sorted(TextColumn ids, TextColumn names, Index.Staff facts) {

      /** @param index the index built from {@link #facts()} */
      StaffColumns columns(Index index) {
        if (ids.size() != index.staffRole.length) {
          throw new IllegalArgumentException(ids.size() + " appointments for an index of " + index.staffRole.length);
        }
        return new StaffColumns(this, index);
      }
    }
  }

  @Override
  public StaffAppointment get(int i) {
    java.util.Objects.checkIndex(i, names.size());
    return record(ids.get(i), index.businesses.id(index.staffBusiness[i]), index.staffRole[i], names.get(i),
        index.staffFrom[i], index.staffTo[i]);
  }

  private static StaffAppointment record(String id, String business, byte role, String name, int from, int to) {
    return StaffAppointment.builder()
        .id(StaffId.of(id))
        .business(BusinessId.of(business))
        .role(ROLES[role])
        .personName(name)
        .appointedOn(LocalDate.ofEpochDay(from))
        .endedOn(to == Index.OPEN ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(to)))
        .build();
  }

  @Override
  public int size() {
    return names.size();
  }
}
