package org.newskg.pipeline;

import java.util.function.Consumer;

/** What an ingest tells its user as it goes: one call per input, notes, the end. */
public interface IngestProgress {
  /** Before the first input; {@code total} inputs will follow. */
  default void started(int total) {}

  /**
   * One input is done.
   *
   * @param line what happened to it ("file.txt: 12 actors, 9 facts", "file.bin: binary file, not text")
   * @param failed whether it failed
   */
  void done(int done, int total, String line, boolean failed);

  /** Something worth telling about the input just done (a merge, an ambiguous name). */
  default void note(String line) {}

  /** After the last input. */
  default void finished() {}

  /** Every event as one plain line, "[3/10] ..." for inputs, indented for notes. */
  public static IngestProgress lines(Consumer<String> out) {
    return new IngestProgress() {
      @Override
      public void done(int done, int total, String line, boolean failed) {
        out.accept("[" + done + "/" + total + "] " + (failed ? "failed: " : "") + line);
      }

      @Override
      public void note(String line) {
        out.accept("  " + line);
      }
    };
  }
}
