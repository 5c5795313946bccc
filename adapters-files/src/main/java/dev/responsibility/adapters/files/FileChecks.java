package dev.responsibility.adapters.files;

import dev.responsibility.core.model.Division;
import dev.responsibility.core.model.DivisionCode;
import dev.responsibility.core.model.ImportException;
import dev.responsibility.core.model.StatusChange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * FORMAT.md's data-set errors that one file holds on its own, with their lines: an id (or a
 * division's code) repeated within its file, two status changes of a business on one day, a
 * {@code parent_code} naming an unknown division or making a cycle. Each file of a folder is
 * checked as soon as it is read, on the thread that read it, while the others are still being
 * read; a workbook's sheets are checked one after the other once all are read. Not thread-safe;
 * one per file.
 */
final class FileChecks {

  /**
   * A file with its bad rows: those found while it was read and those its checks found.
   *
   * @param badRows by line, each with its errors in the order found
   */
  record Checked(ParsedFile<?> file, Map<Long, List<ImportException.Error>> badRows) {}

  private final ReadMode mode;
  private final Map<Long, List<ImportException.Error>> bad = new TreeMap<>();

  private FileChecks(ReadMode mode) {
    this.mode = mode;
  }

  /** @return the file with every bad row it holds, as {@code mode} reports them */
  static Checked check(ParsedFile<?> file, ReadMode mode) {
    FileChecks checks = new FileChecks(mode);
    file.badRows.forEach(r -> checks.bad.computeIfAbsent(r.line(), l -> new ArrayList<>()).addAll(r.errors()));
    checks.repeatedKeys(file);
    if (file.schema == Formats.STATUS_CHANGES) {
      checks.statusChanges(cast(file));
    } else if (file.schema == Formats.DIVISIONS) {
      checks.divisionTree(cast(file));
    }
    return new Checked(file, checks.bad);
  }

  @SuppressWarnings("unchecked")
  private static <T> ParsedFile<T> cast(ParsedFile<?> f) {
    return (ParsedFile<T>) f;
  }

  private void mark(ParsedFile<?> f, long line, String column, String rule) {
    bad.computeIfAbsent(line, l -> new ArrayList<>())
        .add(new ImportException.Error(f.file, line, column.isEmpty() ? "" : f.written(column), rule));
  }

  private boolean isBad(ParsedFile<?> f, long line) {
    return bad.containsKey(line);
  }

  /** An id (or a division's code) that repeats within its file: every line carrying it is named. */
  private <T> void repeatedKeys(ParsedFile<T> f) {
    Optional<String> column = f.schema.keyColumn();
    if (column.isEmpty()) {
      return;
    }
    if (f.keysAscending() && f.badRowKeys.isEmpty()) {
      return; // each key sorts after the one before it: none repeats
    }
    // By sorting, not hashing: a file holds millions of ids.
    String[] keys = f.keys();
    int[] order = keyOrder(keys);
    Map<String, List<Long>> lines = new LinkedHashMap<>();
    for (int i = 1; i < order.length; i++) {
      String key = keys[order[i]];
      if (key.equals(keys[order[i - 1]])) {
        long earlier = f.line(order[i - 1]);
        lines.computeIfAbsent(key, k -> new ArrayList<>(List.of(earlier))).add(f.line(order[i]));
      }
    }
    f.badRowKeys.forEach((key, line) -> {
      int earlier = firstWithKey(keys, order, key);
      if (earlier >= 0 && !lines.containsKey(key)) {
        lines.put(key, new ArrayList<>(List.of(f.line(earlier))));
      }
      List<Long> ls = lines.get(key);
      if (ls != null) {
        ls.add(line);
        ls.sort(null);
      }
    });
    lines.forEach((key, ls) -> {
      if (ls.size() > 1) {
        String rule = column.get() + " " + key + " repeats: lines " + joinLines(ls);
        ls.forEach(line -> {
          if (mode == ReadMode.SKIP_BAD_ROWS || line > ls.get(0)) {
            mark(f, line, column.get(), rule);
          }
        });
      }
    });
  }

  /** @return the positions of keys in ascending order, equal keys in the order read */
  private static int[] keyOrder(String[] keys) {
    Integer[] boxed = new Integer[keys.length];
    Arrays.setAll(boxed, i -> i);
    Arrays.sort(boxed, Comparator.comparing(i -> keys[i])); // stable
    int[] order = new int[keys.length];
    Arrays.setAll(order, i -> boxed[i]);
    return order;
  }

