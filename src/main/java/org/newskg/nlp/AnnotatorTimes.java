package org.newskg.nlp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CoreNLP's own account of a pipeline's work since it was built: seconds per annotator, and the
 * tokens annotated.
 *
 * @param seconds e.g. "TokenizerAnnotator" → 0.4, "CorefAnnotator" → 12.5
 */
public record AnnotatorTimes(Map<String, Double> seconds, long tokens) {
  private static final Pattern LINE = Pattern.compile("^(\\w+): ([0-9.]+) sec\\.");
  private static final Pattern TOTAL = Pattern.compile("TOTAL: ([0-9.]+) sec\\. for (\\d+) tokens");

  public AnnotatorTimes {
    seconds = Map.copyOf(seconds);
  }

  /** Reads {@code StanfordCoreNLP.timingInformation()}. */
  static AnnotatorTimes parse(String timing) {
    Map<String, Double> seconds = new LinkedHashMap<>();
    long tokens = 0;
    for (String line : timing.split("\n")) {
      Matcher total = TOTAL.matcher(line.strip());
      Matcher m = LINE.matcher(line.strip());
      if (total.find()) {
        tokens = Long.parseLong(total.group(2));
      } else if (m.find()) {
        seconds.put(m.group(1), Double.parseDouble(m.group(2)));
      }
    }
    return new AnnotatorTimes(new LinkedHashMap<>(seconds), tokens);
  }

  /** These times and another pipeline's over the same documents: seconds added, tokens of this one. */
  public AnnotatorTimes plus(AnnotatorTimes other) {
    Map<String, Double> all = new LinkedHashMap<>(seconds);
    other.seconds.forEach((annotator, time) -> all.merge(annotator, time, Double::sum));
    return new AnnotatorTimes(all, tokens);
  }

  /** Seconds of all annotators. */
  public double total() {
    return seconds.values().stream().mapToDouble(Double::doubleValue).sum();
  }
}
