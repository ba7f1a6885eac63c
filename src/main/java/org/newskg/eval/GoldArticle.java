package org.newskg.eval;

import java.util.List;
import java.util.Set;
import org.newskg.model.Article;

/**
 * One gold-annotated article (format: shared/eval/README.md).
 *
 * @param entities every named actor with the other forms of its name
 * @param facts the facts an extractor is expected to produce, with gold entity names
 */
public record GoldArticle(Article article, List<GoldEntity> entities, Set<Fact> facts) {
  /** A gold entity: its fullest name and every other form the text uses. */
  public record GoldEntity(String name, List<String> aliases) {}
}
