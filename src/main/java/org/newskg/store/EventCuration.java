package org.newskg.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.rdf.Vocab;

/**
 * A curator's decisions about real events, recorded in the resolution graph beside the actors'
 * merges: two real events are one ({@code nkg:EventMerge}), or one article's report is not of the
 * real event the rules linked it to ({@code nkg:EventSplit}). The summary's real events of the
 * block are then recomputed, and every later recomputation keeps to the decision.
 */
final class EventCuration {
  /** Real events: the summary graph's nodes. */
  static final String REAL_EVENT_NS = Iris.BASE + "event/";

  private EventCuration() {}

  /** Whether an IRI names a real event or an article's event (a report). */
  static boolean isEventIri(String iri) {
    return iri.startsWith(REAL_EVENT_NS) || isReport(iri);
  }

  private static boolean isReport(String iri) {
    return iri.startsWith(Iris.ARTICLE_NS) && iri.contains("/event/");
  }

  /**
   * Makes the real events of {@code keep} and {@code other} (each a real event or one of its
   * reports) one; both must be of one type and month, the block within which newskg links.
   *
   * @return the record, and the real event that now holds every report
   */
  static KnowledgeStore.EventMerge merge(DatasetGraph dsg, String keep, String other, String reason, String agent, Instant at) {
    Node kept = realEvent(dsg, keep);
    Node merged = realEvent(dsg, other);
    if (kept.equals(merged)) {
      throw new StoreException("<" + keep + "> and <" + other + "> are already one real event <" + kept.getURI() + ">");
    }
    String keptBlock = EventSummary.blockOf(dsg, kept).orElseThrow();
    String mergedBlock = EventSummary.blockOf(dsg, merged).orElseThrow();
    if (!keptBlock.equals(mergedBlock)) {
      throw new StoreException("cannot merge <" + merged.getURI() + "> (" + describe(mergedBlock) + ") into <" + kept.getURI()
          + "> (" + describe(keptBlock) + "): newskg links reports of one event type within one month only");
    }
    List<Node> reports = new ArrayList<>(EventSummary.reportsOf(dsg, kept));
    reports.addAll(EventSummary.reportsOf(dsg, merged));
    Node g = Iris.RESOLUTION_GRAPH;
    Node record = Iris.of("resolution/event-merge", ActorCuration.recordKey(kept.getURI() + " " + merged.getURI() + " " + at));
    dsg.add(g, record, RDF.Nodes.type, NKG.EventMerge);
    dsg.add(g, record, RDF.Nodes.type, Vocab.Activity);
    reports.forEach(r -> dsg.add(g, record, NKG.sameReport, r));
    dsg.add(g, record, NKG.mergedEvent, merged);
    dsg.add(g, record, NKG.survivingEvent, kept);
    dsg.add(g, record, NKG.reason, NodeFactory.createLiteralString(reason));
    ActorCuration.recordActivity(dsg, record, agent, at);
    EventSummary.update(dsg, Set.of(keptBlock), Set.of());
    return new KnowledgeStore.EventMerge(record.getURI(), EventSummary.realEventOf(dsg, reports.getFirst()).orElseThrow().getURI(),
        reports.size());
  }

  /**
   * Parts one article's event from the real event it was linked to, and from every other report
   * of it, for good: later ingests keep them apart until a merge says otherwise.
   */
  static KnowledgeStore.EventSplit split(DatasetGraph dsg, String report, String agent, Instant at) {
    if (!isReport(report)) {
      throw new StoreException("<" + report + "> is not an article's event: split takes the report to part from its real event "
          + "(an IRI " + Iris.ARTICLE_NS + "ID/event/N; queries/16-most-reported-events.rq lists them)");
    }
    Node node = NodeFactory.createURI(report);
    Node real = EventSummary.realEventOf(dsg, node)
        .orElseThrow(() -> new StoreException("no stored event <" + report + "> linked to a real event"));
    List<Node> others = new ArrayList<>(EventSummary.reportsOf(dsg, real));
    others.remove(node);
    if (others.isEmpty()) {
      throw new StoreException("<" + report + "> is the only report of <" + real.getURI() + ">: nothing to split it from");
    }
    Node g = Iris.RESOLUTION_GRAPH;
    Node record = Iris.of("resolution/event-split", ActorCuration.recordKey(report + " " + at));
    dsg.add(g, record, RDF.Nodes.type, NKG.EventSplit);
    dsg.add(g, record, RDF.Nodes.type, Vocab.Activity);
    dsg.add(g, record, NKG.separatedReport, node);
    others.forEach(o -> dsg.add(g, record, NKG.otherReport, o));
    ActorCuration.recordActivity(dsg, record, agent, at);
    EventSummary.update(dsg, Set.of(EventSummary.blockOf(dsg, real).orElseThrow()), Set.of());
    return new KnowledgeStore.EventSplit(record.getURI(), report, real.getURI(), EventSummary.realEventOf(dsg, node).orElseThrow().getURI(),
        EventSummary.realEventOf(dsg, others.getFirst()).orElseThrow().getURI(), others.size());
  }

  /** The real event an IRI names: itself, or the one its report is linked to. */
  private static Node realEvent(DatasetGraph dsg, String iri) {
    Node node = NodeFactory.createURI(iri);
    if (isReport(iri)) {
      return EventSummary.realEventOf(dsg, node).orElseThrow(() -> new StoreException("no stored event <" + iri + ">"));
    }
    if (!dsg.contains(Iris.SUMMARY_GRAPH, node, RDF.Nodes.type, NKG.RealEvent)) {
      throw new StoreException("no real event <" + iri + "> in the store (real event IRIs follow their earliest report and "
          + "may change after an ingest; an article's event IRI, " + Iris.ARTICLE_NS + "ID/event/N, does not)");
    }
    return node;
  }

  /** "Attack 2025-04" → "an Attack of 2025-04". */
  private static String describe(String block) {
    String[] parts = block.split(" ", 2);
    String article = "AEIOU".indexOf(parts[0].charAt(0)) >= 0 ? "an " : "a ";
    return article + parts[0] + (parts[1].startsWith("undated") ? " without a date" : " of " + parts[1].toLowerCase(Locale.ROOT));
  }
}
