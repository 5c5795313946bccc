package dev.responsibility.testkit;

import dev.responsibility.core.dataset.DataSet;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A generated data set and the day it was generated for: consistent on that day (no check
 * reports anything) unless faults were asked for. Immutable and thread-safe.
 *
 * @param dataSet the data set, not null
 * @param asOf the day it is consistent on, not null
 * @param seed the seed it was generated from
 */
public record GeneratedDataSet(DataSet dataSet, LocalDate asOf, long seed) {

  /**
   * @param dataSet as in the record description
   * @param asOf as in the record description
   * @param seed as in the record description
   */
  public GeneratedDataSet {
    Objects.requireNonNull(dataSet, "dataSet");
    Objects.requireNonNull(asOf, "asOf");
  }

  @Override
  public String toString() {
    return "GeneratedDataSet[seed=" + seed + ", asOf=" + asOf + ", " + dataSet + "]";
  }
}
