package org.newskg.eval;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.model.Article;

/**
 * One gold-annotated article (format: shared/eval/README.md).
 *
 * @param entities every named actor with the other forms of its name
 * @param facts the facts an extractor is expected to produce, with gold entity names
 * @param evidence the sentence the gold gives for each role and relation of an event
 */
public record GoldArticle(Article article, List<GoldEntity> entities, Set<Fact> facts, Map<Fact, String> evidence) {
  public GoldArticle(Article article, List<GoldEntity> entities, Set<Fact> facts) {
    this(article, entities, facts, Map.of());
  }

  /**
   * A gold entity: its fullest name, every other form the text uses, and its type (Person,
   * Organization, Country or Place; empty when the gold does not say).
   */
  public record GoldEntity(String name, List<String> aliases, String type) {
    public GoldEntity(String name, List<String> aliases) {
      this(name, aliases, "");
    }
  }
}
