package org.newskg.cli;

import java.io.PrintWriter;
import java.text.DecimalFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newskg.pipeline.IngestProgress;

/**
 * An ingest's progress for a person: on a terminal a progress bar (done/total, rate, ETA) with
 * failures and notes printed above it; elsewhere (a log, a pipe) one plain line per input with
 * the rate and ETA. Quiet: failures only.
 */
final class ConsoleProgress {
  private ConsoleProgress() {}

  static IngestProgress of(PrintWriter err, boolean quiet, boolean terminal) {
    if (quiet) {
      return new IngestProgress() {
        @Override
        public void done(int done, int total, String line, boolean failed) {
          if (failed) {
            err.println("failed: " + line);
            err.flush();
          }
        }
      };
    }
    return terminal ? new Bar(err) : new Lines(err);
  }

  /** A line per input: "[3/10] file.txt: 12 actors, 9 facts (0.4 articles/s, about 18 s left)". */
  private static final class Lines implements IngestProgress {
    private final PrintWriter err;
    /** When the first input was done: the rate leaves out the models' loading. */
    private Instant first;

    Lines(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void done(int done, int total, String line, boolean failed) {
      String rate = "";
      if (first == null) {
        first = Instant.now();
      } else {
        double seconds = Math.max(Duration.between(first, Instant.now()).toMillis() / 1000.0, 0.001);
        double perSecond = (done - 1) / seconds;
        long left = Math.round((total - done) / Math.max(perSecond, 1e-9));
        rate = String.format(" (%.2f inputs/s%s)", perSecond, done < total ? ", about " + left + " s left" : "");
      }
      err.printf("[%d/%d] %s%s%s%n", done, total, failed ? "failed: " : "", line, rate);
      err.flush();
    }

    @Override
    public void note(String line) {
      err.println("  " + line);
      err.flush();
    }
  }

  /** The progress bar; failures and notes go above it. */
  private static final class Bar implements IngestProgress {
    private final PrintWriter err;
    private ProgressBar bar;

    Bar(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void started(int total) {
      bar = new ProgressBarBuilder()
          .setTaskName("ingest")
          .setInitialMax(total)
          .setStyle(ProgressBarStyle.ASCII)
          .setUnit(" articles", 1)
          .showSpeed(new DecimalFormat("0.00"))
          .setSpeedUnit(ChronoUnit.SECONDS)
          .setConsumer(new ConsoleProgressBarConsumer(System.err))
          .build();
    }

    @Override
    public void done(int done, int total, String line, boolean failed) {
      if (failed) {
        above("failed: " + line);
      }
      bar.stepTo(done);
    }

    @Override
    public void note(String line) {
      above("  " + line);
    }

    private void above(String line) {
      // Clear the bar's line, print, and let the bar redraw below.
      err.print("\r\033[K" + line + System.lineSeparator());
      err.flush();
    }

    @Override
    public void finished() {
      if (bar != null) {
        bar.close();
      }
    }
  }
}
