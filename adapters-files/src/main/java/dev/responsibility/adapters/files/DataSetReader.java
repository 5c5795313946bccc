package dev.responsibility.adapters.files;

import dev.responsibility.core.model.ImportException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

/**
 * Reads a FORMAT.md data set (数据集) — a folder of CSV files or one {@code .xlsx} workbook with a
 * sheet per file — into the core's {@link dev.responsibility.core.dataset.DataSet} and the work
 * plans of {@code workplan.json}.
 *
 * <p>Accepts exactly what FORMAT.md writes and what real Chinese exports contain (docs/aliases.md):
 * Chinese headers and values, dates such as {@code 2023/3/5}, {@code 2023年3月5日} or Excel serial
 * days, codes Excel stored as numbers (recovered when exact), title rows above the header, GB18030
 * bytes. Every error of FORMAT.md's list is reported with the file or sheet, the physical line
 * (the header is line 1), the column as written in the header and the rule; all errors of a file
 * are collected up to {@linkplain Builder#errorLimit(int) the limit}. Unknown ids, unknown division
 * codes and invalid credit codes or licences are data, loaded as given.
 *
 * <p>Immutable and thread-safe; one reader may read many data sets at once.
 */
public final class DataSetReader {

  /** The default limit on errors collected per file. */
  public static final int DEFAULT_ERROR_LIMIT = 100;

  private final Optional<Charset> charset;
  private final int errorLimit;
  private final ReadMode mode;
  private final int parallelism;

  private DataSetReader(Builder b) {
    this.charset = b.charset;
    this.errorLimit = b.errorLimit;
    this.mode = b.mode;
    this.parallelism = b.parallelism;
  }

  /** @return a reader with the defaults: charset detected, 100 errors per file, all or nothing */
  public static DataSetReader defaults() {
    return builder().build();
  }

  /** @return a builder starting from the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a data set from a folder of CSV files or an {@code .xlsx} workbook.
   *
   * @param source a folder or a {@code .xlsx} file, not null
   * @return the data set, the work plans and (skipping bad rows) what was left out
   * @throws ImportException if the source cannot be read or holds errors the mode refuses; every
   *     error found is named; no other exception escapes for any content of the files
   * @throws CancellationException if the calling thread is interrupted while a folder's files are
   *     read on other threads; they are stopped and the interrupt is kept
   * @throws NullPointerException if {@code source} is null
   */
  public ReadResult read(Path source) {
    Objects.requireNonNull(source, "source");
    if (Files.isDirectory(source)) {
      return readFolder(source);
    }
    if (source.getFileName() != null && source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      return readWorkbook(source);
    }
    throw refused(name(source), Files.exists(source) ? "is neither a folder nor an .xlsx workbook"
        : "does not exist");
  }

  /**
   * Reads a folder holding {@code divisions.csv}, {@code businesses.csv} … and optionally
   * {@code workplan.json}. Other files are ignored.
   *
   * @param folder the folder, not null
   * @return as {@link #read(Path)}
   * @throws ImportException as {@link #read(Path)}
   */
  public ReadResult readFolder(Path folder) {
    Objects.requireNonNull(folder, "folder");
    return guarded(name(folder), () -> {
      List<String> names = new ArrayList<>();
      try (Stream<Path> list = Files.list(folder)) {
        list.filter(Files::isRegularFile).forEach(p -> names.add(p.getFileName().toString()));
      } catch (IOException e) {
        throw refused(name(folder), "cannot be listed: " + e.getMessage());
      }
      names.sort(null);
      SourceNames matched = SourceNames.match(names, false);
      Assembly assembly = new Assembly(mode, errorLimit, name(folder));
      assembly.refuse(matched.errors());
      readFiles(folder, matched).forEach(assembly::add);
      matched.workplan().ifPresent(plan -> assembly.workPlans(readPlan(folder.resolve(plan))));
      return assembly.finish();
    });
  }

  /**
   * Reads a workbook with one sheet per file, named as the files without {@code .csv}
   * ({@code businesses}) or by their Chinese names; an optional sheet {@code workplan} holds the
   * work plan's JSON in column A, one line per row. Other sheets are ignored.
   *
   * @param workbook the {@code .xlsx} file, not null
   * @return as {@link #read(Path)}
   * @throws ImportException as {@link #read(Path)}
   */
  public ReadResult readWorkbook(Path workbook) {
    Objects.requireNonNull(workbook, "workbook");
    return guarded(name(workbook), () -> {
      XlsxSource.Content content = XlsxSource.read(workbook, errorLimit);
      Assembly assembly = new Assembly(mode, errorLimit, name(workbook));
      assembly.refuse(content.errors());
      content.files().forEach(f -> assembly.add(FileChecks.check(f, mode)));
      content.workplan().ifPresent(json -> assembly.workPlans(WorkPlanJson.parseCollecting(json.text(), json.source())));
      return assembly.finish();
    });
  }

