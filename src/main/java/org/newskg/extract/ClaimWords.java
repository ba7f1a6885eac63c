package org.newskg.extract;

/** The word lists of {@code claim-words.tsv}, read once for all the claim extractors. */
final class ClaimWords {
  private static final WordLists WORDS = WordLists.load("/org/newskg/extract/claim-words.tsv");

  private ClaimWords() {}

  static WordLists load() {
    return WORDS;
  }
}
