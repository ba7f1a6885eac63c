package org.newskg.ingest;

/**
 * An input that could not be read as an article.
 *
 * @param origin the file, with ":line" for a line of a JSONL file
 * @param reason what is wrong, in a few words ("invalid UTF-8", "malformed JSON: ...")
 */
public record InputFailure(String origin, String reason) {
  @Override
  public String toString() {
    return origin + ": " + reason;
  }
}
