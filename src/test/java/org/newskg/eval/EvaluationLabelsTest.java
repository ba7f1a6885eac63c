package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.model.Article;

class EvaluationLabelsTest {
  private static Map<String, String> row(String label, boolean preferred) {
    return Map.of("article", "a1", "actor", "iri:lk", "label", label, "preferred", Boolean.toString(preferred));
  }

  @Test
  void thePreferredLabelComesFirstWhateverItsPlaceInTheAlphabet() {
    Map<String, Map<String, Set<String>>> labels = Evaluation.labelsByArticle(
        List.of(row("Colombo", false), row("Sri Lankan", false), row("Sri Lanka", true)));
    assertEquals(List.of("Sri Lanka", "Colombo", "Sri Lankan"), List.copyOf(labels.get("a1").get("iri:lk")));
  }

  @Test
  void anActorNamedAfterItsCapitalTooIsScoredAsItsCountry() {
    GoldArticle gold = new GoldArticle(new Article("a1", null, null, null, "text", "test"),
        List.of(new GoldArticle.GoldEntity("Sri Lanka", List.of("Sri Lankan")), new GoldArticle.GoldEntity("Colombo", List.of())),
        Set.of());
    Map<String, Map<String, Set<String>>> labels = Evaluation.labelsByArticle(
        List.of(row("Colombo", false), row("Sri Lanka", true)));
    assertEquals("Sri Lanka", Scorer.goldNames(gold, labels.get("a1")).get("iri:lk"));
  }
}
