package org.newskg.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.model.Article;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.rdf.Vocab;

/**
 * The summary graph: every fact that article graphs state through an {@code rdf:Statement} (titles,
 * affiliations, direct relations), once, with the number of articles supporting it and every
 * article and evidence. Derived data: rebuilt whole, or updated for the facts an ingest touched,
 * in the caller's write transaction. Its nodes
 * are {@code nkg:AggregateStatement}s, not {@code rdf:Statement}s, so that counting an article's
 * statements never counts them.
 */
final class SummaryView {
  private SummaryView() {}

  /** Rebuilds the summary graph; returns the number of distinct facts in it. */
  static int rebuild(DatasetGraph dsg) {
    Map<Triple, Set<Node>> articles = new LinkedHashMap<>();
    Map<Triple, Set<Node>> evidence = new LinkedHashMap<>();
    List<Quad> statements = new ArrayList<>();
    dsg.find(Node.ANY, Node.ANY, RDF.Nodes.type, RDF.Nodes.Statement).forEachRemaining(statements::add);
    for (Quad q : statements) {
      collect(dsg, q.getGraph(), q.getSubject(), articles, evidence);
    }
    dsg.removeGraph(Iris.SUMMARY_GRAPH);
    write(dsg, articles, evidence);
    return articles.size();
  }

  /**
   * Brings the summary up to date for some facts only (those of the article graphs an ingest
   * wrote or replaced): the cost follows the batch, not the store.
   */
  static void update(DatasetGraph dsg, Set<Triple> facts) {
    Map<Triple, Set<Node>> articles = new LinkedHashMap<>();
    Map<Triple, Set<Node>> evidence = new LinkedHashMap<>();
    for (Triple fact : facts) {
      Node node = nodeOf(fact);
      dsg.deleteAny(Iris.SUMMARY_GRAPH, node, Node.ANY, Node.ANY);
      dsg.delete(Iris.SUMMARY_GRAPH, fact.getSubject(), fact.getPredicate(), fact.getObject());
      // The fact's statements in every article graph, found through its subject.
      List<Quad> candidates = new ArrayList<>();
      dsg.find(Node.ANY, Node.ANY, RDF.Nodes.subject, fact.getSubject()).forEachRemaining(candidates::add);
      for (Quad q : candidates) {
        collect(dsg, q.getGraph(), q.getSubject(), articles, evidence);
      }
    }
    articles.keySet().retainAll(facts);
    write(dsg, articles, evidence);
  }

  /** The facts an article graph states through rdf:Statement nodes. */
  static Set<Triple> factsOf(DatasetGraph dsg, Node graph) {
    Set<Triple> facts = new LinkedHashSet<>();
    dsg.find(graph, Node.ANY, RDF.Nodes.type, RDF.Nodes.Statement).forEachRemaining(q -> {
      Triple fact = factOf(dsg, graph, q.getSubject());
      if (fact != null) {
        facts.add(fact);
      }
    });
    return facts;
  }

  private static Triple factOf(DatasetGraph dsg, Node g, Node statement) {
    Node s = one(dsg, g, statement, RDF.Nodes.subject);
    Node p = one(dsg, g, statement, RDF.Nodes.predicate);
    Node o = one(dsg, g, statement, RDF.Nodes.object);
    return s == null || p == null || o == null ? null : Triple.create(s, p, o);
  }

  private static void collect(DatasetGraph dsg, Node g, Node st, Map<Triple, Set<Node>> articles, Map<Triple, Set<Node>> evidence) {
    if (!Iris.isArticleGraph(g)) {
      return;
    }
    Triple fact = factOf(dsg, g, st);
    if (fact == null) {
      return;
    }
    dsg.find(g, st, Vocab.wasDerivedFrom, Node.ANY).forEachRemaining(a -> articles.computeIfAbsent(fact, k -> new LinkedHashSet<>()).add(a.getObject()));
    dsg.find(g, st, NKG.evidence, Node.ANY).forEachRemaining(e -> evidence.computeIfAbsent(fact, k -> new LinkedHashSet<>()).add(e.getObject()));
  }

  private static void write(DatasetGraph dsg, Map<Triple, Set<Node>> articles, Map<Triple, Set<Node>> evidence) {
    Node graph = Iris.SUMMARY_GRAPH;
    Set<Node> actors = new LinkedHashSet<>();
    articles.forEach((fact, supporting) -> {
      dsg.add(graph, fact.getSubject(), fact.getPredicate(), fact.getObject());
      actors.add(fact.getSubject());
      if (fact.getObject().isURI()) {
        actors.add(fact.getObject());
      }
      Node node = nodeOf(fact);
      dsg.add(graph, node, RDF.Nodes.type, NKG.AggregateStatement);
      dsg.add(graph, node, RDF.Nodes.subject, fact.getSubject());
      dsg.add(graph, node, RDF.Nodes.predicate, fact.getPredicate());
      dsg.add(graph, node, RDF.Nodes.object, fact.getObject());
      dsg.add(graph, node, NKG.supportCount, NodeFactory.createLiteralDT(Integer.toString(supporting.size()), XSDDatatype.XSDinteger));
      supporting.forEach(a -> dsg.add(graph, node, Vocab.wasDerivedFrom, a));
      evidence.getOrDefault(fact, Set.of()).forEach(e -> dsg.add(graph, node, NKG.evidence, e));
    });
    // Class and label of every actor, so that the summary reads on its own.
    actors.forEach(actor -> describe(dsg, actor));
  }

  /** Copies an actor's class and label into the summary graph, unless it is there already. */
  static void describe(DatasetGraph dsg, Node actor) {
    if (!dsg.contains(Iris.SUMMARY_GRAPH, actor, RDF.Nodes.type, Node.ANY)) {
      copyOne(dsg, actor, RDF.Nodes.type);
      copyOne(dsg, actor, RDFS.label.asNode());
    }
  }

  private static Node nodeOf(Triple fact) {
    return Iris.of("summary/statement", Article.contentHash(fact.getSubject() + " " + fact.getPredicate() + " " + fact.getObject()).substring(0, 24));
  }

  private static void copyOne(DatasetGraph dsg, Node subject, Node property) {
    Node value = null;
    var it = dsg.find(Node.ANY, subject, property, Node.ANY);
    while (value == null && it.hasNext()) {
      Quad q = it.next();
      if (Iris.isArticleGraph(q.getGraph())) {
        value = q.getObject();
      }
    }
    if (value != null) {
      dsg.add(Iris.SUMMARY_GRAPH, subject, property, value);
    }
  }

  private static Node one(DatasetGraph dsg, Node g, Node s, Node p) {
    var it = dsg.find(g, s, p, Node.ANY);
    return it.hasNext() ? it.next().getObject() : null;
  }
}
