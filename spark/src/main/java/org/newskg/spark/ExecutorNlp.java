package org.newskg.spark;

import org.newskg.pipeline.ArticleProcessor;

/**
 * The one CoreNLP-backed processor of an executor JVM. Loading the models takes half a minute and
 * 1.7 GB, so every task the executor runs shares it (the processor is thread-safe); Spark gives no
 * per-executor setup hook, hence the lazily initialized holder.
 */
final class ExecutorNlp {
  private ExecutorNlp() {}

  private static final class Holder {
    static final ArticleProcessor PROCESSOR = ArticleProcessor.create();
  }

  static ArticleProcessor processor() {
    return Holder.PROCESSOR;
  }
}
