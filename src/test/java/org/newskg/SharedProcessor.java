package org.newskg;

import org.newskg.pipeline.ArticleProcessor;

/**
 * The one CoreNLP-backed processor of the test JVM: loading the models takes half a minute and
 * gigabytes, so every test that needs NLP shares this instance.
 */
public final class SharedProcessor {
  private SharedProcessor() {}

  private static final class Holder {
    static final ArticleProcessor INSTANCE = ArticleProcessor.create();
  }

  public static ArticleProcessor get() {
    return Holder.INSTANCE;
  }
}
