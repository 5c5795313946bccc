package dev.responsibility.adapters.files;

import dev.responsibility.core.calendar.WorkPlan;
import dev.responsibility.core.dataset.RecordSink;
import dev.responsibility.core.model.Business;
import dev.responsibility.core.model.Cadre;
import dev.responsibility.core.model.CadreDocument;
import dev.responsibility.core.model.Division;
import dev.responsibility.core.model.GuaranteeRelation;
import dev.responsibility.core.model.PortException;
import dev.responsibility.core.model.Problem;
import dev.responsibility.core.model.SelfCheck;
import dev.responsibility.core.model.StaffAppointment;
import dev.responsibility.core.model.StatusChange;
import dev.responsibility.core.model.Supervision;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link RecordSink} that writes each record, as it arrives, to its FORMAT.md file: a CSV folder
 * or the sheets of a workbook. Every file is created with its header when the sink opens, so a kind
 * without records is still a file; records are written in arrival order. Obtained from
 * {@link DataSetWriter#openFolder} or {@link DataSetWriter#openWorkbook}. Not thread-safe.
 */
public final class FileRecordSink implements RecordSink, AutoCloseable {

  private final Map<FileSchema<?>, TableOutput> tables = new IdentityHashMap<>();
  private final List<Closeable> closeables = new ArrayList<>();
  private final Language language;
  private final Path target;
  private final TableOutput.Workbook workbook;
  private boolean closed;

  private FileRecordSink(Path target, Language language, TableOutput.Workbook workbook) {
    this.target = target;
    this.language = language;
    this.workbook = workbook;
  }

  static FileRecordSink folder(Path folder, Language language, boolean bom, List<WorkPlan> plans) {
    FileRecordSink sink = new FileRecordSink(folder, language, null);
    try {
      Files.createDirectories(folder);
      for (FileSchema<?> schema : Formats.ALL) {
        TableOutput.Csv csv = new TableOutput.Csv(folder.resolve(schema.fileName()), bom);
        sink.closeables.add(csv);
        csv.row(sink.header(schema));
        sink.tables.put(schema, csv);
      }
      if (!plans.isEmpty()) {
        WorkPlanJson.write(plans, folder.resolve(Formats.WORKPLAN));
      }
      return sink;
    } catch (IOException | RuntimeException e) {
      sink.closeQuietly();
      throw e instanceof PortException p ? p : new PortException("writing the data set to " + folder, e);
    }
  }

  static FileRecordSink workbook(Path file, Language language, List<WorkPlan> plans) {
    TableOutput.Workbook book = new TableOutput.Workbook();
    FileRecordSink sink = new FileRecordSink(file, language, book);
    sink.closeables.add(book);
    for (FileSchema<?> schema : Formats.ALL) {
      sink.tables.put(schema, book.sheet(schema.name(), sink.header(schema)));
    }
    if (!plans.isEmpty()) {
      book.lines(Formats.WORKPLAN_SHEETS.get(1), WorkPlanJson.toJson(plans).lines().toList());
    }
    return sink;
  }

  private List<String> header(FileSchema<?> schema) {
    return schema.columns().stream()
        .map(c -> language == Language.CHINESE ? c.chineseHeader() : c.name())
        .toList();
  }

  private <T> void write(FileSchema<T> schema, T record) {
    Objects.requireNonNull(record, "record");
    if (closed) {
      throw new IllegalStateException("the sink is closed");
    }
    List<Object> cells = new ArrayList<>(schema.format(record));
    for (int i = 0; i < cells.size(); i++) {
      Object v = cells.get(i);
      if (v instanceof Enum<?> e) {
        cells.set(i, language == Language.CHINESE ? ValueAliases.chineseOfAny(e) : e.name());
      } else if (v instanceof Boolean b) {
        cells.set(i, language == Language.CHINESE ? (b ? ValueAliases.YES : ValueAliases.NO) : b.toString());
      } else if (v instanceof java.time.OffsetDateTime t) {
        cells.set(i, t.toString());
      }
    }
    try {
      tables.get(schema).row(cells);
    } catch (IOException e) {
      throw new PortException("writing " + schema.name() + " to " + target, e);
    }
  }

  @Override
  public void division(Division division) {
    write(Formats.DIVISIONS, division);
  }

  @Override
  public void business(Business business) {
    write(Formats.BUSINESSES, business);
  }

  @Override
  public void statusChange(StatusChange change) {
    write(Formats.STATUS_CHANGES, change);
  }

  @Override
  public void cadre(Cadre cadre) {
    write(Formats.CADRES, cadre);
  }

  @Override
  public void relation(GuaranteeRelation relation) {
    write(Formats.RELATIONS, relation);
  }

  @Override
  public void document(CadreDocument document) {
    write(Formats.DOCUMENTS, document);
  }

  @Override
  public void supervision(Supervision supervision) {
    write(Formats.SUPERVISIONS, supervision);
  }

  @Override
  public void problem(Problem problem) {
    write(Formats.PROBLEMS, problem);
  }

  @Override
  public void staff(StaffAppointment staff) {
    write(Formats.STAFF, staff);
  }

  @Override
  public void selfCheck(SelfCheck check) {
    write(Formats.SELF_CHECKS, check);
  }

  /**
   * Finishes the files: flushes the CSV files, or writes the workbook. Closing twice does nothing.
   *
   * @throws PortException if a file cannot be written
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (workbook != null) {
        workbook.writeTo(target);
      }
      for (Closeable c : closeables) {
        c.close();
      }
    } catch (IOException e) {
      closeQuietly();
      throw new PortException("writing the data set to " + target, e);
    }
  }

  private void closeQuietly() {
    closed = true;
    for (Closeable c : closeables) {
      try {
        c.close();
      } catch (IOException | RuntimeException ignored) {
        // the first failure is the one reported
      }
    }
  }
}
