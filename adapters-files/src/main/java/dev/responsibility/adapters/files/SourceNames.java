package dev.responsibility.adapters.files;

import dev.responsibility.core.model.ImportException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which file of a folder, or sheet of a workbook, holds which FORMAT.md file. Names match by
 * FORMAT.md name in any letter case or by Chinese alias (../docs/aliases.md); a missing required file and
 * two candidates for one file are errors.
 *
 * @param files the name found for each file present, in FORMAT.md's order
 * @param workplan the name holding the work plan, if any
 * @param errors missing and ambiguous files
 */
record SourceNames(Map<FileSchema<?>, String> files, Optional<String> workplan, List<ImportException.Error> errors) {

  /**
   * @param names the file names of a folder (only {@code .csv} and {@code .json} ones count) or the
   *     sheet names of a workbook
   * @param sheets whether the names are sheet names
   */
  static SourceNames match(List<String> names, boolean sheets) {
    Map<FileSchema<?>, String> files = new LinkedHashMap<>();
    List<ImportException.Error> errors = new ArrayList<>();
    // A missing file is most often one saved under another name (Sheet1, 主体名录.csv): say which names were not taken.
    List<String> unknown = names.stream()
        .filter(n -> sheets || n.toLowerCase(Locale.ROOT).endsWith(".csv"))
        .filter(n -> Formats.ALL.stream().noneMatch(schema -> schema.isNamed(n)) && !isWorkplan(n, sheets))
        .toList();
    String notTaken = unknown.isEmpty() ? ""
        : " (" + (sheets ? "sheets" : "files") + " not recognised: " + String.join(", ", unknown) + ")";
    for (FileSchema<?> schema : Formats.ALL) {
      List<String> found = names.stream()
          .filter(n -> sheets || n.toLowerCase(Locale.ROOT).endsWith(".csv"))
          .filter(schema::isNamed)
          .toList();
      String expected = sheets ? schema.name() : schema.fileName();
      if (found.size() > 1) {
        errors.add(new ImportException.Error(expected, 0, "",
            "two " + (sheets ? "sheets" : "files") + " hold it: " + String.join(", ", found)));
      } else if (found.size() == 1) {
        files.put(schema, found.get(0));
      } else if (schema.required()) {
        errors.add(new ImportException.Error(expected, 0, "",
            "required " + (sheets ? "sheet" : "file") + " is missing" + notTaken));
      }
    }
    List<String> plans = names.stream().filter(n -> isWorkplan(n, sheets)).toList();
    if (plans.size() > 1) {
      errors.add(new ImportException.Error(Formats.WORKPLAN, 0, "",
          "two " + (sheets ? "sheets" : "files") + " hold it: " + String.join(", ", plans)));
    }
    return new SourceNames(files, plans.size() == 1 ? Optional.of(plans.get(0)) : Optional.empty(), errors);
  }

  private static boolean isWorkplan(String name, boolean sheet) {
    String n = Normalizer.normalize(name.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    if (sheet) {
      return Formats.WORKPLAN_SHEETS.contains(n);
    }
    return n.endsWith(".json") && Formats.WORKPLAN_SHEETS.contains(n.substring(0, n.length() - 5))
        || n.equals(Formats.WORKPLAN);
  }
}
