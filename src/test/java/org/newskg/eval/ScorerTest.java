package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.model.Article;

class ScorerTest {
  private static final GoldArticle GOLD = new GoldArticle(
      new Article("a1", null, null, null, "text", "test"),
      List.of(new GoldArticle.GoldEntity("United States", List.of("U.S.")),
          new GoldArticle.GoldEntity("Jane Roe", List.of("Roe")),
          new GoldArticle.GoldEntity("Qatar", List.of()),
          new GoldArticle.GoldEntity("Egypt", List.of())),
      Set.of(new Fact("title", "title", "Jane Roe", "Secretary of State"),
          new Fact("affiliation", "affiliation", "Jane Roe", "United States"),
          new Fact("relation", "negotiatesWith", "Egypt", "Qatar").normalized()));

  @Test
  void matchesActorsByAnyLabelTitlesByContainmentAndSymmetricRelationsInEitherOrder() {
    Scorer scorer = new Scorer();
    scorer.score(GOLD,
        Map.of("iri:us", Set.of("USA", "U.S."), "iri:roe", Set.of("Roe"), "iri:qa", Set.of("Qatar"), "iri:eg", Set.of("Egypt")),
        List.of(new Fact("title", "title", "iri:roe", "U.S. Secretary of State"),
            new Fact("affiliation", "affiliation", "iri:roe", "iri:us"),
            new Fact("relation", "negotiatesWith", "iri:qa", "iri:eg"),
            new Fact("relation", "negotiatesWith", "iri:eg", "iri:qa"),
            new Fact("affiliation", "affiliation", "iri:roe", "iri:qa")));
    Scorer.Result result = scorer.result();
    Scorer.Counts total = result.counts().get("total");
    assertEquals(3, total.tp());
    assertEquals(1, total.fp());
    assertEquals(0, total.fn());
    assertEquals(0.75, total.precision(), 1e-9);
    assertEquals(List.of(new Fact("affiliation", "affiliation", "Jane Roe", "Qatar")), result.details().get(0).spurious());
  }

  @Test
  void missedFactsCountAgainstRecall() {
    Scorer scorer = new Scorer();
    scorer.score(GOLD, Map.of(), List.of());
    Scorer.Counts total = scorer.result().counts().get("total");
    assertEquals(3, total.fn());
    assertEquals(0, total.recall());
    assertEquals(0, total.f1());
  }
}
