package org.newskg.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How well newskg links the reports of one real event across articles: B³ and pairwise precision,
 * recall and F1 of its real events against the gold's. The items are the gold reports (article,
 * real event, event type) that newskg extracted an event for; each extracted event is assigned to
 * the gold report of its article and type whose role fillers it shares most. Reports newskg did
 * not extract are counted apart (coverage): extraction is scored by the fact scores, linking here.
 */
public final class EventLinkScores {
  /**
   * @param goldReports the gold's reports (article, real event, type)
   * @param found those newskg extracted an event for
   * @param merged pairs of different gold events that newskg made one ("E1+E2 Negotiation")
   */
  public record Result(int goldReports, int found, Prf bcubed, Prf pairwise, Set<String> merged, List<String> details) {}

  public record Prf(double precision, double recall) {
    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  /** One extracted event: its article, type, real event and fillers by gold name. */
  record Extracted(String article, String iri, String type, String real, String date, String sentence, Map<String, Set<String>> roles) {}

  private EventLinkScores() {}

  /**
   * @param labels article id → actor IRI → its labels
   * @param rows the rows of queries/eval/events.rq
   */
  public static Result of(List<GoldArticle> gold, Map<String, Map<String, Set<String>>> labels, List<Map<String, String>> rows) {
    Map<String, GoldArticle> byId = new HashMap<>();
    gold.forEach(g -> byId.put(g.article().id(), g));
    Map<String, Map<String, String>> names = new HashMap<>();
    Map<String, Extracted> extracted = new TreeMap<>();
    for (Map<String, String> row : rows) {
      GoldArticle g = byId.get(row.get("article"));
      if (g == null) {
        continue;
      }
      Map<String, String> nameOf = names.computeIfAbsent(g.article().id(), id -> Scorer.goldNames(g, labels.getOrDefault(id, Map.of())));
      Extracted e = extracted.computeIfAbsent(row.get("event"),
          iri -> new Extracted(row.get("article"), iri, row.get("type"), row.get("real"), row.get("date"),
              row.get("sentence"), new TreeMap<>()));
      if (row.get("role") != null && !row.get("role").isEmpty() && row.get("filler") != null) {
        e.roles().computeIfAbsent(row.get("role"), k -> new TreeSet<>()).add(Scorer.fold(nameOf.getOrDefault(row.get("filler"), row.get("filler"))));
      }
    }
    // Item (article | gold event | type) → the real event of the extracted event assigned to it.
    Map<String, String> systemOf = new TreeMap<>();
    Set<String> items = new TreeSet<>();
    List<String> details = new ArrayList<>();
    for (GoldArticle g : gold) {
      g.reports().forEach(r -> items.add(item(g.article().id(), r.event(), r.type())));
    }
    for (Extracted e : extracted.values()) {
      GoldArticle g = byId.get(e.article());
      GoldArticle.GoldReport best = null;
      int bestScore = -1;
      int candidates = 0;
      for (GoldArticle.GoldReport r : g.reports()) {
        if (!r.type().equals(e.type())) {
          continue;
        }
        candidates++;
        int score = overlap(r, e);
        if (score > bestScore) {
          best = r;
          bestScore = score;
        }
      }
      if (best != null && (bestScore > 0 || candidates == 1)) {
        String item = item(e.article(), best.event(), best.type());
        if (systemOf.putIfAbsent(item, e.real()) == null) {
          details.add(item + " -> " + e.real());
        }
      }
    }
    Map<String, String> goldOf = new LinkedHashMap<>();
    systemOf.keySet().forEach(item -> goldOf.put(item, item.substring(item.indexOf('|') + 1)));
    Set<String> merged = new TreeSet<>();
    List<String> found = List.copyOf(systemOf.keySet());
    double p = 0;
    double r = 0;
    long tp = 0;
    long samePredicted = 0;
    long sameGold = 0;
    for (String a : found) {
      int both = 0;
      int predicted = 0;
      int inGold = 0;
      for (String b : found) {
        boolean sys = systemOf.get(a).equals(systemOf.get(b));
        boolean gld = goldOf.get(a).equals(goldOf.get(b));
        predicted += sys ? 1 : 0;
        inGold += gld ? 1 : 0;
        both += sys && gld ? 1 : 0;
        if (sys && !gld && goldOf.get(a).split("\\|")[1].equals(goldOf.get(b).split("\\|")[1])) {
          List<String> pair = new ArrayList<>(List.of(goldOf.get(a).split("\\|")[0], goldOf.get(b).split("\\|")[0]));
          pair.sort(null);
          merged.add(pair.get(0) + "+" + pair.get(1) + " " + goldOf.get(a).split("\\|")[1]);
        }
        if (a.compareTo(b) < 0) {
          tp += sys && gld ? 1 : 0;
          samePredicted += sys ? 1 : 0;
          sameGold += gld ? 1 : 0;
        }
      }
      p += (double) both / predicted;
      r += (double) both / inGold;
    }
    int n = found.size();
    Prf bcubed = n == 0 ? new Prf(0, 0) : new Prf(p / n, r / n);
    Prf pairwise = new Prf(samePredicted == 0 ? 1 : (double) tp / samePredicted, sameGold == 0 ? 1 : (double) tp / sameGold);
    return new Result(items.size(), n, bcubed, pairwise, merged, details);
  }

  private static String item(String article, String event, String type) {
    return article + "|" + event + "|" + type;
  }

  /**
   * The gold's own sentence for the report counts 5; fillers the two share in the same role 2, in
   * another role 1; and a day within a day of the real event's days 1: what the report says
   * weighs more than when newskg dates it.
   */
  private static int overlap(GoldArticle.GoldReport gold, Extracted e) {
    int score = 0;
    if (gold.evidence() != null && e.sentence() != null) {
      String g = Scorer.fold(gold.evidence());
      String s = Scorer.fold(e.sentence());
      if (!s.isEmpty() && (g.contains(s) || s.contains(g))) {
        score += 5;
      }
    }
    if (e.date() != null && !e.date().isEmpty() && !gold.dates().isEmpty()) {
      LocalDate day = LocalDate.parse(e.date());
      if (!day.isBefore(gold.dates().getFirst().minusDays(1)) && !day.isAfter(gold.dates().getLast().plusDays(1))) {
        score += 1;
      }
    }
    for (var role : gold.roles().entrySet()) {
      for (String name : role.getValue()) {
        String folded = Scorer.fold(name);
        if (e.roles().getOrDefault(role.getKey(), Set.of()).contains(folded)) {
          score += 2;
        } else if (e.roles().values().stream().anyMatch(s -> s.contains(folded))) {
          score += 1;
        }
      }
    }
    return score;
  }
}
