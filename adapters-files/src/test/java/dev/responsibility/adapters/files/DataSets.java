package dev.responsibility.adapters.files;

import dev.responsibility.core.dataset.DataSet;
import java.util.List;

/** Compares data sets record by record: the core's DataSet has no equality of its own. */
final class DataSets {

  private DataSets() {}

  /** @return every record list of the data set, in FORMAT.md's file order */
  static List<List<?>> describe(DataSet ds) {
    return List.of(ds.divisions(), ds.businesses(), ds.statusChanges(), ds.cadres(), ds.relations(),
        ds.documents(), ds.supervisions(), ds.problems(), ds.staff(), ds.selfChecks());
  }
}
