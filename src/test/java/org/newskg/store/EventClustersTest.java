package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.store.EventClusters.Decisions;
import org.newskg.store.EventClusters.Report;

/** The rules that make reports one real event, each with reports written for it. */
class EventClustersTest {
  private static final String KYIV = "place:kyiv";
  private static final String UKRAINE = "country:ukraine";
  private final EventClusters clusters = new EventClusters((inner, outer) -> inner.equals(KYIV) && outer.equals(UKRAINE));

  /** A report; its places join its roles as the "place" role, as the store gives them. */
  private static Report report(String iri, String type, String date, boolean relative, Set<String> places, Map<String, Set<String>> roles) {
    Map<String, Set<String>> all = new java.util.TreeMap<>(roles);
    if (!places.isEmpty()) {
      all.put("place", places);
    }
    return new Report(iri, "graph:" + iri, type, date == null ? null : LocalDate.parse(date), relative, all);
  }

  private static Report attack(String iri, String date, boolean relative, String place, String attacker, String target) {
    Map<String, Set<String>> roles = new java.util.TreeMap<>();
    if (attacker != null) {
      roles.put("attacker", Set.of(attacker));
    }
    if (target != null) {
      roles.put("target", Set.of(target));
    }
    return report(iri, "Attack", date, relative, place == null ? Set.of() : Set.of(place), roles);
  }

  private static Report talks(String iri, String date, String place, String... parties) {
    return report(iri, "Negotiation", date, false, place == null ? Set.of() : Set.of(place), Map.of("participant", Set.of(parties)));
  }

  private List<List<String>> ids(List<Report> reports) {
    return clusters.cluster(reports, Decisions.NONE).stream().map(c -> c.stream().map(Report::iri).toList()).toList();
  }

  @Test
  void reportsOfOneStrikeOnOneDayAreOneEvent() {
    assertEquals(List.of(List.of("a", "b", "c")), ids(List.of(
        attack("a", "2024-04-13", false, null, "iran", "israel"),
        attack("b", "2024-04-13", false, null, "iran", null),
        attack("c", "2024-04-13", false, null, null, "israel"))));
  }

  @Test
  void aDayApartIsTheSameEventOnlyWhenOneDateIsRelative() {
    assertEquals(1, ids(List.of(attack("a", "2024-04-13", false, null, "iran", "israel"),
        attack("b", "2024-04-14", true, null, "iran", "israel"))).size(), "'overnight', 'on Saturday'");
    assertEquals(2, ids(List.of(attack("a", "2024-04-13", false, null, "iran", "israel"),
        attack("b", "2024-04-14", false, null, "iran", "israel"))).size(), "two calendar dates a day apart");
    assertEquals(2, ids(List.of(attack("a", "2024-04-13", true, null, "iran", "israel"),
        attack("b", "2024-04-15", true, null, "iran", "israel"))).size(), "two days apart");
  }

  @Test
  void placesMustBeEqualOrOneInsideTheOther() {
    assertEquals(1, ids(List.of(attack("a", "2022-10-10", false, KYIV, "russia", null),
        attack("b", "2022-10-10", false, UKRAINE, "russia", null))).size(), "a capital in its country");
    assertEquals(2, ids(List.of(attack("a", "2022-10-10", false, KYIV, "russia", null),
        attack("b", "2022-10-10", false, "place:lviv", "russia", null))).size(), "two cities");
    assertEquals(1, ids(List.of(attack("a", "2022-10-10", false, KYIV, "russia", null),
        attack("b", "2022-10-10", false, null, "russia", null))).size(), "no place is no conflict");
  }

  @Test
  void coreRolesThatShareNobodyConflict() {
    assertEquals(2, ids(List.of(attack("a", "2024-01-03", false, null, "isis", null),
        attack("b", "2024-01-03", false, null, "hamas", null))).size(), "different attackers");
    Report killingA = report("a", "Killing", "2024-07-31", false, Set.of(), Map.of("victim", Set.of("person-a")));
    Report killingB = report("b", "Killing", "2024-07-31", false, Set.of(), Map.of("victim", Set.of("person-b")));
    assertEquals(2, ids(List.of(killingA, killingB)).size(), "different victims");
    assertEquals(2, ids(List.of(talks("a", "2023-05-06", null, "saf", "rsf"), talks("b", "2023-05-06", null, "israel", "hamas"))).size());
  }

  @Test
  void twoRoundsOfTalksBetweenTheSamePartiesStayTwoEvents() {
    List<List<String>> rounds = ids(List.of(
        talks("may-1", "2023-05-06", "place:jeddah", "saf", "rsf"),
        talks("may-2", "2023-05-06", null, "saf"),
        talks("oct-1", "2023-10-26", "place:jeddah", "saf", "rsf"),
        talks("oct-2", "2023-10-26", "place:jeddah", "rsf")));
    assertEquals(List.of(List.of("may-1", "may-2"), List.of("oct-1", "oct-2")), rounds);
  }

  @Test
  void anUndatedOrVagueReportCannotChainTwoEventsTogether() {
    // b fits a (a day apart, relative) and c (a day apart, relative), but a and c are two days apart.
    List<List<String>> out = ids(List.of(attack("a", "2024-03-01", false, null, "x", null),
        attack("b", "2024-03-02", true, null, "x", null),
        attack("c", "2024-03-03", false, null, "x", null)));
    assertEquals(2, out.size(), out.toString());
    assertTrue(out.stream().noneMatch(c -> c.contains("a") && c.contains("c")), out.toString());
    assertEquals(2, ids(List.of(attack("a", null, false, null, "x", null), attack("b", null, false, null, "x", null))).size(),
        "reports without any date are never linked");
  }

  @Test
  void theOrderReportsComeInDoesNotChangeTheEvents() {
    List<Report> reports = new ArrayList<>(List.of(attack("a", "2024-03-01", false, null, "x", null),
        attack("b", "2024-03-02", true, null, "x", null), attack("c", "2024-03-03", false, null, "x", null),
        attack("d", "2024-03-01", false, "place:rafah", "x", "y"), attack("e", "2024-03-01", false, "place:khan-younis", "x", "y")));
    List<List<String>> first = ids(reports);
    for (int seed = 0; seed < 5; seed++) {
      Collections.shuffle(reports, new java.util.Random(seed));
      assertEquals(first, ids(reports));
    }
  }

  @Test
  void curatorsDecisionsOverrideTheRules() {
    Report a = attack("a", "2024-03-01", false, "place:rafah", "x", null);
    Report b = attack("b", "2024-03-01", false, "place:khan-younis", "x", null);
    Report c = attack("c", "2024-03-01", false, "place:rafah", "x", null);
    assertEquals(1, clusters.cluster(List.of(a, b), new Decisions(Set.of(Set.of("a", "b")), Set.of())).size(), "merged");
    assertEquals(2, clusters.cluster(List.of(a, c), new Decisions(Set.of(), Set.of(Set.of("a", "c")))).size(), "split");
    assertFalse(clusters.compatible(a, b));
  }

  @Test
  void supportCountsTheReportsNamingEachFiller() {
    List<Report> one = List.of(attack("a", "2024-04-13", false, null, "iran", "israel"), attack("b", "2024-04-13", false, null, "iran", null));
    assertEquals(Map.of("attacker", Map.of("iran", 2), "target", Map.of("israel", 1)), EventClusters.support(one));
    assertEquals(Set.of("graph:a", "graph:b"), EventClusters.articles(one));
  }
}