  /**
   * Reads and checks the CSV files, each on the thread that reads it; the interner is let go on
   * return, before the data set is built.
   */
  private List<FileChecks.Checked> readFiles(Path folder, SourceNames matched) {
    Interner interner = new Interner();
    List<FileReads.Read<FileChecks.Checked>> reads = new ArrayList<>();
    for (Map.Entry<FileSchema<?>, String> e : matched.files().entrySet()) {
      Path file = folder.resolve(e.getValue());
      reads.add(new FileReads.Read<>(
          () -> FileChecks.check(CsvSource.read(file, e.getKey(), charset, errorLimit, interner), mode),
          size(file)));
    }
    return FileReads.run(reads, parallelism);
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0; // the read reports it
    }
  }

  private static WorkPlanJson.Result readPlan(Path file) {
    try {
      return WorkPlanJson.parseCollecting(Files.readString(file, java.nio.charset.StandardCharsets.UTF_8),
          file.getFileName().toString());
    } catch (IOException e) {
      return new WorkPlanJson.Result(List.of(), List.of(new ImportException.Error(file.getFileName().toString(), 0, "",
          "cannot be read as UTF-8: " + e.getMessage())));
    }
  }

  /** Whatever goes wrong while reading becomes an ImportException naming the source. */
  private static ReadResult guarded(String source, java.util.function.Supplier<ReadResult> read) {
    try {
      return read.get();
    } catch (ImportException | CancellationException e) {
      throw e;
    } catch (RuntimeException | Error e) {
      if (e instanceof VirtualMachineError vm) {
        throw vm;
      }
      throw new ImportException(List.of(new ImportException.Error(source, 0, "", "cannot be read: " + e)), e);
    }
  }

  private static ImportException refused(String source, String rule) {
    return new ImportException(List.of(new ImportException.Error(source, 0, "", rule)));
  }

  private static String name(Path p) {
    return p.getFileName() == null ? p.toString() : p.getFileName().toString();
  }

  /** @return the charset asked for, empty when it is detected */
  public Optional<Charset> charset() {
    return charset;
  }

  /** @return the most errors collected per file */
  public int errorLimit() {
    return errorLimit;
  }

  /** @return what is done with bad rows */
  public ReadMode mode() {
    return mode;
  }

  /** @return how many CSV files of a folder are read at once */
  public int parallelism() {
    return parallelism;
  }

  /** Settings for a {@link DataSetReader}. Not thread-safe. */
  public static final class Builder {
    private Optional<Charset> charset = Optional.empty();
    private int errorLimit = DEFAULT_ERROR_LIMIT;
    private ReadMode mode = ReadMode.ALL_OR_NOTHING;
    private int parallelism = Runtime.getRuntime().availableProcessors();

    private Builder() {}

    /**
     * Reads up to this many CSV files of a folder at once, each on a thread of its own that lives
     * as long as the read (the default: one per available processor). With 1 every file is read on
     * the calling thread. The result, errors included, does not depend on it.
     *
     * @param threads at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code threads} is less than 1
     */
    public Builder parallelism(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("parallelism must be at least 1: " + threads);
      }
      this.parallelism = threads;
      return this;
    }

    /**
     * Reads CSV files in one charset (a UTF-8 byte-order mark still means UTF-8). Without this the
     * charset is detected: UTF-8, or GB18030 when the bytes are not UTF-8.
     *
     * @param charset such as {@code Charset.forName("GB18030")}, not null
     * @return this builder
     */
    public Builder charset(Charset charset) {
      this.charset = Optional.of(Objects.requireNonNull(charset, "charset"));
      return this;
    }

    /**
     * Detects the charset of each CSV file (the default): UTF-8, with or without a byte-order mark,
     * or GB18030 when the bytes are not UTF-8.
     *
     * @return this builder
     */
    public Builder detectCharset() {
      this.charset = Optional.empty();
      return this;
    }

    /**
     * @param limit the most errors collected per file before the rest of it is passed over, at
     *     least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code limit} is less than 1
     */
    public Builder errorLimit(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("the error limit must be at least 1: " + limit);
      }
      this.errorLimit = limit;
      return this;
    }

    /**
     * @param mode what to do with bad rows, not null
     * @return this builder
     */
    public Builder mode(ReadMode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /** @return the reader */
    public DataSetReader build() {
      return new DataSetReader(this);
    }
  }
}
