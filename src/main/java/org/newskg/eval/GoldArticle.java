package org.newskg.eval;

import java.time.LocalDate;
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
 * @param reports the article's events that report a real event of the set ({@code "event"} ids), for
 *     scoring cross-article event linking
 */
public record GoldArticle(Article article, List<GoldEntity> entities, Set<Fact> facts, Map<Fact, String> evidence,
    List<GoldReport> reports) {
  public GoldArticle {
    reports = List.copyOf(reports);
  }

  public GoldArticle(Article article, List<GoldEntity> entities, Set<Fact> facts, Map<Fact, String> evidence) {
    this(article, entities, facts, evidence, List.of());
  }

  public GoldArticle(Article article, List<GoldEntity> entities, Set<Fact> facts) {
    this(article, entities, facts, Map.of());
  }

  /**
   * An event of the article that reports one real event of the set.
   *
   * @param event the real event's id in the set's events.json ("E3")
   * @param type the event class ("Attack")
   * @param roles role → gold entity names
   * @param evidence the sentence the gold gives for it, or null
   * @param dates the real event's days (first and last) as the set's events.json gives them; empty when it does not
   */
  public record GoldReport(String event, String type, Map<String, List<String>> roles, String evidence, List<LocalDate> dates) {
    public GoldReport withDates(List<LocalDate> days) {
      return new GoldReport(event, type, roles, evidence, List.copyOf(days));
    }
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
