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
 * article and evidence. Derived data: rebuilt whole, in the caller's write transaction. Its nodes
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
      Node g = q.getGraph();
      if (!Iris.isArticleGraph(g)) {
        continue;
      }
      Node st = q.getSubject();
      Node s = one(dsg, g, st, RDF.Nodes.subject);
      Node p = one(dsg, g, st, RDF.Nodes.predicate);
      Node o = one(dsg, g, st, RDF.Nodes.object);
      if (s == null || p == null || o == null) {
        continue;
      }
      Triple fact = Triple.create(s, p, o);
      dsg.find(g, st, Vocab.wasDerivedFrom, Node.ANY).forEachRemaining(a -> articles.computeIfAbsent(fact, k -> new LinkedHashSet<>()).add(a.getObject()));
      dsg.find(g, st, NKG.evidence, Node.ANY).forEachRemaining(e -> evidence.computeIfAbsent(fact, k -> new LinkedHashSet<>()).add(e.getObject()));
    }
    dsg.removeGraph(Iris.SUMMARY_GRAPH);
    Node graph = Iris.SUMMARY_GRAPH;
    Set<Node> actors = new LinkedHashSet<>();
    articles.forEach((fact, supporting) -> {
      dsg.add(graph, fact.getSubject(), fact.getPredicate(), fact.getObject());
      actors.add(fact.getSubject());
      if (fact.getObject().isURI()) {
        actors.add(fact.getObject());
      }
      Node node = Iris.of("summary/statement", Article.contentHash(fact.getSubject() + " " + fact.getPredicate() + " " + fact.getObject()).substring(0, 24));
      dsg.add(graph, node, RDF.Nodes.type, NKG.AggregateStatement);
      dsg.add(graph, node, RDF.Nodes.subject, fact.getSubject());
      dsg.add(graph, node, RDF.Nodes.predicate, fact.getPredicate());
      dsg.add(graph, node, RDF.Nodes.object, fact.getObject());
      dsg.add(graph, node, NKG.supportCount, NodeFactory.createLiteralDT(Integer.toString(supporting.size()), XSDDatatype.XSDinteger));
      supporting.forEach(a -> dsg.add(graph, node, Vocab.wasDerivedFrom, a));
      evidence.getOrDefault(fact, Set.of()).forEach(e -> dsg.add(graph, node, NKG.evidence, e));
    });
    // Class and label of every actor, so that the summary reads on its own.
    for (Node actor : actors) {
      copyOne(dsg, actor, RDF.Nodes.type);
      copyOne(dsg, actor, RDFS.label.asNode());
    }
    return articles.size();
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
