package org.newskg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.ReadResult;
import org.newskg.model.Article;

/**
 * The benchmark's reproducible corpus: the bundled example articles and the articles written for
 * the tests, read as ingest reads them, repeated under new ids to any size, and joined into longer
 * articles for the length series.
 */
final class BenchCorpus {
  private static final List<String> SOURCES = List.of("examples/articles", "src/test/resources/claims", "src/test/resources/resolution");

  private final List<Article> base;

  private BenchCorpus(List<Article> base) {
    this.base = List.copyOf(base);
  }

  /** The corpus of a newskg checkout ({@code home}). */
  static BenchCorpus load(Path home) {
    List<Path> files = new ArrayList<>();
    for (String source : SOURCES) {
      Path dir = home.resolve(source);
      if (!Files.isDirectory(dir)) {
        throw new IllegalArgumentException("no " + dir + ": run the benchmark from a newskg checkout (or set newskg.home)");
      }
      try (Stream<Path> listing = Files.list(dir)) {
        listing.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".jsonl")).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    List<Article> articles = new ArrayList<>();
    for (ReadResult read : new ArticleReader(null, ArticleReader.DEFAULT_MAX_BYTES).readAll(files)) {
      if (read instanceof ReadResult.Ok ok) {
        articles.add(ok.article());
      }
    }
    return new BenchCorpus(articles);
  }

  int baseSize() {
    return base.size();
  }

  /** {@code n} articles: the base articles in turn, each under its own id. */
  List<Article> articles(int n) {
    List<Article> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Article a = base.get(i % base.size());
      out.add(new Article("bench-" + i, a.title(), a.date(), a.url(), a.text(), "bench-" + i + " (" + a.origin() + ")"));
    }
    return out;
  }

  /**
   * An article of about {@code words} words: the base articles' paragraphs one after another, each
   * once (repeated paragraphs would be blanked as boilerplate), so at most the corpus's length.
   */
  Article ofLength(int words) {
    StringBuilder text = new StringBuilder();
    int count = 0;
    for (Article article : base) {
      for (String paragraph : article.text().split("\n\n")) {
        if (count >= words) {
          break;
        }
        text.append(paragraph.strip()).append("\n\n");
        count += paragraph.strip().split("\\s+").length;
      }
    }
    return new Article("bench-length-" + words, null, base.get(0).date(), null, text.toString().strip(), "bench length " + words);
  }

  /** Words in the whole corpus: the longest article {@link #ofLength} can make. */
  int words() {
    return base.stream().mapToInt(a -> a.text().strip().split("\\s+").length).sum();
  }
}
