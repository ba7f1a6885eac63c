package org.newskg.pipeline;

import java.util.List;
import org.newskg.ingest.InputFailure;

/** What one ingest did: articles stored, actors and facts written, inputs that failed. */
public record IngestReport(int articles, int actors, int facts, List<InputFailure> failures) {
  public IngestReport {
    failures = List.copyOf(failures);
  }

  public boolean hasFailures() {
    return !failures.isEmpty();
  }

  public String summary() {
    return String.format("%d article%s, %d actors, %d facts, %d failure%s",
        articles, articles == 1 ? "" : "s", actors, facts, failures.size(), failures.size() == 1 ? "" : "s");
  }
}
