package org.newskg.cli;

import java.io.PrintWriter;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Option;

/**
 * {@code --no-compact}, shared by the verbs that write: after writing they compact the store when
 * its dead space passes the threshold of {@link KnowledgeStore#compactIfWorthwhile()}, and say so.
 */
public final class CompactionOption {
  /** During an ingest, how often the dead space is checked (the check counts the store's quads). */
  static final int CHECK_EVERY_ARTICLES = 500;

  @Option(names = "--no-compact", description = "Do not compact the store afterwards, whatever dead space the writes "
      + "left (by default it is compacted when the space earlier transactions left behind exceeds its live data "
      + "and 32 MiB; see 'newskg compact').")
  boolean noCompact;

  /** Compacts the store if it is worth it, with one line on {@code err} saying so (unless quiet). */
  void afterWrites(KnowledgeStore store, PrintWriter err, boolean quiet) {
    if (noCompact) {
      return;
    }
    store.compactIfWorthwhile().ifPresent(c -> {
      if (!quiet) {
        err.printf("Compacted the store: %,.1f MiB -> %,.1f MiB on disk (space earlier transactions left behind; "
            + "--no-compact keeps it)%n", c.bytesBefore() / 1048576.0, c.bytesAfter() / 1048576.0);
        err.flush();
      }
    });
  }
}
