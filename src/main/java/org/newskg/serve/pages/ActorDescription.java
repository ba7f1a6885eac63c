package org.newskg.serve.pages;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.rdf.Vocab;

/**
 * An actor described as RDF, for a client that asks its IRI for RDF: its labels, classes and
 * links, and every fact of the summary graph about it with its support (articles, count, evidence
 * sentences).
 */
public final class ActorDescription {
  private static final List<Node> OWN = List.of(RDF.Nodes.type, RDFS.label.asNode(), SKOS.altLabel.asNode(),
      OWL.sameAs.asNode(), SKOS.exactMatch.asNode(), NKG.isoCode);
  private static final List<Node> EVIDENCE = List.of(RDF.Nodes.type, NKG.sentence, NKG.beginOffset, NKG.endOffset,
      NKG.confidence, Vocab.referenceContext);

  private ActorDescription() {}

  /** The description, empty when the store knows no such actor. */
  public static Graph of(DatasetGraph dsg, String iri) {
    Node actor = NodeFactory.createURI(iri);
    return Txn.calculateRead(dsg, () -> {
      Graph out = GraphFactory.createDefaultGraph();
      for (Node p : OWN) {
        dsg.find(Node.ANY, actor, p, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
      }
      if (out.isEmpty()) {
        return out;
      }
      List<Quad> about = new ArrayList<>();
      dsg.find(Iris.SUMMARY_GRAPH, Node.ANY, RDF.Nodes.subject, actor).forEachRemaining(about::add);
      dsg.find(Iris.SUMMARY_GRAPH, Node.ANY, RDF.Nodes.object, actor).forEachRemaining(about::add);
      for (Quad q : about) {
        Node fact = q.getSubject();
        dsg.find(Iris.SUMMARY_GRAPH, fact, Node.ANY, Node.ANY).forEachRemaining(f -> {
          out.add(f.asTriple());
          if (f.getPredicate().equals(NKG.evidence)) {
            for (Node p : EVIDENCE) {
              dsg.find(Node.ANY, f.getObject(), p, Node.ANY).forEachRemaining(e -> out.add(e.asTriple()));
            }
          }
        });
        Node s = one(dsg, fact, RDF.Nodes.subject);
        Node p = one(dsg, fact, RDF.Nodes.predicate);
        Node o = one(dsg, fact, RDF.Nodes.object);
        if (s != null && p != null && o != null) {
          out.add(org.apache.jena.graph.Triple.create(s, p, o));
          Node other = s.equals(actor) ? o : s;
          if (other.isURI()) {
            dsg.find(Iris.SUMMARY_GRAPH, other, RDFS.label.asNode(), Node.ANY).forEachRemaining(l -> out.add(l.asTriple()));
          }
        }
      }
      Vocab.PREFIXES.getNsPrefixMap().forEach((prefix, ns) -> out.getPrefixMapping().setNsPrefix(prefix, ns));
      return out;
    });
  }

  private static Node one(DatasetGraph dsg, Node s, Node p) {
    var it = dsg.find(Iris.SUMMARY_GRAPH, s, p, Node.ANY);
    return it.hasNext() ? it.next().getObject() : null;
  }
}
