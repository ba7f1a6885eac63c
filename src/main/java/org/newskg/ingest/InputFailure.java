package org.newskg.ingest;

import java.util.Objects;

/**
 * An input that could not be read as an article, or an article that could not be extracted.
 *
 * @param origin the file, with ":line" for a line of a JSONL file, or "-" for standard input
 * @param kind what went wrong, for programs
 * @param reason what is wrong, in a few words, for people ("not valid UTF-8 text", "malformed JSON: ...")
 */
public record InputFailure(String origin, Kind kind, String reason) {
  /** The kinds of failure, one per thing a user can fix differently. */
  public enum Kind {
    NO_SUCH_FILE,
    UNREADABLE,
    UNSUPPORTED_TYPE,
    TOO_LARGE,
    BINARY,
    INVALID_UTF8,
    EMPTY,
    MALFORMED_JSON,
    INVALID_ARTICLE,
    NOT_ENGLISH,
    EXTRACTION_FAILED
  }

  public InputFailure {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return origin + ": " + reason;
  }
}
