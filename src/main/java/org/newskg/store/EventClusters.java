package org.newskg.store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * Which reported events are one real event: cross-document event coreference by rule. Two reports
 * are the same event when their types match, their dates are the same day (or a day apart when one
 * date is relative: "on Sunday", or the article's own date), their places are equal or one lies
 * inside the other, and their core roles do not conflict (both named, and no filler in common:
 * the victims of a Killing, the attackers or the targets of an Attack, the parties of a
 * Negotiation, the agents or targets of a Threat). A cluster holds only reports compatible with
 * every other one (complete link), so an undated or vague report cannot chain two rounds of talks
 * together. Deterministic: the result depends on the reports, never on the order they came in.
 */
final class EventClusters {
  /** The roles whose fillers must share someone when both reports name them. */
  private static final Map<String, List<String>> CORE = Map.of(
      "Killing", List.of("victim"),
      "Attack", List.of("attacker", "target"),
      "Negotiation", List.of("participant"),
      "Threat", List.of("agent", "target"));

  /**
   * One article's event as the store holds it.
   *
   * @param iri the article event's IRI
   * @param article the article graph's IRI
   * @param type the event class's local name ("Attack")
   * @param date the event's day, or its article's when it has none; null when neither is known
   * @param relative whether the day is only approximate (a weekday, "yesterday", the article's date)
   * @param roles every role's fillers (place included), role local name → actor IRIs
   */
  record Report(String iri, String article, String type, LocalDate date, boolean relative, Map<String, Set<String>> roles) {
    Set<String> fillers(String role) {
      return roles.getOrDefault(role, Set.of());
    }

    /** The place fillers' IRIs. */
    Set<String> places() {
      return fillers("place");
    }

    /** The blocking key: type and month. Reports of different blocks are never compared. */
    String block() {
      return type + " " + (date == null ? "undated " + iri : date.toString().substring(0, 7));
    }
  }

  /** Curators' decisions: pairs of reports that are one event, and pairs that are not. */
  record Decisions(Set<Set<String>> same, Set<Set<String>> different) {
    static final Decisions NONE = new Decisions(Set.of(), Set.of());
  }

  private final BiPredicate<String, String> inside;

  /** @param inside whether the first place lies within the second (a capital in its country) */
  EventClusters(BiPredicate<String, String> inside) {
    this.inside = inside;
  }

  /** The reports of one block grouped into real events, each group in report order, groups by their first report. */
  List<List<Report>> cluster(List<Report> reports, Decisions decisions) {
    List<Report> ordered = new ArrayList<>(reports);
    ordered.sort(ORDER);
    Map<String, Set<String>> different = partners(decisions.different());
    Map<String, Set<String>> same = partners(decisions.same());
    // Reports a curator made one event start as one group, whatever the rules say.
    Map<String, Cluster> seedOf = new HashMap<>();
    List<Cluster> seeds = new ArrayList<>();
    for (Report r : ordered) {
      Cluster seed = same.getOrDefault(r.iri(), Set.of()).stream().map(seedOf::get).filter(Objects::nonNull)
          .findFirst().orElse(null);
      if (seed == null) {
        seed = new Cluster();
        seeds.add(seed);
      }
      seed.add(r);
      seedOf.put(r.iri(), seed);
    }
    List<Cluster> clusters = new ArrayList<>();
    for (Cluster seed : seeds) {
      Cluster home = clusters.stream().filter(c -> fits(seed, c, same, different)).findFirst().orElse(null);
      if (home == null) {
        clusters.add(seed);
      } else {
        seed.members.forEach(home::add);
      }
    }
    return clusters.stream().map(c -> {
      List<Report> members = new ArrayList<>(c.members);
      members.sort(ORDER);
      return members;
    }).toList();
  }

  private static final Comparator<Report> ORDER = Comparator
      .comparing((Report r) -> r.date() == null ? LocalDate.MAX : r.date())
      .thenComparing(Report::article)
      .thenComparing(Report::iri);

  /** What compatibility reads of a report: reports alike in these are compared once. */
  private record Signature(String type, LocalDate date, boolean relative, Set<String> places, Map<String, Set<String>> core) {
    static Signature of(Report r) {
      Map<String, Set<String>> core = new HashMap<>();
      CORE.getOrDefault(r.type(), List.of()).forEach(role -> core.put(role, r.fillers(role)));
      return new Signature(r.type(), r.date(), r.relative(), r.places(), core);
    }
  }

  /** A growing real event: its reports, and their distinct signatures. */
  private static final class Cluster {
    final List<Report> members = new ArrayList<>();
    final Set<String> iris = new HashSet<>();
    final Map<Signature, Report> distinct = new LinkedHashMap<>();

    void add(Report r) {
      members.add(r);
      iris.add(r.iri());
      distinct.putIfAbsent(Signature.of(r), r);
    }
  }

  private static Map<String, Set<String>> partners(Set<Set<String>> pairs) {
    Map<String, Set<String>> out = new HashMap<>();
    for (Set<String> pair : pairs) {
      List<String> two = List.copyOf(pair);
      if (two.size() == 2) {
        out.computeIfAbsent(two.get(0), k -> new HashSet<>()).add(two.get(1));
        out.computeIfAbsent(two.get(1), k -> new HashSet<>()).add(two.get(0));
      }
    }
    return out;
  }

  /** A curator's "different" always separates; otherwise every report must fit every kind of report already there. */
  private boolean fits(Cluster seed, Cluster cluster, Map<String, Set<String>> same, Map<String, Set<String>> different) {
    for (Report a : seed.members) {
      if (different.getOrDefault(a.iri(), Set.of()).stream().anyMatch(cluster.iris::contains)) {
        return false;
      }
    }
    boolean curatedSame = seed.members.stream().anyMatch(a -> same.getOrDefault(a.iri(), Set.of()).stream().anyMatch(cluster.iris::contains));
    if (curatedSame) {
      return true;
    }
    for (Report a : seed.distinct.values()) {
      for (Report b : cluster.distinct.values()) {
        if (!compatible(a, b)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether two reports can be of one real event. */
  boolean compatible(Report a, Report b) {
    if (!a.type().equals(b.type()) || a.date() == null || b.date() == null) {
      return false;
    }
    long days = Math.abs(ChronoUnit.DAYS.between(a.date(), b.date()));
    if (days > 1 || days == 1 && !a.relative() && !b.relative()) {
      return false;
    }
    if (!a.places().isEmpty() && !b.places().isEmpty() && !placesMeet(a.places(), b.places())) {
      return false;
    }
    for (String role : CORE.getOrDefault(a.type(), List.of())) {
      Set<String> x = a.fillers(role);
      Set<String> y = b.fillers(role);
      if (!x.isEmpty() && !y.isEmpty() && x.stream().noneMatch(y::contains)) {
        return false;
      }
    }
    return true;
  }

  private boolean placesMeet(Set<String> a, Set<String> b) {
    for (String p : a) {
      for (String q : b) {
        if (p.equals(q) || inside.test(p, q) || inside.test(q, p)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Every filler of a cluster with the number of its reports that name it, in first-seen order. */
  static Map<String, Map<String, Integer>> support(List<Report> cluster) {
    Map<String, Map<String, Integer>> out = new TreeMap<>();
    for (Report r : cluster) {
      r.roles().forEach((role, fillers) -> fillers.forEach(f ->
          out.computeIfAbsent(role, k -> new LinkedHashMap<>()).merge(f, 1, Integer::sum)));
    }
    return out;
  }

  /** The distinct articles of a cluster. */
  static Set<String> articles(List<Report> cluster) {
    Set<String> out = new LinkedHashSet<>();
    cluster.forEach(r -> out.add(r.article()));
    return out;
  }
}
