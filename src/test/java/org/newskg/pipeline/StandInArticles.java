package org.newskg.pipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.newskg.ingest.ReadResult;
import org.newskg.model.Actor;
import org.newskg.model.ActorType;
import org.newskg.model.Article;
import org.newskg.model.Extraction;

/** Articles and extractions that need no NLP, for the tests of how an ingest runs and writes. */
final class StandInArticles {
  private StandInArticles() {}

  /** {@code count} readable inputs: ids "article-N", origins "input-N". */
  static List<ReadResult> inputs(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> (ReadResult) new ReadResult.Ok(new Article("article-" + i, "Title " + i, LocalDate.parse("2025-01-01"),
            null, "Text of article " + i + ".", "input-" + i)))
        .toList();
  }

  /** The number N of an article "article-N". */
  static int number(Article article) {
    return Integer.parseInt(article.id().substring("article-".length()));
  }

  /** An extraction naming a person ("Person Number N") and Jordan. */
  static Extraction naming(Article article, int person) {
    Actor named = new Actor("Person Number " + person, ActorType.PERSON, new TreeSet<>());
    Actor country = new Actor("Jordan", ActorType.COUNTRY, new TreeSet<>());
    return new Extraction(article, List.of(named, country), List.of(), List.of(), List.of());
  }
}
