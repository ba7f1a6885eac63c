package org.newskg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import org.newskg.ingest.ArticleReader;
import org.newskg.model.Article;
import org.newskg.model.Extraction;
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

  /**
   * The seed article, read as ingest reads it (dated 2024-08-26) and extracted once per JVM; a
   * test that asks for it is skipped when the shared material is not beside the clone.
   */
  private static final class Seed {
    static final Extraction EXTRACTION = extractSeed();

    private static Extraction extractSeed() {
      try {
        Article read = new ArticleReader(LocalDate.parse("2024-08-26"), ArticleReader.DEFAULT_MAX_BYTES)
            .readPlainText("seed", Files.readString(TestFiles.seedArticle()));
        return get().process(read);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  public static ArticleProcessor get() {
    return Holder.INSTANCE;
  }

  public static Extraction seed() {
    TestFiles.seedArticle();
    return Seed.EXTRACTION;
  }
}
