package org.newskg.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.newskg.ingest.InputFailure;
import org.newskg.ingest.ReadResult;
import java.util.Map;
import org.newskg.model.ActorRegistry;
import org.newskg.model.Article;
import org.newskg.model.BuildInfo;
import org.newskg.model.Extraction;
import org.newskg.resolve.CrossArticleLinker;
import org.newskg.store.KnowledgeStore;

/**
 * Runs a batch of articles through extraction into the store. Each article's actors are linked
 * to the actors already stored, then the article is written in its own transaction, replacing any
 * earlier version of it; a failure in one article is reported and the batch goes on. The summary
 * graph is rebuilt once at the end of the batch.
 */
public final class IngestPipeline {
  private static final Logger LOG = LogManager.getLogger(IngestPipeline.class);

  private final Supplier<? extends ArticleExtractor> processor;
  private final KnowledgeStore store;
  private final IngestProgress progress;
  private final CrossArticleLinker linker = new CrossArticleLinker();

  /**
   * @param progress receives one line per article done, for the user
   */
  public IngestPipeline(ArticleExtractor processor, KnowledgeStore store, Consumer<String> progress) {
    this(() -> processor, store, IngestProgress.lines(progress));
  }

  /**
   * @param processor called once, and only when some input is readable: a batch of bad files
   *     does not wait for the NLP models to load
   */
  public IngestPipeline(Supplier<? extends ArticleExtractor> processor, KnowledgeStore store, IngestProgress progress) {
    this.processor = new Memo<>(processor);
    this.store = store;
    this.progress = progress;
  }

  /** Stores every readable input that is new or changed; see {@link #ingest(List, boolean)}. */
  public IngestReport ingest(List<ReadResult> inputs) {
    return ingest(inputs, false);
  }

  /**
   * Extracts and stores each readable input in its own transaction. An article stored before
   * with the same fingerprint by the same build is skipped unless {@code force}: re-running an
   * interrupted ingest adds only what is missing, and a new build extracts everything again.
   */
  public IngestReport ingest(List<ReadResult> inputs, boolean force) {
    Batch batch = new Batch(inputs.size());
    Map<String, String> stored = store.extractionKeys();
    ActorRegistry registry = null;
    progress.started(inputs.size());
    for (ReadResult input : inputs) {
      batch.done++;
      switch (input) {
        case ReadResult.Failed failed -> batch.fail(failed.failure());
        case ReadResult.Ok ok -> {
          Article article = ok.article();
          if (!force && KnowledgeStore.extractionKey(article.fingerprint(), BuildInfo.extractor()).equals(stored.get(article.id()))) {
            batch.skipped++;
            progress.done(batch.done, batch.total, article.origin() + ": unchanged since stored, skipped", false);
            continue;
          }
          try {
            Extraction local = processor.get().process(article);
            if (registry == null) {
              registry = store.actorRegistry();
            }
            CrossArticleLinker.Linking linking = linker.link(local, registry);
            Extraction extraction = linking.extraction();
            store.replaceArticle(extraction, linking.merges());
            ActorRegistry before = registry;
            registry = registry.with(extraction, linking.merges());
            batch.stored(extraction, (int) extraction.actors().stream().filter(a -> before.actors().containsKey(a.iri())).count(),
                linking.merges().size());
            progress.done(batch.done, batch.total, article.origin() + ": " + extraction.actors().size() + " actors, "
                + extraction.factCount() + " facts", false);
            linking.merges().forEach(m -> progress.note("merged <" + m.merged() + "> into <" + m.surviving() + ">: " + m.reason()));
            extraction.ambiguities().forEach(a -> progress.note("'" + a.actor().label() + "' could be any of "
                + a.candidates().size() + " stored actors; kept apart and flagged nkg:possiblySameAs"));
          } catch (RuntimeException e) {
            LOG.debug("article {} failed", article.origin(), e);
            batch.fail(new InputFailure(article.origin(), InputFailure.Kind.EXTRACTION_FAILED, "extraction failed: " + e));
          }
        }
      }
    }
    if (batch.articles > 0) {
      store.rebuildSummary();
    }
    progress.finished();
    return batch.report();
  }

  /**
   * Extracts the readable inputs and hands each extraction, linked to the store's actors, to
   * {@code out}, writing nothing: what an ingest would store.
   */
  public IngestReport dryRun(List<ReadResult> inputs, Consumer<Extraction> out) {
    Batch batch = new Batch(inputs.size());
    ActorRegistry registry = store.actorRegistry();
    progress.started(inputs.size());
    for (ReadResult input : inputs) {
      batch.done++;
      switch (input) {
        case ReadResult.Failed failed -> batch.fail(failed.failure());
        case ReadResult.Ok ok -> {
          try {
            CrossArticleLinker.Linking linking = linker.link(processor.get().process(ok.article()), registry);
            registry = registry.with(linking.extraction(), linking.merges());
            out.accept(linking.extraction());
            batch.stored(linking.extraction(), 0, linking.merges().size());
            progress.done(batch.done, batch.total, ok.article().origin() + ": " + linking.extraction().actors().size()
                + " actors, " + linking.extraction().factCount() + " facts (dry run, not stored)", false);
          } catch (RuntimeException e) {
            LOG.debug("article {} failed", ok.article().origin(), e);
            batch.fail(new InputFailure(ok.article().origin(), InputFailure.Kind.EXTRACTION_FAILED, "extraction failed: " + e));
          }
        }
      }
    }
    progress.finished();
    return batch.report();
  }

  /** Counts of one run. */
  private final class Batch {
    final int total;
    final List<InputFailure> failures = new ArrayList<>();
    int done;
    int articles;
    int actors;
    int facts;
    int linked;
    int merged;
    int skipped;

    Batch(int total) {
      this.total = total;
    }

    void fail(InputFailure failure) {
      failures.add(failure);
      progress.done(done, total, failure.toString(), true);
    }

    void stored(Extraction extraction, int known, int merges) {
      articles++;
      actors += extraction.actors().size();
      facts += extraction.factCount();
      linked += known;
      merged += merges;
    }

    IngestReport report() {
      return new IngestReport(articles, actors, facts, linked, merged, skipped, failures);
    }
  }

  /** Computes a value once, on first use. */
  private static final class Memo<T> implements Supplier<T> {
    private Supplier<T> source;
    private T value;

    Memo(Supplier<T> source) {
      this.source = source;
    }

    @Override
    public synchronized T get() {
      if (source != null) {
        value = source.get();
        source = null;
      }
      return value;
    }
  }
}
