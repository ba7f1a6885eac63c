package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.newskg.StoreAssertions;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;

/**
 * The real events of the summary graph, on article graphs written by hand: which reports become
 * one real event, what the node carries, that an incremental update equals a rebuild, and that
 * curators' merges and splits bind every later linking.
 */
class EventSummaryTest {
  private static final String ACTOR = "https://w3id.org/newskg/actor/";
  private static final String RUSSIA = ACTOR + "country/russia";
  private static final String UKRAINE = ACTOR + "country/ukraine";
  private static final String KYIV = ACTOR + "place/kyiv";
  private static final String LVIV = ACTOR + "place/lviv";

  /** One article event: its class, day (or none), sentence, and role property → actor. */
  private record Ev(Node type, String date, String sentence, Map<Node, String> roles) {}

  private static Ev attack(String date, String sentence, String place) {
    return new Ev(NKG.Attack, date, sentence, place == null ? Map.of(NKG.attacker, RUSSIA)
        : Map.of(NKG.attacker, RUSSIA, NKG.place, place));
  }

  private static void article(DatasetGraph dsg, String id, String written, Ev... events) {
    Node g = Iris.articleGraph(id);
    Node article = Iris.article(id);
    dsg.add(g, article, RDF.Nodes.type, NKG.Article);
    dsg.add(g, article, DCTerms.date.asNode(), NodeFactory.createLiteralDT(written, XSDDatatype.XSDdate));
    for (int i = 0; i < events.length; i++) {
      Ev e = events[i];
      Node event = Iris.ofArticle(id, "event", Integer.toString(i + 1));
      Node evidence = Iris.ofArticle(id, "evidence", Integer.toString(i + 1));
      dsg.add(g, event, RDF.Nodes.type, e.type());
      dsg.add(g, event, NKG.evidence, evidence);
      dsg.add(g, evidence, NKG.sentence, NodeFactory.createLiteralString(e.sentence()));
      if (e.date() != null) {
        dsg.add(g, event, NKG.date, NodeFactory.createLiteralDT(e.date(), XSDDatatype.XSDdate));
      }
      e.roles().forEach((p, actor) -> {
        dsg.add(g, event, p, NodeFactory.createURI(actor));
        dsg.add(g, NodeFactory.createURI(actor), RDFS.label.asNode(), NodeFactory.createLiteralString(actor.substring(actor.lastIndexOf('/') + 1)));
      });
    }
  }

  private static String report(String id, int n) {
    return Iris.ofArticle(id, "event", Integer.toString(n)).getURI();
  }

  /** The real events as sets of their reports' "article#n". */
  private static Set<Set<String>> realEvents(DatasetGraph dsg) {
    Set<Set<String>> out = new java.util.HashSet<>();
    dsg.find(Iris.SUMMARY_GRAPH, Node.ANY, RDF.Nodes.type, NKG.RealEvent).forEachRemaining(q -> out.add(
        EventSummary.reportsOf(dsg, q.getSubject()).stream()
            .map(r -> r.getURI().substring(Iris.ARTICLE_NS.length()).replace("/event/", "#"))
            .collect(Collectors.toCollection(TreeSet::new))));
    return out;
  }

  private static Node one(DatasetGraph dsg, Node s, Node p) {
    return dsg.find(Iris.SUMMARY_GRAPH, s, p, Node.ANY).next().getObject();
  }

  /** Three outlets on one strike on Kyiv (one a day later, "on Monday"), and a strike on Lviv that day. */
  private static DatasetGraph store() {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    article(dsg, "a", "2022-10-10", attack("2022-10-10", "Russia struck Kyiv on October 10.", KYIV),
        attack("2022-10-10", "Russia also hit Lviv.", LVIV));
    article(dsg, "b", "2022-10-11", attack("2022-10-10", "Russian missiles hit Ukraine on Monday.", UKRAINE));
    article(dsg, "c", "2022-10-10", attack("2022-10-10", "Russia launched the attack on Kyiv.", KYIV));
    return dsg;
  }

