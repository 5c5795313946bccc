package dev.responsibility.core.dataset;

import dev.responsibility.core.internal.Index;
import dev.responsibility.core.model.Business;
import dev.responsibility.core.model.BusinessId;
import dev.responsibility.core.model.BusinessSize;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.CreditCode;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.Grade;
import dev.responsibility.core.model.InvalidRecordException;
import dev.responsibility.core.model.LicenseNumber;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The businesses of a data set as columns, each record made again when it is asked for: a
 * province has a million, and as objects each took about 400 bytes (the record, its id, codes and
 * their strings). The index's columns hold the id, division, licence days, category, size, grade,
 * diners and risk; only the name, credit code and licence number are kept beside them, as UTF-8.
 * Equal, element for element, to the list it was made from. Immutable and thread-safe.
 */
final class BusinessColumns extends AbstractList<Business> implements RandomAccess {

  private static final Category[] CATEGORIES = Category.values();
  private static final BusinessSize[] SIZES = BusinessSize.values();
  private static final Grade[] GRADES = Grade.values();

  private final Index index;
  private final TextColumn names;
  private final TextColumn creditCodes;
  private final TextColumn licenseNumbers;

  private BusinessColumns(Arrivals.Sorted sorted, Index index) {
    this.index = index;
    this.names = sorted.names;
    this.creditCodes = sorted.creditCodes;
    this.licenseNumbers = sorted.licenseNumbers;
  }

