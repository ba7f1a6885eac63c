package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ingest.InputFailure;
import org.newskg.ingest.ReadResult;
import org.newskg.model.Actor;
import org.newskg.model.ActorType;
import org.newskg.model.Event;
import org.newskg.model.EventType;
import org.newskg.model.Evidence;
import org.newskg.model.Extraction;
import org.newskg.model.Role;
import org.newskg.model.RoleFiller;
import org.newskg.model.TitleFact;
import org.newskg.store.KnowledgeStore;

/**
 * Extraction on several threads and the bulk write path store exactly what one thread and one
 * transaction per article store, in input order, and keep a failing article from the rest. No
 * NLP: a stand-in extractor names one actor per article and takes uneven time, so that workers
 * finish out of order.
 */
class ParallelAndBulkIngestTest {
  private static final int ARTICLES = 12;
  private static final String FAILING = "article-7";

  /** One person per article, named after it; "article-7" fails; odd articles take longer. */
  private static final ArticleExtractor STAND_IN = article -> {
    int n = StandInArticles.number(article);
    LockSupport.parkNanos((n % 2 == 1 ? 30 : 1) * 1_000_000L);
    if (article.id().equals(FAILING)) {
      throw new IllegalStateException("stand-in failure");
    }
    return StandInArticles.naming(article, n);
  };

  private static List<ReadResult> inputs() {
    return StandInArticles.inputs(ARTICLES);
  }

  private record Outcome(IngestReport report, List<String> lines, Set<Quad> quads) {}

  private static Outcome ingest(Path dir, int threads, boolean bulk) {
    List<String> lines = new ArrayList<>();
    try (KnowledgeStore store = KnowledgeStore.open(dir)) {
      IngestPipeline pipeline = new IngestPipeline(() -> STAND_IN, store, IngestProgress.lines(lines::add), threads, StageTimes.NONE);
      IngestReport report = pipeline.ingest(inputs(), false, bulk);
      return new Outcome(report, lines, store.snapshot().stream().collect(Collectors.toSet()));
    }
  }

  @Test
  void twoThreadsStoreWhatOneStoresInInputOrder(@TempDir Path dir) {
    Outcome one = ingest(dir.resolve("one"), 1, false);
    Outcome two = ingest(dir.resolve("two"), 2, false);
    assertEquals(ARTICLES - 1, two.report().articles(), two.report().summary());
    assertEquals(one.quads(), two.quads(), "the store differs with two extraction threads");
    assertEquals(one.lines(), two.lines(), "progress lines came out of input order");
  }

  @Test
  void aDryRunOnTwoThreadsPrintsInInputOrderAndStoresNothing(@TempDir Path dir) {
    List<String> printed = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    IngestReport report;
    try (KnowledgeStore store = KnowledgeStore.open(dir)) {
      IngestPipeline pipeline = new IngestPipeline(() -> STAND_IN, store, IngestProgress.lines(lines::add), 2, StageTimes.NONE);
      report = pipeline.dryRun(inputs(), extraction -> printed.add(extraction.article().id()));
      assertTrue(store.isEmpty());
    }
    List<String> expected = IntStream.range(0, ARTICLES).mapToObj(i -> "article-" + i).filter(id -> !id.equals(FAILING)).toList();
    assertEquals(expected, printed);
    assertEquals(ARTICLES - 1, report.articles());
    assertEquals(1, report.failures().size());
    assertTrue(lines.get(7).contains("failed: ") && lines.get(7).contains("stand-in failure"), lines.toString());
  }

  @Test
  void aFailureOnAWorkerIsItsArticlesAlone(@TempDir Path dir) {
    Outcome two = ingest(dir, 2, false);
    InputFailure failure = two.report().failures().get(0);
    assertEquals(1, two.report().failures().size());
    assertEquals("input-7", failure.origin());
    assertEquals(InputFailure.Kind.EXTRACTION_FAILED, failure.kind());
    assertTrue(two.quads().stream().noneMatch(q -> q.getGraph().getURI().endsWith("/" + FAILING)));
    assertTrue(two.quads().stream().anyMatch(q -> q.getGraph().getURI().endsWith("/article-11")));
  }

  @Test
  void theBulkLoaderStoresWhatTransactionsStore(@TempDir Path dir) {
    Outcome transactions = ingest(dir.resolve("txn"), 2, false);
    Outcome bulk = ingest(dir.resolve("bulk"), 2, true);
    assertEquals(transactions.report().summary(), bulk.report().summary());
    assertEquals(transactions.quads(), bulk.quads(), "the bulk loader stored something else");
  }

  /**
   * Three people share the articles, each with a post: facts several articles support; and two
   * countries' attacks, reports of two real events, whose day depends on the post.
   */
  private static ArticleExtractor posts(String post) {
    return article -> {
      int n = Integer.parseInt(article.id().substring("article-".length()));
      Actor person = new Actor("Person Number " + (n % 3), ActorType.PERSON, new TreeSet<>());
      Actor country = new Actor("Country Number " + (n % 2), ActorType.COUNTRY, new TreeSet<>());
      Evidence evidence = new Evidence(article.text(), 0, article.text().length(), 0.9, "test");
      Event attack = new Event(EventType.ATTACK, List.of(new RoleFiller(Role.ATTACKER, country)),
          LocalDate.parse(post.equals("Envoy") ? "2025-01-03" : "2025-01-01"), evidence, -1);
      return new Extraction(article, List.of(person, country), List.of(new TitleFact(person, post + " " + (n % 2), evidence)), List.of(),
          List.of(attack));
    };
  }

  @Test
  void theSummaryUpdatedForEachBatchIsTheSummaryRebuiltWhole(@TempDir Path dir) {
    try (KnowledgeStore store = KnowledgeStore.open(dir)) {
      List<ReadResult> all = inputs();
      new IngestPipeline(() -> posts("Minister"), store, IngestProgress.lines(l -> {}), 2, StageTimes.NONE)
          .ingest(all.subList(0, 8), false);
      // The second batch adds articles and replaces some, whose old posts lose their support.
      new IngestPipeline(() -> posts("Envoy"), store, IngestProgress.lines(l -> {}), 2, StageTimes.NONE)
          .ingest(all.subList(5, ARTICLES), true);
      Set<Quad> updated = summary(store);
      assertTrue(updated.stream().anyMatch(q -> q.getObject().isLiteral() && q.getObject().getLiteralLexicalForm().equals("Minister 1")));
      assertEquals(4, updated.stream().filter(q -> q.getObject().isURI() && q.getObject().getURI().endsWith("#RealEvent")).count(),
          "two countries' attacks on two days");
      store.rebuildSummary();
      assertEquals(summary(store), updated, "the incrementally updated summary differs from a whole rebuild");
    }
  }

  private static Set<Quad> summary(KnowledgeStore store) {
    return store.snapshot().stream().filter(q -> q.getGraph().getURI().endsWith("/graph/summary")).collect(Collectors.toSet());
  }

  @Test
  void bulkIntoAStoreWithArticlesWritesArticleByArticle(@TempDir Path dir) {
    ingest(dir, 1, false);
    List<String> lines = new ArrayList<>();
    try (KnowledgeStore store = KnowledgeStore.open(dir)) {
      IngestReport report = new IngestPipeline(() -> STAND_IN, store, IngestProgress.lines(lines::add), 2, StageTimes.NONE)
          .ingest(inputs(), true, true);
      assertEquals(ARTICLES - 1, report.articles(), report.summary());
    }
    assertTrue(lines.stream().anyMatch(l -> l.contains("not in bulk")), lines.toString());
  }
}