  @Test
  void reportsOfOneStrikeBecomeOneRealEventThatCountsItsArticlesAndFillers() {
    DatasetGraph dsg = store();
    assertEquals(2, EventSummary.rebuild(dsg));
    assertEquals(Set.of(Set.of("a#1", "b#1", "c#1"), Set.of("a#2")), realEvents(dsg));
    Node real = EventSummary.realEventOf(dsg, NodeFactory.createURI(report("c", 1))).orElseThrow();
    assertEquals("3", one(dsg, real, NKG.articleCount).getLiteralLexicalForm());
    assertEquals("2022-10-10", one(dsg, real, NKG.firstDate).getLiteralLexicalForm());
    assertEquals(NKG.Attack, one(dsg, real, NKG.eventType));
    Node filler = one(dsg, real, NKG.roleFiller);
    assertEquals(RUSSIA, one(dsg, filler, NKG.filler).getURI());
    assertEquals("3", one(dsg, filler, NKG.reportCount).getLiteralLexicalForm());
    Set<String> places = new TreeSet<>();
    dsg.find(Iris.SUMMARY_GRAPH, real, NKG.eventPlace, Node.ANY).forEachRemaining(q -> places.add(q.getObject().getURI()));
    assertEquals(Set.of(KYIV, UKRAINE), places);
    StoreAssertions.graphConforms(dsg, Iris.SUMMARY_GRAPH);
  }

  @Test
  void anUpdateForNewArticlesGivesWhatARebuildGives() {
    DatasetGraph updated = store();
    EventSummary.rebuild(updated);
    article(updated, "d", "2022-10-10", attack(null, "Russia struck Kyiv on October 10, officials said.", KYIV));
    Node g = Iris.articleGraph("d");
    EventSummary.update(updated, EventSummary.blocksOf(updated, g), Set.of(g));
    DatasetGraph rebuilt = store();
    article(rebuilt, "d", "2022-10-10", attack(null, "Russia struck Kyiv on October 10, officials said.", KYIV));
    EventSummary.rebuild(rebuilt);
    assertTrue(realEvents(updated).contains(Set.of("a#1", "b#1", "c#1", "d#1")), realEvents(updated).toString());
    assertTrue(summary(updated).isIsomorphicWith(summary(rebuilt)), "update and rebuild differ");
  }

  private static Graph summary(DatasetGraph dsg) {
    Graph g = GraphFactory.createDefaultGraph();
    dsg.getGraph(Iris.SUMMARY_GRAPH).find().forEachRemaining(g::add);
    return g;
  }

  @Test
  void aCuratorsMergeAndSplitBindEveryLaterLinking() {
    DatasetGraph dsg = store();
    EventSummary.rebuild(dsg);
    KnowledgeStore.EventMerge merge = EventCuration.merge(dsg, report("a", 1), report("a", 2), "one wave of strikes", "ana",
        Instant.parse("2026-01-01T10:00:00Z"));
    assertEquals(Set.of(Set.of("a#1", "a#2", "b#1", "c#1")), realEvents(dsg));
    assertEquals(4, merge.reports());
    EventSummary.rebuild(dsg);
    assertEquals(Set.of(Set.of("a#1", "a#2", "b#1", "c#1")), realEvents(dsg), "a rebuild keeps the merge");

    KnowledgeStore.EventSplit split = EventCuration.split(dsg, report("b", 1), "ana", Instant.parse("2026-01-02T10:00:00Z"));
    assertEquals(Set.of(Set.of("a#1", "a#2", "c#1"), Set.of("b#1")), realEvents(dsg));
    assertEquals(3, split.otherReports());
    EventSummary.rebuild(dsg);
    assertEquals(Set.of(Set.of("a#1", "a#2", "c#1"), Set.of("b#1")), realEvents(dsg), "a rebuild keeps the split");
    assertTrue(dsg.contains(Iris.RESOLUTION_GRAPH, NodeFactory.createURI(merge.record()), NKG.reason,
        NodeFactory.createLiteralString("one wave of strikes")));
    StoreAssertions.graphConforms(dsg, Iris.SUMMARY_GRAPH);
    StoreAssertions.graphConforms(dsg, Iris.RESOLUTION_GRAPH);
  }

