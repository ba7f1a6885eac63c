package org.newskg.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.newskg.ingest.InputFailure;
import org.newskg.ingest.ReadResult;
import org.newskg.model.Extraction;
import org.newskg.store.KnowledgeStore;

/**
 * Runs a batch of articles through extraction into the store. Each article is written in its own
 * transaction, replacing any earlier version of it; a failure in one article is reported and the
 * batch goes on.
 */
public final class IngestPipeline {
  private static final Logger LOG = LogManager.getLogger(IngestPipeline.class);

  private final Supplier<ArticleProcessor> processor;
  private final KnowledgeStore store;
  private final Consumer<String> progress;

  /**
   * @param progress receives one line per article done, for the user
   */
  public IngestPipeline(ArticleProcessor processor, KnowledgeStore store, Consumer<String> progress) {
    this(() -> processor, store, progress);
  }

  /**
   * @param processor called once, and only when some input is readable: a batch of bad files
   *     does not wait for the NLP models to load
   */
  public IngestPipeline(Supplier<ArticleProcessor> processor, KnowledgeStore store, Consumer<String> progress) {
    this.processor = new Memo<>(processor);
    this.store = store;
    this.progress = progress;
  }

  public IngestReport ingest(List<ReadResult> inputs) {
    List<InputFailure> failures = new ArrayList<>();
    int articles = 0;
    int actors = 0;
    int facts = 0;
    int done = 0;
    for (ReadResult input : inputs) {
      done++;
      switch (input) {
        case ReadResult.Failed failed -> {
          failures.add(failed.failure());
          progress.accept("[" + done + "/" + inputs.size() + "] failed: " + failed.failure());
        }
        case ReadResult.Ok ok -> {
          try {
            Extraction extraction = processor.get().process(ok.article());
            store.replaceArticle(extraction);
            articles++;
            actors += extraction.actors().size();
            facts += extraction.factCount();
            progress.accept("[" + done + "/" + inputs.size() + "] " + ok.article().origin()
                + ": " + extraction.actors().size() + " actors, " + extraction.factCount() + " facts");
          } catch (RuntimeException e) {
            LOG.debug("article {} failed", ok.article().origin(), e);
            InputFailure failure = new InputFailure(ok.article().origin(), "extraction failed: " + e);
            failures.add(failure);
            progress.accept("[" + done + "/" + inputs.size() + "] failed: " + failure);
          }
        }
      }
    }
    return new IngestReport(articles, actors, facts, failures);
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
