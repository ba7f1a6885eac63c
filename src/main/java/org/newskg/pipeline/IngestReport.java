package org.newskg.pipeline;

import java.util.List;
import org.newskg.ingest.InputFailure;

/**
 * What one ingest did: articles stored, actors and facts written, actors linked to ones already
 * stored, stored actors merged, articles skipped as stored unchanged, inputs that failed.
 */
public record IngestReport(int articles, int actors, int facts, int linked, int merged, int skipped, List<InputFailure> failures) {
  public IngestReport {
    failures = List.copyOf(failures);
  }

  public boolean hasFailures() {
    return !failures.isEmpty();
  }

  public String summary() {
    return String.format("%d article%s, %d actors (%d already known, %d merged), %d facts, %d unchanged and skipped, %d failure%s",
        articles, articles == 1 ? "" : "s", actors, linked, merged, facts, skipped, failures.size(), failures.size() == 1 ? "" : "s");
  }
}