  @Test
  void curatorsCannotMergeAcrossTypesOrMonthsNorSplitALoneReport() {
    DatasetGraph dsg = store();
    article(dsg, "e", "2022-11-02", attack("2022-11-02", "Russia struck Kyiv again.", KYIV));
    EventSummary.rebuild(dsg);
    StoreException months = assertThrows(StoreException.class,
        () -> EventCuration.merge(dsg, report("a", 1), report("e", 1), "x", "ana", Instant.now()));
    assertTrue(months.getMessage().contains("2022-10") && months.getMessage().contains("2022-11"), months.getMessage());
    assertThrows(StoreException.class, () -> EventCuration.split(dsg, report("e", 1), "ana", Instant.now()));
    assertThrows(StoreException.class, () -> EventCuration.merge(dsg, report("a", 1), report("c", 1), "x", "ana", Instant.now()));
    assertThrows(StoreException.class,
        () -> EventCuration.merge(dsg, Iris.BASE + "event/nothing", report("c", 1), "x", "ana", Instant.now()));
  }

  @Test
  void aReportWithoutADayIsDatedByTheCalendarDayItsSentenceNames() {
    assertEquals(LocalDate.parse("2025-04-12"), EventSummary.calendarDay("On April 12 in the capital, the two met.", LocalDate.parse("2025-04-20")));
    assertEquals(LocalDate.parse("2024-12-30"), EventSummary.calendarDay("The talks of 30 December failed.", LocalDate.parse("2025-01-05")),
        "a day after the day of writing is last year's");
    assertNull(EventSummary.calendarDay("Between March 3 and March 9 they met twice.", LocalDate.parse("2025-04-20")));
    assertNull(EventSummary.calendarDay("They met last week.", LocalDate.parse("2025-04-20")));
  }

  @Test
  void aReportWithoutADayIsDatedByTheWeekdayItsSentenceNames() {
    LocalDate saturday = LocalDate.parse("2024-12-21");
    assertEquals(LocalDate.parse("2024-12-19"), EventSummary.weekday("Before dawn on Thursday, a missile hit a school.", saturday));
    assertEquals(saturday, EventSummary.weekday("On Saturday the rockets fell.", saturday), "the day of writing itself");
    assertNull(EventSummary.weekday("Strikes on Monday and Wednesday hit the port.", saturday));
    assertNull(EventSummary.weekday("A missile hit a school.", saturday));
  }

  @Test
  void aReportToldAgainstTheDayOfWritingCountsBackFromIt() {
    LocalDate written = LocalDate.parse("2025-04-02");
    assertEquals(LocalDate.parse("2025-04-01"), EventSummary.daysBack("a day after a strike killed four", written));
    assertEquals(LocalDate.parse("2025-03-26"), EventSummary.daysBack("nine days after the missile hit the town", LocalDate.parse("2025-04-04")));
    assertEquals(LocalDate.parse("2025-03-19"), EventSummary.daysBack("two weeks ago", written));
    assertNull(EventSummary.daysBack("four months ago", written), "too far back to date by the day");
    assertNull(EventSummary.daysBack("the talks resumed", written));
  }

  @Test
  void twoRoundsOfTalksBetweenTheSamePartiesAWeekApartStayTwoEvents() {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    Map<Node, String> parties = Map.of(NKG.participant, RUSSIA, NKG.mediator, ACTOR + "country/turkey");
    article(dsg, "r1", "2022-03-10", new Ev(NKG.Negotiation, "2022-03-10", "They met in Geneva on March 10.", parties));
    article(dsg, "r2", "2022-03-29", new Ev(NKG.Negotiation, "2022-03-29", "They met in Vienna on March 29.", parties));
    article(dsg, "r3", "2022-03-30", new Ev(NKG.Negotiation, null, "Tuesday's talks in Vienna, on March 29, ended.", parties));
    EventSummary.rebuild(dsg);
    assertEquals(Set.of(Set.of("r1#1"), Set.of("r2#1", "r3#1")), realEvents(dsg));
  }
}
