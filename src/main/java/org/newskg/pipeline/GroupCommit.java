package org.newskg.pipeline;

import java.time.Duration;

/**
 * How an ingest groups linked articles into TDB2 write transactions: the writer takes the
 * articles that are ready, that is, those whose extraction finished while it was busy, and writes
 * them in one transaction, at most {@code maxArticles} of them; when no other article is ready it
 * waits for one at most {@code maxWait} before it writes what it holds. TDB2 appends on every
 * commit and syncs the disk: a batch pays that once. Each article is still stored whole or not at
 * all, and a batch whose write fails is written again one article per transaction, so that only
 * the failing article is lost (docs/PERFORMANCE.md has the measurements behind the defaults).
 *
 * @param maxArticles at most this many articles a transaction; 1 is one transaction per article
 * @param maxWait how long the first article of a batch may wait for others when none is ready
 *     (zero: never; it is written as soon as the writer would otherwise wait)
 */
public record GroupCommit(int maxArticles, Duration maxWait) {
  /** The default: chosen by {@code newskg bench} (docs/PERFORMANCE.md). */
  public static final GroupCommit DEFAULT = new GroupCommit(64, Duration.ZERO);
  /** One transaction per article. */
  public static final GroupCommit NONE = new GroupCommit(1, Duration.ZERO);

  public GroupCommit {
    if (maxArticles < 1) {
      throw new IllegalArgumentException("a batch holds at least one article: " + maxArticles);
    }
    if (maxWait.isNegative()) {
      throw new IllegalArgumentException("a batch cannot wait a negative time: " + maxWait);
    }
  }
}
