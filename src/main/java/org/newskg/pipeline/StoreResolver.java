package org.newskg.pipeline;

import java.util.List;
import org.newskg.model.Merge;
import org.newskg.resolve.CrossArticleLinker;
import org.newskg.store.KnowledgeStore;

/**
 * Re-runs cross-article resolution over a whole store: short names that now refer to exactly one
 * fuller stored actor are merged into it. Ingest links each new article as it comes; this catches
 * what only the store as a whole reveals.
 */
public final class StoreResolver {
  private final CrossArticleLinker linker = new CrossArticleLinker();

  /** The merges the store calls for, applied (with the summary rebuilt) unless {@code dryRun}. */
  public List<Merge> resolve(KnowledgeStore store, boolean dryRun) {
    List<Merge> merges = linker.findMerges(store.actorRegistry());
    if (!dryRun) {
      store.applyMerges(merges);
    }
    return merges;
  }
}