  @Override
  public Business get(int i) {
    java.util.Objects.checkIndex(i, names.size());
    int expires = index.licenseExpires[i];
    return Business.builder()
        .id(BusinessId.of(index.businesses.id(i)))
        .name(names.get(i))
        .creditCode(CreditCode.of(creditCodes.get(i)))
        .licenseNumber(LicenseNumber.of(licenseNumbers.get(i)))
        .licenseIssued(LocalDate.ofEpochDay(index.licenseIssued[i]))
        .licenseExpires(expires == Index.OPEN ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(expires)))
        .category(CATEGORIES[index.category[i]])
        .size(SIZES[index.size[i]])
        .grade(GRADES[index.grade[i]])
        .division(DivisionCode.of(index.divisions.id(index.businessDivision[i])))
        .diners(index.diners[i])
        .highRisk(index.highRisk[i])
        .build();
  }

  @Override
  public int size() {
    return names.size();
  }

  /** Businesses as they are added to a builder, as columns. Not thread-safe. */
  static final class Arrivals extends ColumnArrivals<Business, Arrivals> {
    private int size;
    private TextColumn.Arrivals ids = new TextColumn.Arrivals();
    private TextColumn.Arrivals names = new TextColumn.Arrivals();
    private TextColumn.Arrivals creditCodes = new TextColumn.Arrivals();
    private TextColumn.Arrivals licenseNumbers = new TextColumn.Arrivals();
    private TextColumn.Arrivals division = new TextColumn.Arrivals();
    private int[] licenseIssued = new int[0];
    private int[] licenseExpires = new int[0];
    private byte[] category = new byte[0];
    private byte[] businessSize = new byte[0];
    private byte[] grade = new byte[0];
    private int[] diners = new int[0];
    private boolean[] highRisk = new boolean[0];
    private boolean[] creditCodeValid = new boolean[0];
    private boolean[] licenseNumberValid = new boolean[0];

    @Override
    void add(Business b) {
      ensure(size + 1);
      int i = size++;
      ids.add(b.id().value());
      names.add(b.name());
      creditCodes.add(b.creditCode().value());
      licenseNumbers.add(b.licenseNumber().value());
      division.add(b.division().value());
      licenseIssued[i] = Index.day(b.licenseIssued());
      licenseExpires[i] = Index.day(b.licenseExpires());
      category[i] = (byte) b.category().ordinal();
      businessSize[i] = (byte) b.size().ordinal();
      grade[i] = (byte) b.grade().ordinal();
      diners[i] = b.diners();
      highRisk[i] = b.highRisk();
      creditCodeValid[i] = b.hasValidCreditCode();
      licenseNumberValid[i] = b.hasValidLicenseNumber();
    }

    @Override
    void adopt(Arrivals other) {
      size = other.size;
      ids = other.ids;
      names = other.names;
      creditCodes = other.creditCodes;
      licenseNumbers = other.licenseNumbers;
      division = other.division;
      licenseIssued = other.licenseIssued;
      licenseExpires = other.licenseExpires;
      category = other.category;
      businessSize = other.businessSize;
      grade = other.grade;
      diners = other.diners;
      highRisk = other.highRisk;
      creditCodeValid = other.creditCodeValid;
      licenseNumberValid = other.licenseNumberValid;
    }

    @Override
    Arrivals empty() {
      return new Arrivals();
    }

    @Override
    int capacity() {
      return licenseIssued.length;
    }

    @Override
    List<TextColumn.Arrivals> texts() {
      return List.of(ids, names, creditCodes, licenseNumbers, division);
    }

    @Override
    void resize(int capacity) {
      licenseIssued = Arrays.copyOf(licenseIssued, capacity);
      licenseExpires = Arrays.copyOf(licenseExpires, capacity);
      category = Arrays.copyOf(category, capacity);
      businessSize = Arrays.copyOf(businessSize, capacity);
      grade = Arrays.copyOf(grade, capacity);
      diners = Arrays.copyOf(diners, capacity);
      highRisk = Arrays.copyOf(highRisk, capacity);
      creditCodeValid = Arrays.copyOf(creditCodeValid, capacity);
      licenseNumberValid = Arrays.copyOf(licenseNumberValid, capacity);
    }

    @Override
    int size() {
      return size;
    }

    /** @return the {@code i}-th business added, made again */
    @Override
    Business get(int i) {
      java.util.Objects.checkIndex(i, size);
      return Business.builder()
          .id(BusinessId.of(ids.get(i)))
          .name(names.get(i))
          .creditCode(CreditCode.of(creditCodes.get(i)))
          .licenseNumber(LicenseNumber.of(licenseNumbers.get(i)))
          .licenseIssued(LocalDate.ofEpochDay(licenseIssued[i]))
          .licenseExpires(licenseExpires[i] == Index.OPEN ? Optional.empty()
              : Optional.of(LocalDate.ofEpochDay(licenseExpires[i])))
          .category(CATEGORIES[category[i]])
          .size(SIZES[businessSize[i]])
          .grade(GRADES[grade[i]])
          .division(DivisionCode.of(division.get(i)))
          .diners(diners[i])
          .highRisk(highRisk[i])
          .build();
    }

    /**
     * @return the columns in id order
     * @throws InvalidRecordException if two businesses have one id
     */
    Sorted sorted() {
      int[] order = IdOrder.of(ids, "Business");
      if (order == null) {
        trim(); // shared with the data set as they are
      }
      TextColumn sortedCodes = creditCodes.column(order);
      return new Sorted(names.column(order), sortedCodes, licenseNumbers.column(order),
          new Index.Businesses(ids.column(order), division.column(order), IdOrder.take(licenseIssued, order),
              IdOrder.take(licenseExpires, order), IdOrder.take(category, order), IdOrder.take(businessSize, order),
              IdOrder.take(grade, order), IdOrder.take(diners, order), IdOrder.take(highRisk, order),
              IdOrder.take(creditCodeValid, order), IdOrder.take(licenseNumberValid, order),
              sortedCodes.firstEqual()));
    }

    /** The columns in id order: what the index takes, and what the data set keeps beside it. */
    record Sorted(TextColumn names, TextColumn creditCodes, TextColumn licenseNumbers, Index.Businesses facts) {

      /** @param index the index built from {@link #facts()} */
      BusinessColumns columns(Index index) {
        if (names.size() != index.category.length) {
          throw new IllegalArgumentException(names.size() + " businesses for an index of " + index.category.length);
        }
        return new BusinessColumns(this, index);
      }
    }
  }
}
