package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KnowledgeStore;

/**
 * Group commit keeps every guarantee of one transaction per article: the same store, quad for
 * quad, the same progress in the same order, and a batch whose write fails written again article
 * by article, so that only the failing article is lost and the rest is stored as it would have been.
 */
class GroupCommitTest {
  private static final int ARTICLES = 16;
  /** A batch of four articles that waits for more: several articles a transaction. */
  private static final GroupCommit BATCHES = new GroupCommit(4, Duration.ofSeconds(2));

  /** One person per article; persons recur so that later articles link to earlier ones. */
  private static final ArticleExtractor STAND_IN = article -> StandInArticles.naming(article, StandInArticles.number(article) % 5);

  private record Outcome(IngestReport report, List<String> lines, Set<Quad> quads, List<Integer> transactions) {}

  /** Ingests the inputs, counting the articles of each transaction; {@code poison} fails any batch it is in. */
  private static Outcome ingest(Path dir, GroupCommit groupCommit, String poison) {
    List<String> lines = new ArrayList<>();
    List<Integer> transactions = new ArrayList<>();
    try (KnowledgeStore store = KnowledgeStore.open(dir)) {
      Consumer<List<KnowledgeStore.ArticleWrite>> write = articles -> {
        if (articles.stream().anyMatch(a -> a.extraction().article().id().equals(poison))) {
          throw new IllegalStateException("stand-in write failure");
        }
        store.replaceArticles(articles);
        transactions.add(articles.size());
      };
      IngestReport report = new IngestPipeline(() -> STAND_IN, store, IngestProgress.lines(lines::add), 2, StageTimes.NONE,
          groupCommit, write).ingest(StandInArticles.inputs(ARTICLES), false);
      return new Outcome(report, lines, store.snapshot().stream().collect(Collectors.toSet()), transactions);
    }
  }

  @Test
  void batchesStoreWhatOneTransactionPerArticleStoresInTheSameOrder(@TempDir Path dir) {
    Outcome single = ingest(dir.resolve("single"), GroupCommit.NONE, "none");
    Outcome batched = ingest(dir.resolve("batched"), BATCHES, "none");
    assertEquals(ARTICLES, batched.report().articles(), batched.report().summary());
    assertEquals(single.report().summary(), batched.report().summary());
    assertEquals(single.quads(), batched.quads(), "group commit stored something else");
    assertEquals(single.lines(), batched.lines(), "progress came out otherwise");
    assertTrue(single.transactions().stream().allMatch(n -> n == 1), single.transactions().toString());
    assertTrue(batched.transactions().stream().anyMatch(n -> n > 1), "no batch held several articles: " + batched.transactions());
    assertTrue(batched.transactions().size() < ARTICLES, batched.transactions().toString());
  }

  @Test
  void aFailedBatchIsWrittenArticleByArticleAndOnlyTheFailingArticleIsLost(@TempDir Path dir) {
    Outcome single = ingest(dir.resolve("single"), GroupCommit.NONE, "article-6");
    Outcome batched = ingest(dir.resolve("batched"), BATCHES, "article-6");
    assertEquals(ARTICLES - 1, batched.report().articles(), batched.report().summary());
    assertEquals(1, batched.report().failures().size());
    assertEquals("input-6", batched.report().failures().get(0).origin());
    assertTrue(batched.quads().stream().noneMatch(q -> q.getGraph().getURI().endsWith("/article-6")));
    assertEquals(single.quads(), batched.quads(), "the retried batch stored something else than single transactions");
    assertEquals(single.lines(), batched.lines());
  }

  @Test
  void theDefaultWritesWhatIsReadyAtOnceAndNeverWaits() {
    assertEquals(Duration.ZERO, GroupCommit.DEFAULT.maxWait(), "queries and a killed ingest see articles as soon as they are done");
    assertTrue(GroupCommit.DEFAULT.maxArticles() > 1);
  }
}
