package org.newskg.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.newskg.ingest.InputFailure;
import org.newskg.ingest.ReadResult;
import org.newskg.model.ActorRegistry;
import org.newskg.model.Article;
import org.newskg.model.BuildInfo;
import org.newskg.model.Extraction;
import org.newskg.model.Merge;
import org.newskg.resolve.CrossArticleLinker;
import org.newskg.store.KnowledgeStore;

/**
 * Runs a batch of articles through extraction into the store. Each article's actors are linked
 * to the actors already stored, then the article is written whole, with the others ready at the
 * same time (group commit), replacing any earlier version of it; a failure in one article is
 * reported and the batch goes on. The summary graph, real events included, is brought up to date
 * once at the end of the batch.
 */
public final class IngestPipeline {
  /** Part of the "summary" stage: linking the written articles' events to real events. */
  public static final String EVENT_LINKING = "summary: linking events";
  private static final Logger LOG = LogManager.getLogger(IngestPipeline.class);

  private final Supplier<? extends ArticleExtractor> processor;
  private final KnowledgeStore store;
  private final IngestProgress progress;
  private final int threads;
  private final StageTimes times;
  private final GroupCommit groupCommit;
  /** Writes one transaction's articles: the store's, or a test's stand-in that fails on purpose. */
  private final Consumer<List<KnowledgeStore.ArticleWrite>> transaction;
  private final CrossArticleLinker linker = new CrossArticleLinker();
  /** Compact the store, when worth it, every this many articles written; 0: never during an ingest. */
  private int compactEvery;

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
    this(processor, store, progress, 1, StageTimes.NONE);
  }

  /**
   * @param threads how many articles are extracted at once; linking and writing stay on one thread
   * @param times receives the time of linking, writing and the summary rebuild
   */
  public IngestPipeline(Supplier<? extends ArticleExtractor> processor, KnowledgeStore store, IngestProgress progress,
      int threads, StageTimes times) {
    this(processor, store, progress, threads, times, GroupCommit.DEFAULT);
  }

  /**
   * @param groupCommit how many articles one write transaction takes ({@link GroupCommit#NONE}:
   *     one per article)
   */
  public IngestPipeline(Supplier<? extends ArticleExtractor> processor, KnowledgeStore store, IngestProgress progress,
      int threads, StageTimes times, GroupCommit groupCommit) {
    this(processor, store, progress, threads, times, groupCommit, store::replaceArticles);
  }

  IngestPipeline(Supplier<? extends ArticleExtractor> processor, KnowledgeStore store, IngestProgress progress,
      int threads, StageTimes times, GroupCommit groupCommit, Consumer<List<KnowledgeStore.ArticleWrite>> transaction) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.processor = new Memo<>(processor);
    this.store = store;
    this.progress = progress;
    this.threads = threads;
    this.times = times;
    this.groupCommit = groupCommit;
    this.transaction = transaction;
  }

  /**
   * During long ingests, checks every {@code articles} written articles whether the store's dead
   * space is worth a compaction ({@link KnowledgeStore#compactIfWorthwhile()}), so that a large
   * ingest never takes many times its data on disk; 0 (the default) never does.
   */
  public IngestPipeline compactingEvery(int articles) {
    if (articles < 0) {
      throw new IllegalArgumentException("articles must not be negative: " + articles);
    }
    this.compactEvery = articles;
    return this;
  }

  /** Stores every readable input that is new or changed; see {@link #ingest(List, boolean)}. */
  public IngestReport ingest(List<ReadResult> inputs) {
    return ingest(inputs, false);
  }

  /**
   * Extracts and stores each readable input, whole or not at all. An article stored before
   * with the same fingerprint by the same build is skipped unless {@code force}: re-running an
   * interrupted ingest adds only what is missing, and a new build extracts everything again.
   */
  public IngestReport ingest(List<ReadResult> inputs, boolean force) {
    return ingest(inputs, force, false);
  }

  /**
   * As {@link #ingest(List, boolean)}; with {@code bulk}, and when the store is empty, all articles
   * go to the store in one load by TDB2's bulk loader instead of one transaction each: much faster
   * for a large first batch, but all or nothing (an interrupted bulk load stores no article).
   */
  public IngestReport ingest(List<ReadResult> inputs, boolean force, boolean bulk) {
    boolean useBulk = bulk && store.isEmpty();
    if (bulk && !useBulk) {
      progress.note("the store already holds articles: writing one transaction per article, not in bulk");
    }
    // Read what the store holds before a bulk load starts: its write transaction must be the only one.
    Map<String, String> stored = store.extractionKeys();
    ActorRegistry registry = useBulk ? store.actorRegistry() : null;
    try (ArticleWriter writer = useBulk ? new BulkWriter(store.bulkLoad(), store) : new TransactionWriter()) {
      return ingest(inputs, force, stored, registry, writer);
    }
  }

  private IngestReport ingest(List<ReadResult> inputs, boolean force, Map<String, String> stored, ActorRegistry known,
      ArticleWriter writer) {
    Run run = new Run(new Batch(inputs.size()), known, writer);
    String build = BuildInfo.extractor();
    List<Article> toExtract = inputs.stream()
        .filter(ReadResult.Ok.class::isInstance)
        .map(i -> ((ReadResult.Ok) i).article())
        .filter(a -> force || !KnowledgeStore.extractionKey(a.fingerprint(), build).equals(stored.get(a.id())))
        .toList();
    progress.started(inputs.size());
    // Extraction runs ahead on worker threads; linking and writing stay here, in input order.
    try (ParallelExtraction extractions = new ParallelExtraction(article -> processor.get().process(article), toExtract, threads)) {
      int next = 0;
      for (ReadResult input : inputs) {
        run.batch.done++;
        switch (input) {
          case ReadResult.Failed failed -> run.fail(failed.failure());
          case ReadResult.Ok ok -> {
            Article article = ok.article();
            // toExtract keeps the inputs' order: a readable input that is not its next one was unchanged.
            if (next >= toExtract.size() || toExtract.get(next) != article) {
              run.skip(article);
              continue;
            }
            next++;
            Extraction local;
            try {
              local = extractions.next();
            } catch (RuntimeException e) {
              run.fail(extractionFailed(article, e));
              continue;
            }
            run.add(new Pending(run.batch.done, article, local), extractions::nextReady);
          }
        }
      }
    }
    run.flush();
    times.time("write", writer::finishBatch);
    if (run.batch.articles > 0) {
      KnowledgeStore.SummaryRefresh refresh = times.time("summary", store::refreshSummary);
      if (!refresh.rebuilt()) {
        times.add(EVENT_LINKING, refresh.eventLinkingNanos());
      }
    }
    progress.finished();
    return run.batch.report();
  }

  /** An extracted article on its way to the store, with its place among the inputs. */
  private record Pending(int position, Article article, Extraction local) {}

  /** An article linked to the store's actors, and the registry it was linked against. */
  private record Linked(Pending pending, CrossArticleLinker.Linking linking, ActorRegistry before) {
    KnowledgeStore.ArticleWrite write() {
      return new KnowledgeStore.ArticleWrite(linking.extraction(), linking.merges());
    }
  }

  /** An article that failed anywhere between extraction and its write: one line, the rest goes on. */
  private static InputFailure extractionFailed(Article article, RuntimeException e) {
    LOG.debug("article {} failed", article.origin(), e);
    return new InputFailure(article.origin(), InputFailure.Kind.EXTRACTION_FAILED, "extraction failed: " + e);
  }

  /**
   * One ingest's linking and writing: articles are linked as they come and written in batches
   * of the group commit; every line of progress comes out in input order, after what it reports
   * is stored.
   */
  private final class Run {
    final Batch batch;
    final ArticleWriter writer;
    final List<Linked> pending = new ArrayList<>();
    ActorRegistry registry;
    long firstPendingNanos;
    int writtenSinceCompactionCheck;

    Run(Batch batch, ActorRegistry registry, ArticleWriter writer) {
      this.batch = batch;
      this.registry = registry;
      this.writer = writer;
    }

    /** Links an article and writes it with what is pending, unless more are ready to join them. */
    void add(Pending article, java.util.function.BooleanSupplier moreReady) {
      try {
        Linked linked = link(article);
        if (pending.isEmpty()) {
          firstPendingNanos = System.nanoTime();
        }
        pending.add(linked);
        boolean full = !writer.batches() || pending.size() >= groupCommit.maxArticles();
        boolean waitedEnough = System.nanoTime() - firstPendingNanos >= groupCommit.maxWait().toNanos();
        if (full || waitedEnough && !moreReady.getAsBoolean()) {
          flush();
        }
      } catch (RuntimeException e) {
        flush();
        batch.fail(extractionFailed(article.article(), e), article.position());
      }
    }

    private Linked link(Pending article) {
      if (registry == null) {
        registry = store.actorRegistry();
      }
      ActorRegistry before = registry;
      CrossArticleLinker.Linking linking = times.time("link", () -> linker.link(article.local(), before));
      registry = registry.with(linking.extraction(), linking.merges());
      return new Linked(article, linking, before);
    }

    void skip(Article article) {
      flush();
      batch.skipped++;
      progress.done(batch.done, batch.total, article.origin() + ": unchanged since stored, skipped", false);
    }

    void fail(InputFailure failure) {
      flush();
      batch.fail(failure);
    }

    /**
     * Writes what is pending in one transaction. If that fails, the articles are linked and written
     * again one per transaction, as if there had been no batch: only the failing one is lost.
     */
    void flush() {
      if (pending.isEmpty()) {
        return;
      }
      List<Linked> written = List.copyOf(pending);
      pending.clear();
      try {
        times.time("write", () -> writer.write(written.stream().map(Linked::write).toList()));
        written.forEach(this::stored);
        writtenSinceCompactionCheck += written.size();
        if (compactEvery > 0 && writtenSinceCompactionCheck >= compactEvery && !(writer instanceof BulkWriter)) {
          writtenSinceCompactionCheck = 0;
          store.compactIfWorthwhile().ifPresent(c -> progress.note(String.format(
              "compacted the store during the ingest: %,.1f MiB -> %,.1f MiB on disk", c.bytesBefore() / 1048576.0,
              c.bytesAfter() / 1048576.0)));
        }
      } catch (RuntimeException batchFailure) {
        if (written.size() == 1) {
          failed(written.get(0), batchFailure);
          registry = written.get(0).before();
          return;
        }
        LOG.debug("a batch of {} articles failed to write; writing them one by one", written.size(), batchFailure);
        registry = written.get(0).before();
        for (Linked linked : written) {
          Linked again = link(linked.pending());
          try {
            times.time("write", () -> writer.write(List.of(again.write())));
            stored(again);
          } catch (RuntimeException e) {
            registry = again.before();
            failed(again, e);
          }
        }
      }
    }

    private void stored(Linked linked) {
      Extraction extraction = linked.linking().extraction();
      batch.stored(extraction, (int) extraction.actors().stream().filter(a -> linked.before().actors().containsKey(a.iri())).count(),
          linked.linking().merges().size());
      progress.done(linked.pending().position(), batch.total, linked.pending().article().origin() + ": "
          + extraction.actors().size() + " actors, " + extraction.factCount() + " facts", false);
      linked.linking().merges().forEach(m -> progress.note("merged <" + m.merged() + "> into <" + m.surviving() + ">: " + m.reason()));
      extraction.ambiguities().forEach(a -> progress.note("'" + a.actor().label() + "' could be any of "
          + a.candidates().size() + " stored actors; kept apart and flagged nkg:possiblySameAs"));
    }

    private void failed(Linked linked, RuntimeException e) {
      batch.fail(extractionFailed(linked.pending().article(), e), linked.pending().position());
    }
  }

  /** Where linked articles go: transactions (one per batch of the group commit), or one bulk load. */
  private interface ArticleWriter extends AutoCloseable {
    /** Writes these articles together: all or none. */
    void write(List<KnowledgeStore.ArticleWrite> articles);

    /** Whether articles may wait for others to be written with them. */
    boolean batches();

    /** Makes the batch's articles visible; before the summary is rebuilt. */
    void finishBatch();

    @Override
    void close();
  }

  private final class TransactionWriter implements ArticleWriter {
    @Override
    public void write(List<KnowledgeStore.ArticleWrite> articles) {
      transaction.accept(articles);
    }

    @Override
    public boolean batches() {
      return groupCommit.maxArticles() > 1;
    }

    @Override
    public void finishBatch() {}

    @Override
    public void close() {}
  }

  /** Loads every article at once; merges found on the way rewrite the loaded graphs afterwards. */
  private static final class BulkWriter implements ArticleWriter {
    private final KnowledgeStore.BulkLoad load;
    private final List<Merge> merges = new ArrayList<>();
    private final KnowledgeStore store;

    BulkWriter(KnowledgeStore.BulkLoad load, KnowledgeStore store) {
      this.load = load;
      this.store = store;
    }

    @Override
    public void write(List<KnowledgeStore.ArticleWrite> articles) {
      for (KnowledgeStore.ArticleWrite article : articles) {
        load.add(article.extraction());
        merges.addAll(article.merges());
      }
    }

    @Override
    public boolean batches() {
      return false;
    }

    @Override
    public void finishBatch() {
      load.commit();
      if (!merges.isEmpty()) {
        store.applyMerges(merges);
      }
    }

    @Override
    public void close() {
      load.close();
    }
  }

  /**
   * Extracts the readable inputs (on the ingest's threads) and hands each extraction, linked to
   * the store's actors, to {@code out} in input order, writing nothing: what an ingest would store.
   */
  public IngestReport dryRun(List<ReadResult> inputs, Consumer<Extraction> out) {
    Batch batch = new Batch(inputs.size());
    ActorRegistry registry = store.actorRegistry();
    List<Article> toExtract = inputs.stream()
        .filter(ReadResult.Ok.class::isInstance)
        .map(i -> ((ReadResult.Ok) i).article())
        .toList();
    progress.started(inputs.size());
    try (ParallelExtraction extractions = new ParallelExtraction(article -> processor.get().process(article), toExtract, threads)) {
      for (ReadResult input : inputs) {
        batch.done++;
        switch (input) {
          case ReadResult.Failed failed -> batch.fail(failed.failure());
          case ReadResult.Ok ok -> {
            try {
              CrossArticleLinker.Linking linking = linker.link(extractions.next(), registry);
              registry = registry.with(linking.extraction(), linking.merges());
              out.accept(linking.extraction());
              batch.stored(linking.extraction(), 0, linking.merges().size());
              progress.done(batch.done, batch.total, ok.article().origin() + ": " + linking.extraction().actors().size()
                  + " actors, " + linking.extraction().factCount() + " facts (dry run, not stored)", false);
            } catch (RuntimeException e) {
              batch.fail(extractionFailed(ok.article(), e));
            }
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
      fail(failure, done);
    }

    /** A failure of the input at {@code position}, reported in its place. */
    void fail(InputFailure failure, int position) {
      failures.add(failure);
      progress.done(position, total, failure.toString(), true);
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
