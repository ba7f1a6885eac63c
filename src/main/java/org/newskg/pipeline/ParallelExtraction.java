package org.newskg.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.newskg.model.Article;
import org.newskg.model.Extraction;

/**
 * Extracts articles on worker threads, ahead of the one thread that links and writes them, and
 * hands the extractions back in input order. At most two articles per worker are in flight, so
 * memory stays bounded however long the batch.
 */
final class ParallelExtraction implements AutoCloseable {
  private final ArticleExtractor extractor;
  private final Iterator<Article> todo;
  private final ExecutorService workers;
  private final Deque<Future<Extraction>> inFlight = new ArrayDeque<>();
  private final int window;

  ParallelExtraction(ArticleExtractor extractor, List<Article> articles, int threads) {
    this.extractor = extractor;
    this.todo = articles.iterator();
    this.window = 2 * threads;
    AtomicInteger n = new AtomicInteger();
    this.workers = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "newskg-extract-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** The next article's extraction, in input order; rethrows what its extraction threw. */
  Extraction next() {
    fill();
    Future<Extraction> next = inFlight.poll();
    if (next == null) {
      throw new IllegalStateException("no article left to extract");
    }
    try {
      return next.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while extracting", e);
    }
  }

  /** Whether the next extraction is done already: {@link #next()} would not wait for it. */
  boolean nextReady() {
    fill();
    Future<Extraction> next = inFlight.peek();
    return next != null && next.isDone();
  }

  private void fill() {
    while (inFlight.size() < window && todo.hasNext()) {
      Article article = todo.next();
      inFlight.add(workers.submit(() -> extractor.process(article)));
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
