package org.newskg.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads newskg's bundled data files (rules, lexicons, gazetteers): '#' comments and blank lines skipped. */
public final class DataFiles {
  private DataFiles() {}

  /** The rows of a bundled tab-separated file (absolute classpath path), each split at tabs. */
  public static List<List<String>> rows(String name) {
    List<List<String>> rows = new ArrayList<>();
    for (String line : lines(name)) {
      rows.add(Arrays.asList(line.split("\t", -1)));
    }
    return rows;
  }

  /** The non-comment, non-blank lines of a bundled data file (absolute classpath path). */
  public static List<String> lines(String name) {
    InputStream in = DataFiles.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing data file " + name);
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          lines.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data file " + name, e);
    }
    return lines;
  }

  /** Column {@code index} split at '|', empty when absent or "-". */
  public static List<String> split(List<String> row, int index) {
    if (index >= row.size() || row.get(index).isBlank() || row.get(index).strip().equals("-")) {
      return List.of();
    }
    return Arrays.stream(row.get(index).split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
