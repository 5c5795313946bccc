package dev.responsibility.benchmarks;

import dev.responsibility.adapters.files.DataSetReader;
import dev.responsibility.adapters.files.DataSetWriter;
import dev.responsibility.core.Responsibility;
import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.model.Supervision;
import dev.responsibility.testkit.DataSetGenerator;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * How much heap a data set holds once built, read from a FORMAT.md CSV folder as an analyst's
 * would be: the heap after full collections with the data set (and its index) reachable, minus
 * the heap before. The supervisions' share is measured by building the same data set without
 * them; the rest is divided by the businesses.
 *
 * <p>Usage: {@code HeapFootprint [businesses] [folder]}: generates the province into the folder
 * unless it holds one already. Run with the heap limit to be proven, e.g. {@code -Xmx1g}: an
 * {@code OutOfMemoryError} is the answer then.
 */
public final class HeapFootprint {

  private HeapFootprint() {}

  public static void main(String[] args) throws Exception {
    int businesses = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path folder = Path.of(args.length > 1 ? args[1] : "target/province-" + businesses);
    if (!Files.isDirectory(folder)) {
      DataSetWriter.english().writeFolder(DataSetGenerator.builder().seed(2023).businesses(businesses)
          .asOf(LocalDate.of(2023, 12, 20)).faultRate(0.02).build().generate().dataSet(), List.of(), folder);
    }
    long before = usedAfterGc();
    DataSet read = DataSetReader.defaults().read(folder).dataSet();
    Responsibility indexed = Responsibility.of(read);
    long all = usedAfterGc() - before;
    long supervisions = read.supervisions().size();
    DataSet withoutSupervisions = without(read);
    indexed = null;
    read = null;
    long rest = usedAfterGc() - before;
    System.out.printf(Locale.ROOT, "%s%n", withoutSupervisions);
    System.out.printf(Locale.ROOT, "heap limit %,d MB; data set with its index: %,d MB%n",
        Runtime.getRuntime().maxMemory() >> 20, all >> 20);
    System.out.printf(Locale.ROOT, "per supervision: %,d bytes (%,d supervisions); per business, all else: %,d bytes%n",
        (all - rest) / supervisions, supervisions, rest / businesses);
    if (withoutSupervisions.businesses().isEmpty()) {
      throw new AssertionError("kept reachable to the end");
    }
  }

  private static DataSet without(DataSet data) {
    DataSet.Builder builder = DataSet.builder();
    data.forEach(new dev.responsibility.core.dataset.RecordSink() {
      @Override public void division(dev.responsibility.core.model.Division d) { builder.add(d); }
      @Override public void business(dev.responsibility.core.model.Business b) { builder.add(b); }
      @Override public void statusChange(dev.responsibility.core.model.StatusChange s) { builder.add(s); }
      @Override public void cadre(dev.responsibility.core.model.Cadre c) { builder.add(c); }
      @Override public void relation(dev.responsibility.core.model.GuaranteeRelation r) { builder.add(r); }
      @Override public void document(dev.responsibility.core.model.CadreDocument d) { builder.add(d); }
      @Override public void supervision(Supervision s) { }
      @Override public void problem(dev.responsibility.core.model.Problem p) { builder.add(p); }
      @Override public void staff(dev.responsibility.core.model.StaffAppointment s) { builder.add(s); }
      @Override public void selfCheck(dev.responsibility.core.model.SelfCheck c) { builder.add(c); }
    });
    DataSet built = builder.build();
    Responsibility.of(built);
    return built;
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
