package org.newskg.extract;

/** The word lists of {@code claim-words.tsv}, loaded once per extractor. */
final class ClaimWords {
  static final String RESOURCE = "/org/newskg/extract/claim-words.tsv";

  private ClaimWords() {}

  static WordLists load() {
    return WordLists.load(RESOURCE);
  }
}
