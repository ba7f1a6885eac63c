package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.SharedProcessor;
import org.newskg.TestFiles;
import org.newskg.pipeline.IngestProgress;
import org.newskg.store.KnowledgeStore;

/**
 * Regression guard: the whole evaluation (ingest, SPARQL read-back, scoring) on the development
 * set, with floors a little under today's figures (README). A drop below them fails the build.
 */
class DevSetEvaluationTest {
  private static final double TOTAL_F1_FLOOR = 0.89;
  private static final double RELATION_F1_FLOOR = 0.85;
  private static final double POST_F1_FLOOR = 0.90;

  @TempDir static Path dir;
  private static Scorer.Result result;

  @BeforeAll
  static void evaluate() throws Exception {
    List<GoldArticle> gold = GoldReader.readDirectory(TestFiles.evalDev());
    try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
      result = new Evaluation(SharedProcessor.get(), TestFiles.root().resolve("queries/eval")).run(gold, store, IngestProgress.lines(line -> {})).scores();
    }
  }

  private static void assertAtLeast(String key, double floor) {
    double f1 = result.counts().get(key).f1();
    assertTrue(f1 >= floor, key + " F1 " + f1 + " fell below " + floor);
  }

  @Test
  void microF1StaysAboveItsFloor() {
    assertAtLeast("total", TOTAL_F1_FLOOR);
  }

  @Test
  void killedByAndMediatesBetweenStayAboveTheirFloors() {
    assertAtLeast("relation killedBy", RELATION_F1_FLOOR);
    assertAtLeast("relation mediatesBetween", RELATION_F1_FLOOR);
  }

  @Test
  void titlesAndAffiliationsStayAboveTheirFloor() {
    assertAtLeast("title", POST_F1_FLOOR);
    assertAtLeast("affiliation", POST_F1_FLOOR);
  }

  @Test
  void everyFactKindIsScored() {
    for (String kind : List.of("role", "relation", "title", "affiliation")) {
      assertTrue(result.counts().get(kind).tp() > 0, "no " + kind + " found at all");
    }
  }
}
