package org.newskg.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.newskg.ingest.InputFailure;
import org.newskg.ingest.ReadResult;
import org.newskg.model.ActorRegistry;
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

  private final Supplier<ArticleProcessor> processor;
  private final KnowledgeStore store;
  private final Consumer<String> progress;
  private final CrossArticleLinker linker = new CrossArticleLinker();

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
    ActorRegistry registry = null;
    int articles = 0;
    int actors = 0;
    int facts = 0;
    int linked = 0;
    int merged = 0;
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
            Extraction local = processor.get().process(ok.article());
            if (registry == null) {
              registry = store.actorRegistry();
            }
            CrossArticleLinker.Linking linking = linker.link(local, registry);
            Extraction extraction = linking.extraction();
            store.replaceArticle(extraction, linking.merges());
            ActorRegistry before = registry;
            linked += (int) extraction.actors().stream().filter(a -> before.actors().containsKey(a.iri())).count();
            registry = registry.with(extraction, linking.merges());
            articles++;
            actors += extraction.actors().size();
            facts += extraction.factCount();
            merged += linking.merges().size();
            progress.accept("[" + done + "/" + inputs.size() + "] " + ok.article().origin()
                + ": " + extraction.actors().size() + " actors, " + extraction.factCount() + " facts");
            linking.merges().forEach(m -> progress.accept("  merged <" + m.merged() + "> into <" + m.surviving() + ">: " + m.reason()));
            extraction.ambiguities().forEach(a -> progress.accept("  '" + a.actor().label() + "' could be any of "
                + a.candidates().size() + " stored actors; kept apart and flagged nkg:possiblySameAs"));
          } catch (RuntimeException e) {
            LOG.debug("article {} failed", ok.article().origin(), e);
            InputFailure failure = new InputFailure(ok.article().origin(), "extraction failed: " + e);
            failures.add(failure);
            progress.accept("[" + done + "/" + inputs.size() + "] failed: " + failure);
          }
        }
      }
    }
    if (articles > 0) {
      store.rebuildSummary();
    }
    return new IngestReport(articles, actors, facts, linked, merged, failures);
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
