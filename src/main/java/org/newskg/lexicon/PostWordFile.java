package org.newskg.lexicon;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words of posts and ranks ({@code post-words.tsv}): one file for the title rules, which read
 * all its lists, and the NER repairs, which need only the head words.
 */
public final class PostWordFile {
  public static final String RESOURCE = "/org/newskg/lexicon/post-words.tsv";

  private PostWordFile() {}

  /** Head words of posts and ranks (the "title" and "rank" lists), each word of a multi-word rank apart. */
  public static Set<String> headWords() {
    return DataFiles.rows(RESOURCE).stream()
        .filter(row -> row.get(0).equals("title") || row.get(0).equals("rank"))
        .flatMap(row -> DataFiles.split(row, 1).stream())
        .flatMap(word -> Arrays.stream(word.split(" ")))
        .collect(Collectors.toUnmodifiableSet());
  }
}