  /** @return the first position read with the key, or -1 */
  private static int firstWithKey(String[] keys, int[] order, String key) {
    int lo = 0;
    int hi = order.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (keys[order[mid]].compareTo(key) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < order.length && keys[order[lo]].equals(key) ? order[lo] : -1;
  }

  /** Two status changes of one business on one day: both lines are named. */
  private void statusChanges(ParsedFile<StatusChange> f) {
    Map<List<Object>, List<Long>> lines = new LinkedHashMap<>();
    f.forEach(p -> lines.computeIfAbsent(List.of(p.record().business(), p.record().effectiveFrom()),
        k -> new ArrayList<>()).add(p.line()));
    lines.forEach((key, ls) -> {
      if (ls.size() > 1) {
        String rule = "business " + key.get(0) + " has two status changes on " + key.get(1) + ": lines " + joinLines(ls);
        ls.forEach(line -> {
          if (mode == ReadMode.SKIP_BAD_ROWS || line > ls.get(0)) {
            mark(f, line, "effective_from", rule);
          }
        });
      }
    });
  }

  /**
   * A {@code parent_code} naming an unknown division or making a cycle. When rows are skipped, a
   * division whose parent is left out is left out in turn, until the tree is whole.
   */
  private void divisionTree(ParsedFile<Division> f) {
    List<ParsedFile.Parsed<Division>> records = f.parsed();
    boolean changed = true;
    while (changed) {
      Map<DivisionCode, ParsedFile.Parsed<Division>> byCode = new HashMap<>();
      // The first row of each code, in line order as the records are: no sort needed.
      List<ParsedFile.Parsed<Division>> firsts = new ArrayList<>();
      for (ParsedFile.Parsed<Division> p : records) {
        if ((mode == ReadMode.ALL_OR_NOTHING || !isBad(f, p.line())) && byCode.putIfAbsent(p.record().code(), p) == null) {
          firsts.add(p);
        }
      }
      changed = unknownParents(f, records, byCode, firsts) | cycles(f, byCode, firsts);
      changed &= mode == ReadMode.SKIP_BAD_ROWS;
    }
  }

  private boolean unknownParents(ParsedFile<Division> f, List<ParsedFile.Parsed<Division>> records,
      Map<DivisionCode, ParsedFile.Parsed<Division>> byCode, List<ParsedFile.Parsed<Division>> inOrder) {
    boolean marked = false;
    for (ParsedFile.Parsed<Division> p : inOrder) {
      Optional<DivisionCode> parent = p.record().parentCode();
      if (parent.isPresent() && !byCode.containsKey(parent.get())) {
        Long badLine = f.badRowKeys.get(parent.get().value());
        Optional<Long> skippedLine = records.stream()
            .filter(q -> q.record().code().equals(parent.get()) && isBad(f, q.line()))
            .map(ParsedFile.Parsed::line).findFirst();
        String rule = badLine != null ? "names a division whose row is bad (line " + badLine + "): " + parent.get()
            : skippedLine.isPresent() ? "names a division left out (line " + skippedLine.get() + "): " + parent.get()
            : "names an unknown division: " + parent.get();
        if (mode == ReadMode.ALL_OR_NOTHING && badLine != null) {
          continue; // the bad row is reported; its children are not errors of their own
        }
        mark(f, p.line(), "parent_code", rule);
        marked = true;
      }
    }
    return marked;
  }

  private boolean cycles(ParsedFile<Division> f, Map<DivisionCode, ParsedFile.Parsed<Division>> byCode,
      List<ParsedFile.Parsed<Division>> inOrder) {
    Map<DivisionCode, Integer> state = new HashMap<>(); // 1 on the current path, 2 settled
    boolean marked = false;
    for (ParsedFile.Parsed<Division> start : inOrder) {
      List<ParsedFile.Parsed<Division>> path = new ArrayList<>();
      ParsedFile.Parsed<Division> d = start;
      while (d != null && !state.containsKey(d.record().code())) {
        state.put(d.record().code(), 1);
        path.add(d);
        d = d.record().parentCode().map(byCode::get).orElse(null);
      }
      if (d != null && state.get(d.record().code()) == 1) {
        List<ParsedFile.Parsed<Division>> cycle = path.subList(indexOf(path, d), path.size());
        marked = true;
        reportCycle(f, cycle);
      }
      path.forEach(p -> state.put(p.record().code(), 2));
    }
    return marked;
  }

  private static int indexOf(List<ParsedFile.Parsed<Division>> path, ParsedFile.Parsed<Division> d) {
    for (int i = 0; i < path.size(); i++) {
      if (path.get(i).record().code().equals(d.record().code())) {
        return i;
      }
    }
    throw new IllegalStateException("not on the path");
  }

  private void reportCycle(ParsedFile<Division> f, List<ParsedFile.Parsed<Division>> cycle) {
    // Start the cycle at its first line, so the message does not depend on where the walk began.
    int first = 0;
    for (int i = 1; i < cycle.size(); i++) {
      if (cycle.get(i).line() < cycle.get(first).line()) {
        first = i;
      }
    }
    List<ParsedFile.Parsed<Division>> ordered = new ArrayList<>(cycle.subList(first, cycle.size()));
    ordered.addAll(cycle.subList(0, first));
    String codes = ordered.stream().map(p -> p.record().code().value()).collect(Collectors.joining(" → "))
        + " → " + ordered.get(0).record().code();
    String rule = "makes a cycle: " + codes + " (lines "
        + joinLines(ordered.stream().map(ParsedFile.Parsed::line).sorted().toList()) + ")";
    if (mode == ReadMode.ALL_OR_NOTHING) {
      mark(f, ordered.get(0).line(), "parent_code", rule);
    } else {
      ordered.forEach(p -> mark(f, p.line(), "parent_code", rule));
    }
  }

  private static String joinLines(List<Long> lines) {
    List<String> s = lines.stream().map(String::valueOf).toList();
    return s.size() == 1 ? s.get(0)
        : String.join(", ", s.subList(0, s.size() - 1)) + " and " + s.get(s.size() - 1);
  }
}
