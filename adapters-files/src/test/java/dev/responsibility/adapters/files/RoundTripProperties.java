package dev.responsibility.adapters.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.testkit.DataSetArbitraries;
import dev.responsibility.testkit.GeneratedDataSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Writing a data set and reading it back gives the same records, in CSV and in a workbook. */
class RoundTripProperties extends TempFiles {

  RoundTripProperties() throws IOException {
    super();
  }


  @Provide
  Arbitrary<DataSet> townships() {
    return DataSetArbitraries.consistent(1, 12).map(GeneratedDataSet::dataSet);
  }

  @Provide
  Arbitrary<DataSet> tricky() {
    return TrickyDataSets.dataSets();
  }

  @Property(tries = 40)
  void aTownshipWrittenAsCsvReadsBackTheSame(@ForAll("townships") DataSet ds, @ForAll Language language)
      throws IOException {
    assertRoundTrip(ds, language, false);
  }

  @Property(tries = 8)
  void aTownshipWrittenAsAWorkbookReadsBackTheSame(@ForAll("townships") DataSet ds, @ForAll Language language)
      throws IOException {
    assertRoundTrip(ds, language, true);
  }

  @Property(tries = 60)
  void awkwardTextWrittenAsCsvReadsBackTheSame(@ForAll("tricky") DataSet ds, @ForAll Language language)
      throws IOException {
    assertRoundTrip(ds, language, false);
  }

  @Property(tries = 10)
  void awkwardTextWrittenAsAWorkbookReadsBackTheSame(@ForAll("tricky") DataSet ds, @ForAll Language language)
      throws IOException {
    assertRoundTrip(ds, language, true);
  }

  private void assertRoundTrip(DataSet ds, Language language, boolean workbook) throws IOException {
    Path target = Files.createTempDirectory(dir, "ds").resolve(workbook ? "data.xlsx" : "data");
    DataSetWriter writer = DataSetWriter.english().withLanguage(language);
    if (workbook) {
      writer.writeWorkbook(ds, List.of(), target);
    } else {
      writer.writeFolder(ds, List.of(), target);
    }

    DataSet back = DataSetReader.defaults().read(target).dataSet();

    assertThat(DataSets.describe(back)).isEqualTo(DataSets.describe(ds));
  }
}
