package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.SharedProcessor;
import org.newskg.TestFiles;
import org.newskg.pipeline.IngestProgress;
import org.newskg.store.KnowledgeStore;

/**
 * Regression guard of events linked across articles: eval/events (8 real events told by 20
 * articles) through the whole evaluation, with the targets as floors.
 */
class EventLinkingEvaluationTest {
  private static final double BCUBED_F1_FLOOR = 0.85;

  @TempDir static Path dir;
  private static EventLinkScores.Result result;

  @BeforeAll
  static void evaluate() throws Exception {
    List<GoldArticle> gold = GoldReader.readDirectory(TestFiles.root().resolve("eval/events"));
    try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
      result = new Evaluation(SharedProcessor.get(), TestFiles.root().resolve("queries/eval"))
          .run(gold, store, IngestProgress.lines(line -> {})).events().orElseThrow();
    }
  }

  @Test
  void bCubedF1StaysAboveItsFloor() {
    assertTrue(result.bcubed().f1() >= BCUBED_F1_FLOOR, "B3 F1 " + result.bcubed().f1() + " fell below " + BCUBED_F1_FLOOR);
  }

  @Test
  void noTwoDifferentRealEventsAreMerged() {
    // E1 and E2 are two rounds of talks between the same parties a week apart.
    assertEquals(Set.of(), result.merged());
  }

  @Test
  void mostGoldReportsAreScored() {
    assertTrue(result.found() >= result.goldReports() * 2 / 3, result.found() + " of " + result.goldReports() + " gold reports extracted");
  }
}
