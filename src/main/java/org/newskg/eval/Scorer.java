package org.newskg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares extracted facts with gold facts per article, as shared/eval/README.md says: an
 * extracted actor matches a gold entity when one of its labels equals the entity's name or an
 * alias after folding case and punctuation; a title matches when one contains the other.
 */
public final class Scorer {
  /** True and false positives and negatives of one thing scored. */
  public static final class Counts {
    int tp;
    int fp;
    int fn;

    public double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int tp() {
      return tp;
    }

    public int fp() {
      return fp;
    }

    public int fn() {
      return fn;
    }
  }

  /** Missed and spurious facts of one article, with the gold's evidence sentence of each missed event fact. */
  public record ArticleDetails(String article, List<Fact> missed, List<Fact> spurious, Map<Fact, String> evidence) {}

  /**
   * The result: counts by kind ("role"), by kind and name ("role Killing/victim"), and "total"
   * over the annotated kinds. A kind the gold set has no fact of ({@code notAnnotated}: titles
   * and affiliations of a set annotated for roles only) keeps its counts but stays out of the total.
   */
  public record Result(Map<String, Counts> counts, List<ArticleDetails> details, Set<String> notAnnotated) {}

  /** The kinds of facts scored; "total" sums those the gold annotates. */
  private static final List<String> KINDS = List.of("role", "relation", "title", "affiliation");

  private final Map<String, Counts> counts = new TreeMap<>();
  private final List<ArticleDetails> details = new ArrayList<>();

  /**
   * Scores one article.
   *
   * @param actorLabels every extracted actor (by IRI) with all its labels
   * @param extracted facts whose subjects and objects are actor IRIs (titles: the title text)
   */
  public void score(GoldArticle gold, Map<String, Set<String>> actorLabels, List<Fact> extracted) {
    Map<String, String> nameOf = goldNames(gold, actorLabels);
    Set<Fact> predicted = new LinkedHashSet<>();
    for (Fact f : extracted) {
      String subject = f.subject().isEmpty() ? "" : nameOf.getOrDefault(f.subject(), f.subject());
      String object = f.kind().equals("title") ? f.object() : nameOf.getOrDefault(f.object(), f.object());
      predicted.add(new Fact(f.kind(), f.name(), subject, object).normalized());
    }
    List<Fact> missed = new ArrayList<>();
    Set<Fact> matched = new LinkedHashSet<>();
    for (Fact g : gold.facts()) {
      Fact hit = predicted.stream().filter(p -> !matched.contains(p) && matches(g, p)).findFirst().orElse(null);
      if (hit != null) {
        matched.add(hit);
        count(g, c -> c.tp++);
      } else {
        missed.add(g);
        count(g, c -> c.fn++);
      }
    }
    List<Fact> spurious = new ArrayList<>();
    for (Fact p : predicted) {
      if (!matched.contains(p)) {
        spurious.add(p);
        count(p, c -> c.fp++);
      }
    }
    details.add(new ArticleDetails(gold.article().id(), missed, spurious, gold.evidence()));
  }

  public Result result() {
    Map<String, Counts> all = new TreeMap<>(counts);
    Set<String> notAnnotated = new java.util.TreeSet<>();
    Counts total = new Counts();
    for (String kind : KINDS) {
      Counts c = counts.get(kind);
      if (c == null) {
        continue;
      }
      if (c.tp + c.fn == 0) {
        notAnnotated.add(kind);
        continue;
      }
      total.tp += c.tp;
      total.fp += c.fp;
      total.fn += c.fn;
    }
    all.put("total", total);
    return new Result(all, details, notAnnotated);
  }

  /**
   * Each extracted actor's gold entity name, from the first of its labels (the preferred one comes
   * first) that is a form of one; else its first label in alphabetical order.
   */
  static Map<String, String> goldNames(GoldArticle gold, Map<String, Set<String>> actorLabels) {
    Map<String, String> goldByForm = new HashMap<>();
    for (GoldArticle.GoldEntity e : gold.entities()) {
      goldByForm.put(fold(e.name()), e.name());
      e.aliases().forEach(a -> goldByForm.putIfAbsent(fold(a), e.name()));
    }
    Map<String, String> nameOf = new HashMap<>();
    actorLabels.forEach((iri, labels) -> nameOf.put(iri, labels.stream()
        .map(l -> goldByForm.get(fold(l)))
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse(labels.stream().sorted().findFirst().orElse(iri))));
    return nameOf;
  }

  private static boolean matches(Fact gold, Fact predicted) {
    if (!gold.kind().equals(predicted.kind()) || !gold.name().equals(predicted.name())) {
      return false;
    }
    if (gold.kind().equals("title")) {
      String g = fold(gold.object());
      String p = fold(predicted.object());
      return gold.subject().equals(predicted.subject()) && (g.contains(p) || p.contains(g));
    }
    return gold.equals(predicted);
  }

  private void count(Fact f, java.util.function.Consumer<Counts> update) {
    update.accept(counts.computeIfAbsent(f.kind(), k -> new Counts()));
    update.accept(counts.computeIfAbsent(f.kind() + " " + f.name(), k -> new Counts()));
  }

  static String fold(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}’‘“”]", "").replaceAll("\\s+", " ").strip();
  }
}
