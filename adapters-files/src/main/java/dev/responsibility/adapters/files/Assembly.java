package dev.responsibility.adapters.files;

import dev.responsibility.core.calendar.WorkPlan;
import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.model.ImportException;
import dev.responsibility.core.model.InvalidRecordException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the files of a data set together, each checked on its own first ({@link FileChecks}): either
 * refuses everything or leaves the bad rows out, and builds the core's {@link DataSet}. Not
 * thread-safe; one per read.
 */
final class Assembly {

  private final ReadMode mode;
  private final int limit;
  private final String source;
  private final List<ImportException.Error> refusing = new ArrayList<>();
  private final List<ParsedFile<?>> files = new ArrayList<>();
  /** Per file: the bad rows by line, with their errors. */
  private final Map<ParsedFile<?>, Map<Long, List<ImportException.Error>>> bad = new HashMap<>();
  private List<WorkPlan> plans = List.of();

  Assembly(ReadMode mode, int limit, String source) {
    this.mode = mode;
    this.limit = limit;
    this.source = source;
  }

  /** Errors that refuse the data set whatever the mode: missing files, unreadable sources. */
  void refuse(List<ImportException.Error> errors) {
    refusing.addAll(errors);
  }

  /** @param file a file and the bad rows its checks found */
  void add(FileChecks.Checked file) {
    files.add(file.file());
    refusing.addAll(file.file().fileErrors);
    bad.put(file.file(), file.badRows());
  }

  void workPlans(WorkPlanJson.Result result) {
    refusing.addAll(result.errors());
    plans = result.plans();
  }

  /**
   * @return the data set and what was left out
   * @throws ImportException when the mode or the errors refuse the data set
   */
  ReadResult finish() {
    files.sort(Comparator.comparingInt(f -> Formats.ALL.indexOf(f.schema)));
    List<ImportException.Error> rowErrors = rowErrors();
    if (!refusing.isEmpty() || mode == ReadMode.ALL_OR_NOTHING && !rowErrors.isEmpty()) {
      List<ImportException.Error> all = new ArrayList<>(refusing);
      all.addAll(rowErrors);
      throw new ImportException(ordered(all));
    }
    DataSet.Builder builder = DataSet.builder();
    List<SkippedRow> skipped = new ArrayList<>();
    for (ParsedFile<?> f : files) {
      send(f, builder);
      bad.get(f).forEach((line, errors) -> skipped.add(new SkippedRow(f.file, line, errors)));
    }
    try {
      return new ReadResult(builder.build(), plans, skipped);
    } catch (InvalidRecordException e) {
      // The checks above mirror the core's; this is a safety net, never a partial data set.
      throw new ImportException(List.of(new ImportException.Error(source, 0, "", e.getMessage())), e);
    }
  }

  private <T> void send(ParsedFile<T> f, DataSet.Builder builder) {
    Map<Long, List<ImportException.Error>> rows = bad.get(f);
    if (rows.keySet().stream().noneMatch(f::holdsLine)) {
      builder.takeAll(f.records());
    } else {
      f.forEach(p -> {
        if (!rows.containsKey(p.line())) {
          f.schema.send(builder, p.record());
        }
      });
    }
    f.release();
  }

  private List<ImportException.Error> rowErrors() {
    String limitRule = TableParser.limitRule(limit);
    List<ImportException.Error> all = new ArrayList<>();
    for (ParsedFile<?> f : files) {
      List<ImportException.Error> mine = new ArrayList<>();
      bad.get(f).values().forEach(mine::addAll);
      long noted = f.fileErrors.stream().filter(e -> e.rule().equals(limitRule)).count();
      long room = limit - (f.fileErrors.size() - noted);
      if (mine.size() > room) {
        // The data-set checks found more than the limit leaves room for: keep the first lines.
        mine = new ArrayList<>(ordered(mine).subList(0, (int) Math.max(0, room)));
        if (noted == 0) {
          refusing.add(new ImportException.Error(f.file, 0, "", limitRule));
        }
      }
      all.addAll(mine);
    }
    return all;
  }

  /** Errors by file in FORMAT.md's order (work plan last), then by line; found order otherwise. */
  private List<ImportException.Error> ordered(List<ImportException.Error> errors) {
    Map<String, Integer> rank = new HashMap<>();
    for (ParsedFile<?> f : files) {
      rank.put(f.file, Formats.ALL.indexOf(f.schema));
    }
    List<ImportException.Error> sorted = new ArrayList<>(errors);
    sorted.sort(Comparator.<ImportException.Error>comparingInt(e -> rank.getOrDefault(e.file(), rankOfName(e.file())))
        .thenComparingLong(ImportException.Error::line));
    return sorted;
  }

  private static int rankOfName(String file) {
    for (int i = 0; i < Formats.ALL.size(); i++) {
      if (Formats.ALL.get(i).isNamed(file)) {
        return i;
      }
    }
    return Formats.ALL.size();
  }
}
