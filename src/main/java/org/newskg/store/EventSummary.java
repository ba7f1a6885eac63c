package org.newskg.store;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.newskg.lexicon.DataFiles;
import org.newskg.lexicon.Gazetteer;
import org.newskg.model.ActorIris;
import org.newskg.model.ActorType;
import org.newskg.model.Article;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.rdf.RdfTypes;
import org.newskg.rdf.Vocab;
import org.newskg.store.EventClusters.Decisions;
import org.newskg.store.EventClusters.Report;

/**
 * The real events of the summary graph: one {@code nkg:RealEvent} per event the articles report,
 * whatever the number of reports, with its type, dates, places, every role filler with the number
 * of reports naming it, and its number of articles; each article's event points to it with
 * {@code nkg:reportOf}. Derived data, like the rest of the summary: recomputed per block (event type
 * and month) for the articles an ingest wrote, or whole; curators' merges and splits of events,
 * kept in the resolution graph, bind every recomputation.
 */
final class EventSummary {
  private static final Map<Node, String> TYPES = RdfTypes.EVENT_CLASSES;
  private static final Map<Node, String> ROLES = RdfTypes.ROLE_PROPERTIES;

  private static final String WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
  private static final String MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december";
  /** A weekday or a word that dates by the day of writing: the date SUTime gave is only approximate. */
  private static final Pattern RELATIVE = Pattern.compile(
      "(?i)\\b(" + WEEKDAYS + "|yesterday|today|tonight|last night|overnight)\\b");
  /** A time told against another: "a week after", "nine days before", "four months ago", "last September". */
  private static final Pattern DISPLACED = Pattern.compile(
      "(?i)\\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|\\d+)\\s+(days?|weeks?|months?|years?)\\s+"
      + "(after|before|earlier|later|ago)\\b|\\b(the\\s+)?(day|week|month|year)\\s+(after|before)\\b|\\blast\\s+(week|month|year|"
      + MONTH_NAMES + "|spring|summer|autumn|fall|winter)\\b");
  private static final Pattern EXPLICIT = Pattern.compile(
      "(?i)\\b(" + MONTH_NAMES + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+(" + MONTH_NAMES + ")\\b");
  private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(" + WEEKDAYS + ")\\b");

  private static final EventClusters CLUSTERS = new EventClusters(containment());

  private EventSummary() {}

  /** The blocks (type and month) of the events of one article graph. */
  static Set<String> blocksOf(DatasetGraph dsg, Node graph) {
    Set<String> blocks = new LinkedHashSet<>();
    for (Node type : TYPES.keySet()) {
      dsg.find(graph, Node.ANY, RDF.Nodes.type, type).forEachRemaining(q -> blocks.add(report(dsg, graph, q.getSubject(), type).block()));
    }
    return blocks;
  }

  /** Recomputes every real event; returns how many there are. */
  static int rebuild(DatasetGraph dsg) {
    List<Node> old = new ArrayList<>();
    dsg.find(Iris.SUMMARY_GRAPH, Node.ANY, RDF.Nodes.type, NKG.RealEvent).forEachRemaining(q -> old.add(q.getSubject()));
    Map<String, List<Report>> byBlock = new TreeMap<>();
    for (Node type : TYPES.keySet()) {
      List<Quad> events = new ArrayList<>();
      dsg.find(Node.ANY, Node.ANY, RDF.Nodes.type, type).forEachRemaining(events::add);
      for (Quad q : events) {
        if (Iris.isArticleGraph(q.getGraph())) {
          Report r = report(dsg, q.getGraph(), q.getSubject(), type);
          byBlock.computeIfAbsent(r.block(), k -> new ArrayList<>()).add(r);
        }
      }
    }
    return replace(dsg, old, byBlock.values(), decisions(dsg));
  }

  /**
   * Recomputes the real events of some blocks: their reports are the ones already linked there that
   * still exist, and the events of the given (newly written) article graphs in those blocks.
   */
  static void update(DatasetGraph dsg, Set<String> blocks, Set<Node> graphs) {
    Map<String, Map<String, Report>> byBlock = new TreeMap<>();
    List<Node> old = new ArrayList<>();
    for (String block : blocks) {
      Map<String, Report> reports = byBlock.computeIfAbsent(block, k -> new LinkedHashMap<>());
      for (Node real : realEventsOf(dsg, block)) {
        old.add(real);
        List<Quad> members = new ArrayList<>();
        dsg.find(Iris.SUMMARY_GRAPH, Node.ANY, NKG.reportOf, real).forEachRemaining(members::add);
        for (Quad m : members) {
          reportAt(dsg, m.getSubject()).ifPresent(r -> reports.put(r.iri(), r));
        }
      }
    }
    for (Node graph : graphs) {
      for (Node type : TYPES.keySet()) {
        dsg.find(graph, Node.ANY, RDF.Nodes.type, type).forEachRemaining(q -> {
          Report r = report(dsg, graph, q.getSubject(), type);
          Map<String, Report> block = byBlock.get(r.block());
          if (block != null) {
            block.put(r.iri(), r);
          }
        });
      }
    }
    replace(dsg, old, byBlock.values().stream().map(reports -> List.copyOf(reports.values())).toList(), decisions(dsg));
  }

  /** The article event, read back from wherever its article graph is, if it is still stored. */
  static Optional<Report> reportAt(DatasetGraph dsg, Node event) {
    if (!event.isURI() || !event.getURI().startsWith(Iris.ARTICLE_NS)) {
      return Optional.empty();
    }
    var it = dsg.find(Node.ANY, event, RDF.Nodes.type, Node.ANY);
    while (it.hasNext()) {
      Quad q = it.next();
      if (TYPES.containsKey(q.getObject()) && Iris.isArticleGraph(q.getGraph())) {
        return Optional.of(report(dsg, q.getGraph(), event, q.getObject()));
      }
    }
    return Optional.empty();
  }

  /** The real event an article event is a report of, if linked. */
  static Optional<Node> realEventOf(DatasetGraph dsg, Node report) {
    var it = dsg.find(Iris.SUMMARY_GRAPH, report, NKG.reportOf, Node.ANY);
    return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
  }

  /** The reports of a real event, by IRI. */
  static List<Node> reportsOf(DatasetGraph dsg, Node real) {
    List<Node> out = new ArrayList<>();
    dsg.find(Iris.SUMMARY_GRAPH, Node.ANY, NKG.reportOf, real).forEachRemaining(q -> out.add(q.getSubject()));
    out.sort(Comparator.comparing(Node::getURI));
    return out;
  }

  static Optional<String> blockOf(DatasetGraph dsg, Node real) {
    var it = dsg.find(Iris.SUMMARY_GRAPH, real, NKG.block, Node.ANY);
    return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
  }

  private static Report report(DatasetGraph dsg, Node graph, Node event, Node type) {
    Map<String, Set<String>> roles = new TreeMap<>();
    dsg.find(graph, event, Node.ANY, Node.ANY).forEachRemaining(q -> {
      String role = ROLES.get(q.getPredicate());
      if (role != null && q.getObject().isURI()) {
        roles.computeIfAbsent(role, k -> new TreeSet<>()).add(q.getObject().getURI());
      }
    });
    String sentence = sentence(dsg, graph, event);
    LocalDate date = date(one(dsg, graph, event, NKG.date));
    boolean relative;
    if (date == null) {
      LocalDate written = date(one(dsg, graph, Iris.articleOfGraph(graph), DCTerms.date.asNode()));
      if (DISPLACED.matcher(sentence).find()) {
        // Told against the day of writing: "a day after an Israeli strike killed four", "nine
        // days after a missile hit X" count back from it; "last month" and the like leave the
        // day unknown, and such a report links to nothing.
        date = daysBack(sentence, written);
        relative = true;
      } else {
        date = calendarDay(sentence, written);
        relative = date == null;
        if (date == null) {
          date = weekday(sentence, written);
        }
        if (date == null) {
          date = written; // the day of writing: reports of the day before are as likely
        }
      }
    } else {
      relative = RELATIVE.matcher(sentence).find() && !EXPLICIT.matcher(sentence).find();
    }
    return new Report(event.getURI(), graph.getURI(), TYPES.get(type), date, relative, roles);
  }

  private static String sentence(DatasetGraph dsg, Node graph, Node event) {
    Node evidence = one(dsg, graph, event, NKG.evidence);
    Node sentence = evidence == null ? null : one(dsg, graph, evidence, NKG.sentence);
    return sentence == null ? "" : sentence.getLiteralLexicalForm();
  }

  /**
   * The one calendar day a sentence names ("On April 12 in Muscat, ..."), in the year of writing
   * (the year before when that day would come after it); null when it names none or several.
   */
  static LocalDate calendarDay(String sentence, LocalDate written) {
    if (written == null) {
      return null;
    }
    Matcher m = EXPLICIT.matcher(sentence);
    LocalDate found = null;
    while (m.find()) {
      String[] words = m.group().replace(".", "").split("\\s+");
      String month = words[0].matches("\\d+") ? words[1] : words[0];
      String day = words[0].matches("\\d+") ? words[0] : words[1];
      Integer number = MONTHS.get(month.toLowerCase(Locale.ROOT).substring(0, 3));
      if (number == null) {
        return null;
      }
      LocalDate date;
      try {
        date = LocalDate.of(written.getYear(), number, Integer.parseInt(day));
      } catch (DateTimeException e) {
        return null;
      }
      if (date.isAfter(written)) {
        date = date.minusYears(1);
      }
      if (found != null && !found.equals(date)) {
        return null;
      }
      found = date;
    }
    return found;
  }

  /**
   * The last day on or before the day of writing that is the one weekday the sentence names
   * ("Before dawn on Thursday, a missile ..."), as SUTime would have dated it; null when it names
   * none or several.
   */
  static LocalDate weekday(String sentence, LocalDate written) {
    Matcher m = WEEKDAY.matcher(sentence);
    if (written == null || !m.find()) {
      return null;
    }
    DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
    while (m.find()) {
      if (DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)) != day) {
        return null;
      }
    }
    return written.with(TemporalAdjusters.previousOrSame(day));
  }

  /** The day "N days/weeks after ..." or "N days ago" points back to from the day of writing; null for anything else. */
  static LocalDate daysBack(String sentence, LocalDate written) {
    Matcher m = BACK.matcher(sentence);
    if (written == null || !m.find()) {
      return null;
    }
    String n = m.group(1).toLowerCase(Locale.ROOT);
    int count = n.matches("\\d+") ? Integer.parseInt(n) : n.startsWith("a") ? 1 : NUMBERS.indexOf(n) + 1;
    int days = m.group(2).toLowerCase(Locale.ROOT).startsWith("week") ? 7 * count : count;
    return days > 0 && days <= 60 ? written.minusDays(days) : null;
  }

  private static final List<String> NUMBERS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
  private static final Pattern BACK = Pattern.compile(
      "(?i)\\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(days?|weeks?)\\s+(?:after|ago)\\b");

  private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3),
      Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
      Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  /**
   * Replaces the real events {@code old} by those the blocks' reports make now, writing only the
   * quads that differ: a report joining an event of a thousand reports changes a few counts, and
   * TDB2 pays for every quad written. Returns the number of real events.
   */
  private static int replace(DatasetGraph dsg, List<Node> old, Collection<List<Report>> blocks, Decisions decisions) {
    Set<Quad> before = new HashSet<>();
    old.forEach(real -> quadsOf(dsg, real, before::add));
    Set<Quad> after = new LinkedHashSet<>();
    Set<String> actors = new TreeSet<>();
    int n = 0;
    for (List<Report> block : blocks) {
      for (List<Report> cluster : CLUSTERS.cluster(block, decisions)) {
        quads(cluster, after::add);
        cluster.forEach(r -> r.roles().values().forEach(actors::addAll));
        n++;
      }
    }
    before.stream().filter(q -> !after.contains(q)).toList().forEach(dsg::delete);
    after.stream().filter(q -> !before.contains(q)).forEach(dsg::add);
    // Class and label of every actor, so that the summary reads on its own.
    actors.forEach(actor -> SummaryView.describe(dsg, NodeFactory.createURI(actor)));
    return n;
  }

  /** The quads of one real event: its node, its role filler nodes, and its reports' nkg:reportOf. */
  private static void quads(List<Report> cluster, Consumer<Quad> out) {
    Node g = Iris.SUMMARY_GRAPH;
    Report first = cluster.getFirst();
    String key = Article.contentHash(first.iri()).substring(0, 24);
    Node real = Iris.of("event", key);
    out.accept(Quad.create(g, real, RDF.Nodes.type, NKG.RealEvent));
    out.accept(Quad.create(g, real, NKG.eventType, NodeFactory.createURI(NKG.NS + first.type())));
    out.accept(Quad.create(g, real, NKG.block, NodeFactory.createLiteralString(first.block())));
    cluster.stream().map(Report::date).filter(Objects::nonNull).min(Comparator.naturalOrder())
        .ifPresent(d -> out.accept(Quad.create(g, real, NKG.firstDate, date(d))));
    cluster.stream().map(Report::date).filter(Objects::nonNull).max(Comparator.naturalOrder())
        .ifPresent(d -> out.accept(Quad.create(g, real, NKG.lastDate, date(d))));
    cluster.forEach(r -> r.places().forEach(p -> out.accept(Quad.create(g, real, NKG.eventPlace, NodeFactory.createURI(p)))));
    out.accept(Quad.create(g, real, NKG.articleCount, integer(EventClusters.articles(cluster).size())));
    out.accept(Quad.create(g, real, NKG.reportCount, integer(cluster.size())));
    EventClusters.support(cluster).forEach((role, fillers) -> fillers.forEach((actor, reports) -> {
      Node filler = Iris.of("event", key + "/" + role + "/" + ActorIris.slug(actor.substring(ActorIris.NS.length())));
      out.accept(Quad.create(g, real, NKG.roleFiller, filler));
      out.accept(Quad.create(g, filler, NKG.inRole, NodeFactory.createURI(NKG.NS + role)));
      out.accept(Quad.create(g, filler, NKG.filler, NodeFactory.createURI(actor)));
      out.accept(Quad.create(g, filler, NKG.reportCount, integer(reports)));
    }));
    cluster.forEach(r -> out.accept(Quad.create(g, NodeFactory.createURI(r.iri()), NKG.reportOf, real)));
  }

  private static List<Node> realEventsOf(DatasetGraph dsg, String block) {
    List<Node> out = new ArrayList<>();
    dsg.find(Iris.SUMMARY_GRAPH, Node.ANY, NKG.block, NodeFactory.createLiteralString(block)).forEachRemaining(q -> out.add(q.getSubject()));
    return out;
  }

  /** The stored quads of a real event, as {@link #quads} writes them. */
  private static void quadsOf(DatasetGraph dsg, Node real, Consumer<Quad> out) {
    Node g = Iris.SUMMARY_GRAPH;
    List<Node> fillers = new ArrayList<>();
    dsg.find(g, real, Node.ANY, Node.ANY).forEachRemaining(q -> {
      out.accept(q);
      if (q.getPredicate().equals(NKG.roleFiller)) {
        fillers.add(q.getObject());
      }
    });
    fillers.forEach(f -> dsg.find(g, f, Node.ANY, Node.ANY).forEachRemaining(out));
    dsg.find(g, Node.ANY, NKG.reportOf, real).forEachRemaining(out);
  }

  /**
   * Curators' decisions, oldest first, a later one overriding an earlier one about the same pair:
   * {@code nkg:EventMerge} records make their two reports one event, {@code nkg:EventSplit} records
   * part their report from every other one.
   */
  static Decisions decisions(DatasetGraph dsg) {
    Node g = Iris.RESOLUTION_GRAPH;
    record Decision(String when, Set<Set<String>> pairs, boolean same) {}
    List<Decision> all = new ArrayList<>();
    for (Node kind : List.of(NKG.EventMerge, NKG.EventSplit)) {
      dsg.find(g, Node.ANY, RDF.Nodes.type, kind).forEachRemaining(q -> {
        Node record = q.getSubject();
        Node ended = one(dsg, g, record, Vocab.endedAtTime);
        String when = ended == null ? "" : ended.getLiteralLexicalForm();
        Set<Set<String>> pairs = new LinkedHashSet<>();
        if (kind.equals(NKG.EventMerge)) {
          List<String> same = new ArrayList<>();
          dsg.find(g, record, NKG.sameReport, Node.ANY).forEachRemaining(s -> same.add(s.getObject().getURI()));
          for (int i = 1; i < same.size(); i++) {
            pairs.add(Set.of(same.getFirst(), same.get(i)));
          }
        } else {
          Node separated = one(dsg, g, record, NKG.separatedReport);
          dsg.find(g, record, NKG.otherReport, Node.ANY).forEachRemaining(o -> {
            if (separated != null && !separated.equals(o.getObject())) {
              pairs.add(Set.of(separated.getURI(), o.getObject().getURI()));
            }
          });
        }
        all.add(new Decision(when, pairs, kind.equals(NKG.EventMerge)));
      });
    }
    all.sort(Comparator.comparing(Decision::when));
    Set<Set<String>> same = new LinkedHashSet<>();
    Set<Set<String>> different = new LinkedHashSet<>();
    for (Decision d : all) {
      (d.same() ? same : different).addAll(d.pairs());
      (d.same() ? different : same).removeAll(d.pairs());
    }
    return new Decisions(Set.copyOf(same), Set.copyOf(different));
  }

  /**
   * Which place may lie within which: a capital in its own country only, by the gazetteer; any
   * other town in any country, since newskg knows the country of no town but a capital; and a
   * site named by its building or site word ("... Palace", "... air base", the facility words of
   * extract/place-heads.tsv) within any town or country, since newskg knows no site's town. Two
   * towns, or two countries, never.
   */
  private static BiPredicate<String, String> containment() {
    Gazetteer gazetteer = Gazetteer.load();
    Map<String, String> countryOf = new HashMap<>();
    for (String capital : Gazetteer.capitals()) {
      gazetteer.byCapital(capital).ifPresent(country ->
          countryOf.put(ActorIris.of(ActorType.PLACE, capital), ActorIris.of(ActorType.COUNTRY, country.name())));
    }
    Map<String, String> frozen = Map.copyOf(countryOf);
    List<String> siteEndings = DataFiles.rows("/org/newskg/extract/place-heads.tsv").stream()
        .filter(row -> row.getFirst().equals("facility"))
        .flatMap(row -> DataFiles.split(row, 1).stream())
        .map(word -> "-" + ActorIris.slug(word))
        .toList();
    String places = ActorIris.NS + "place/";
    Predicate<String> isSite = iri -> iri.startsWith(places) && siteEndings.stream().anyMatch(iri::endsWith);
    String countries = ActorIris.NS + "country/";
    return (inner, outer) -> outer.equals(frozen.get(inner))
        || inner.startsWith(places) && outer.startsWith(countries) && !frozen.containsKey(inner)
        || isSite.test(inner) && !isSite.test(outer) && (outer.startsWith(places) || outer.startsWith(countries));
  }

  private static Node one(DatasetGraph dsg, Node g, Node s, Node p) {
    var it = dsg.find(g, s, p, Node.ANY);
    return it.hasNext() ? it.next().getObject() : null;
  }

  private static LocalDate date(Node literal) {
    if (literal == null || !literal.isLiteral()) {
      return null;
    }
    try {
      return LocalDate.parse(literal.getLiteralLexicalForm());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Node date(LocalDate d) {
    return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
  }

  private static Node integer(long n) {
    return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
  }
}
