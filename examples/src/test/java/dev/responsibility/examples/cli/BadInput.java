package dev.responsibility.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Copies of the sample township with one thing wrong, as analysts' files have. */
final class BadInput {

  private BadInput() {}

  static Path copyOfSample(Path folder) throws IOException {
    Files.createDirectories(folder);
    try (Stream<Path> files = Files.list(CommandLineIT.SAMPLE)) {
      for (Path f : files.toList()) {
        Files.copy(f, folder.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return folder;
  }

  /** Replaces text on one physical line (the header is line 1). */
  static void replaceInLine(Path file, int line, String from, String to) throws IOException {
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    String before = lines.get(line - 1);
    if (!before.contains(from)) {
      throw new IllegalArgumentException(file + " line " + line + " has no '" + from + "': " + before);
    }
    lines.set(line - 1, before.replace(from, to));
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /** Drops a column, by its header, from a CSV file without quoted commas. */
  static void dropColumn(Path file, String header) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> head = List.of(lines.get(0).split(",", -1));
    int index = head.indexOf(header);
    if (index < 0) {
      throw new IllegalArgumentException(file + " has no column " + header + ": " + head);
    }
    List<String> out = lines.stream().map(l -> {
      List<String> cells = new java.util.ArrayList<>(List.of(l.split(",", -1)));
      cells.remove(index);
      return String.join(",", cells);
    }).toList();
    Files.write(file, out, StandardCharsets.UTF_8);
  }

  /** Puts bytes that are not UTF-8 into one line of a file. */
  static void breakUtf8(Path file, int line) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int at = 0;
    for (int seen = 1; seen < line; at++) {
      if (bytes[at] == '\n') {
        seen++;
      }
    }
    byte[] out = new byte[bytes.length + 2];
    System.arraycopy(bytes, 0, out, 0, at + 3);
    out[at + 3] = (byte) 0xFF;
    out[at + 4] = (byte) 0xFE;
    System.arraycopy(bytes, at + 3, out, at + 5, bytes.length - at - 3);
    Files.write(file, out);
  }

  /** Re-encodes every CSV file of a folder in GB18030, as Chinese Excel saves them. */
  static void toGb18030(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8).replace("\uFEFF", "");
        Files.write(f, text.getBytes(java.nio.charset.Charset.forName("GB18030")));
      }
    }
  }
}
