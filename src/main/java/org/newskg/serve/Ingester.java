package org.newskg.serve;

import java.io.IOException;
import java.io.InputStream;

/**
 * What the server does with articles posted to {@code /newskg/ingest}: the full ingest, in the
 * server's process, so that the NLP models load once for every later request.
 */
@FunctionalInterface
public interface Ingester {
  /** The outcome of one request: one line per input, the summary last, and whether any failed. */
  record Outcome(String text, boolean anyFailed) {}

  /**
   * @param name the input's name (a file name: its extension tells the format, else its start)
   * @param body the input: text, HTML or JSON Lines
   */
  Outcome ingest(String name, InputStream body) throws IOException;
}
