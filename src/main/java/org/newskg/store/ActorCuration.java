package org.newskg.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.model.ActorIris;
import org.newskg.model.ActorRegistry;
import org.newskg.model.ActorType;
import org.newskg.model.KnownActor;
import org.newskg.model.Merge;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.rdf.RdfTypes;
import org.newskg.rdf.Vocab;

/**
 * Actor identity in the store: reads the registry of actors, merges two actor IRIs in every article
 * graph and splits a merge again, recording each in the resolution graph with its agent, time and
 * the graphs it touched. Runs inside the caller's write transaction.
 */
final class ActorCuration {
  private static final Node LABEL = RDFS.label.asNode();
  private static final Node ALT = SKOS.altLabel.asNode();
  private static final Node REPLACED_BY = DCTerms.isReplacedBy.asNode();
  private static final Node DIFFERENT = OWL.differentFrom.asNode();

  private ActorCuration() {}

  /** What the article graphs and the resolution record say about actor identity. */
  static ActorRegistry registry(DatasetGraph dsg) {
    Map<String, ActorType> types = new HashMap<>();
    Map<String, Set<String>> labels = new HashMap<>();
    Map<String, Set<String>> alts = new HashMap<>();
    Map<String, Set<String>> titles = new HashMap<>();
    Map<String, Set<String>> affiliations = new HashMap<>();
    for (ActorType type : ActorType.values()) {
      dsg.find(Node.ANY, Node.ANY, RDF.Nodes.type, RdfTypes.classOf(type)).forEachRemaining(q -> {
        if (Iris.isArticleGraph(q.getGraph()) && isActor(q.getSubject())) {
          types.put(q.getSubject().getURI(), type);
        }
      });
    }
    collect(dsg, LABEL, labels, types);
    collect(dsg, ALT, alts, types);
    collect(dsg, NKG.title, titles, types);
    collect(dsg, NKG.affiliatedWith, affiliations, types);
    Map<String, KnownActor> actors = new HashMap<>();
    types.forEach((iri, type) -> {
      Set<String> names = labels.getOrDefault(iri, Set.of());
      // The label that minted the IRI; another spelling of it is one more alternative.
      String label = names.stream().filter(l -> ActorIris.of(type, l).equals(iri)).findFirst()
          .orElseGet(() -> names.stream().findFirst().orElse(iri));
      Set<String> other = new HashSet<>(alts.getOrDefault(iri, Set.of()));
      names.stream().filter(l -> !l.equals(label)).forEach(other::add);
      actors.put(iri, new KnownActor(iri, type, label, other, titles.getOrDefault(iri, Set.of()), affiliations.getOrDefault(iri, Set.of())));
    });
    Map<String, String> replacedBy = new HashMap<>();
    dsg.find(Iris.RESOLUTION_GRAPH, Node.ANY, REPLACED_BY, Node.ANY)
        .forEachRemaining(q -> replacedBy.put(q.getSubject().getURI(), q.getObject().getURI()));
    Set<Set<String>> distinct = new HashSet<>();
    dsg.find(Iris.RESOLUTION_GRAPH, Node.ANY, DIFFERENT, Node.ANY)
        .forEachRemaining(q -> distinct.add(Set.of(q.getSubject().getURI(), q.getObject().getURI())));
    return new ActorRegistry(actors, replacedBy, distinct);
  }

  private static void collect(DatasetGraph dsg, Node property, Map<String, Set<String>> into, Map<String, ActorType> actors) {
    dsg.find(Node.ANY, Node.ANY, property, Node.ANY).forEachRemaining(q -> {
      if (Iris.isArticleGraph(q.getGraph()) && actors.containsKey(q.getSubject().getURI())) {
        Node o = q.getObject();
        into.computeIfAbsent(q.getSubject().getURI(), k -> new HashSet<>()).add(o.isLiteral() ? o.getLiteralLexicalForm() : o.getURI());
      }
    });
  }

  private static boolean isActor(Node node) {
    return node.isURI() && node.getURI().startsWith(ActorIris.NS);
  }

  /** Whether some article graph holds this actor. */
  static boolean holdsActor(DatasetGraph dsg, String iri) {
    Node actor = NodeFactory.createURI(iri);
    return graphsOf(dsg, actor).stream().anyMatch(g -> dsg.contains(g, actor, RDF.Nodes.type, Node.ANY));
  }

  /** The class of a stored actor, if the store holds it. */
  static Optional<ActorType> typeOf(DatasetGraph dsg, String iri) {
    Node actor = NodeFactory.createURI(iri);
    for (ActorType type : ActorType.values()) {
      if (dsg.find(Node.ANY, actor, RDF.Nodes.type, RdfTypes.classOf(type)).hasNext()) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /**
   * Rewrites {@code merged} to {@code surviving} in every article graph that names it and records
   * the merge. Graphs that named both keep the two as one for good: {@link #split} cannot tell
   * their facts apart again.
   */
  static Node merge(DatasetGraph dsg, Merge merge, String agent, Instant at) {
    Set<Node> graphs = graphsOf(dsg, NodeFactory.createURI(merge.merged()));
    Set<Node> shared = new LinkedHashSet<>();
    for (Node g : graphs) {
      if (rewriteGraph(dsg, g, merge)) {
        shared.add(g);
      }
    }
    return record(dsg, merge, agent, at, graphs, shared);
  }

  /**
   * Rewrites {@code merged} to {@code surviving} in one graph that names it; returns whether the
   * graph named the survivor too.
   */
  static boolean rewriteGraph(DatasetGraph dsg, Node g, Merge merge) {
    Node to = NodeFactory.createURI(merge.surviving());
    boolean shared = dsg.contains(g, to, RDF.Nodes.type, Node.ANY);
    rewrite(dsg, g, NodeFactory.createURI(merge.merged()), to, merge.survivingLabel(), true);
    return shared;
  }

  /** Records a merge in the resolution graph: what, why, by whom, when, and the graphs it rewrote. */
  static Node record(DatasetGraph dsg, Merge merge, String agent, Instant at, Set<Node> graphs, Set<Node> shared) {
    Node from = NodeFactory.createURI(merge.merged());
    Node to = NodeFactory.createURI(merge.surviving());
    Node record = Iris.of("resolution/merge", recordKey(merge.merged() + " " + merge.surviving() + " " + at));
    Node graph = Iris.RESOLUTION_GRAPH;
    dsg.add(graph, record, RDF.Nodes.type, NKG.Merge);
    dsg.add(graph, record, RDF.Nodes.type, Vocab.Activity);
    dsg.add(graph, record, NKG.mergedActor, from);
    dsg.add(graph, record, NKG.mergedLabel, NodeFactory.createLiteralString(merge.mergedLabel()));
    dsg.add(graph, record, NKG.survivingActor, to);
    dsg.add(graph, record, NKG.reason, NodeFactory.createLiteralString(merge.reason()));
    recordActivity(dsg, record, agent, at);
    graphs.forEach(g -> dsg.add(graph, record, NKG.rewroteGraph, g));
    shared.forEach(g -> dsg.add(graph, record, NKG.sharedGraph, g));
    // Earlier merges into the merged IRI now lead to the survivor directly.
    List<Quad> redirects = new ArrayList<>();
    dsg.find(graph, Node.ANY, REPLACED_BY, from).forEachRemaining(redirects::add);
    redirects.forEach(q -> {
      dsg.delete(q);
      dsg.add(graph, q.getSubject(), REPLACED_BY, to);
    });
    dsg.delete(graph, from, DIFFERENT, to);
    dsg.delete(graph, to, DIFFERENT, from);
    dsg.add(graph, from, REPLACED_BY, to);
    return record;
  }

  /**
   * Undoes the latest merge of {@code mergedIri}: its IRI comes back in every graph the merge
   * rewrote, except graphs that named both actors, and the two are recorded as different so that
   * no later resolution merges them again.
   */
  static KnowledgeStore.Split split(DatasetGraph dsg, String mergedIri, String agent, Instant at) {
    Node restored = NodeFactory.createURI(mergedIri);
    Node graph = Iris.RESOLUTION_GRAPH;
    Node merge = latestOpenMerge(dsg, restored).orElseThrow(() -> dsg.find(graph, Node.ANY, NKG.mergedActor, restored).hasNext()
        ? new StoreException("every merge of <" + mergedIri + "> has been split already")
        : new StoreException("no merge of <" + mergedIri + "> is recorded; only an actor that was merged away can be split off"));
    Node survivor = single(dsg, merge, NKG.survivingActor);
    Node current = follow(dsg, survivor);
    String label = single(dsg, merge, NKG.mergedLabel).getLiteralLexicalForm();
    Set<Node> shared = objects(dsg, merge, NKG.sharedGraph);
    List<String> restoredGraphs = new ArrayList<>();
    List<String> unseparated = new ArrayList<>();
    for (Node g : objects(dsg, merge, NKG.rewroteGraph)) {
      if (!dsg.containsGraph(g)) {
        continue;
      }
      if (shared.contains(g)) {
        unseparated.add(g.getURI());
      } else {
        rewrite(dsg, g, current, restored, label, false);
        restoredGraphs.add(g.getURI());
      }
    }
    Node record = Iris.of("resolution/split", recordKey(mergedIri + " " + at));
    dsg.add(graph, record, RDF.Nodes.type, NKG.Split);
    dsg.add(graph, record, RDF.Nodes.type, Vocab.Activity);
    dsg.add(graph, record, NKG.undoes, merge);
    recordActivity(dsg, record, agent, at);
    restoredGraphs.forEach(g -> dsg.add(graph, record, NKG.restoredGraph, NodeFactory.createURI(g)));
    unseparated.forEach(g -> dsg.add(graph, record, NKG.unseparatedGraph, NodeFactory.createURI(g)));
    dsg.deleteAny(graph, restored, REPLACED_BY, Node.ANY);
    dsg.add(graph, restored, DIFFERENT, current);
    return new KnowledgeStore.Split(record.getURI(), mergedIri, current.getURI(), restoredGraphs, unseparated);
  }

  /** A short, unique key for a record: a hash of what it records and when. */
  static String recordKey(String content) {
    return org.newskg.model.Article.contentHash(content).substring(0, 20);
  }

  private static Optional<Node> latestOpenMerge(DatasetGraph dsg, Node merged) {
    List<Node> merges = new ArrayList<>();
    dsg.find(Iris.RESOLUTION_GRAPH, Node.ANY, NKG.mergedActor, merged).forEachRemaining(q -> merges.add(q.getSubject()));
    return merges.stream()
        .filter(m -> !dsg.find(Iris.RESOLUTION_GRAPH, Node.ANY, NKG.undoes, m).hasNext())
        .max(Comparator.comparing(m -> single(dsg, m, Vocab.endedAtTime).getLiteralLexicalForm()));
  }

  private static Node follow(DatasetGraph dsg, Node iri) {
    Node at = iri;
    Set<Node> seen = new HashSet<>();
    while (seen.add(at)) {
      var next = dsg.find(Iris.RESOLUTION_GRAPH, at, REPLACED_BY, Node.ANY);
      if (!next.hasNext()) {
        break;
      }
      at = next.next().getObject();
    }
    return at;
  }

  static void recordActivity(DatasetGraph dsg, Node record, String agent, Instant at) {
    Node graph = Iris.RESOLUTION_GRAPH;
    boolean software = agent.equals(AUTOMATIC);
    Node agentNode = Iris.of("agent", software ? "newskg" : "user/" + agent);
    dsg.add(graph, record, Vocab.endedAtTime, NodeFactory.createLiteralDT(at.toString(), XSDDatatype.XSDdateTime));
    dsg.add(graph, record, Vocab.wasAssociatedWith, agentNode);
    dsg.add(graph, agentNode, RDF.Nodes.type, Vocab.Agent);
    dsg.add(graph, agentNode, RDF.Nodes.type, software ? Vocab.SoftwareAgent : Vocab.ProvPerson);
    dsg.add(graph, agentNode, LABEL, NodeFactory.createLiteralString(software ? "newskg resolver" : agent));
  }

  /** The agent name of merges newskg makes on its own. */
  static final String AUTOMATIC = "newskg";

  /**
   * Replaces {@code from} by {@code to} in one graph. The label {@code to} ends with is
   * {@code toLabel}; {@code from}'s label becomes an alternative one when {@code keepFromLabel}.
   */
  private static void rewrite(DatasetGraph dsg, Node g, Node from, Node to, String toLabel, boolean keepFromLabel) {
    List<Quad> touched = new ArrayList<>();
    dsg.find(g, from, Node.ANY, Node.ANY).forEachRemaining(touched::add);
    dsg.find(g, Node.ANY, Node.ANY, from).forEachRemaining(touched::add);
    Node newLabel = NodeFactory.createLiteralString(toLabel);
    for (Quad q : touched) {
      dsg.delete(q);
      Node s = q.getSubject().equals(from) ? to : q.getSubject();
      Node o = q.getObject().equals(from) ? to : q.getObject();
      if (s.equals(to) && q.getPredicate().equals(LABEL)) {
        if (keepFromLabel && !o.equals(newLabel)) {
          dsg.add(g, to, ALT, o);
        }
        continue;
      }
      if (s.equals(o) && isActor(s)) {
        continue; // A relation of the actor to itself says nothing.
      }
      dsg.add(g, s, q.getPredicate(), o);
    }
    List<Quad> otherLabels = new ArrayList<>();
    dsg.find(g, to, LABEL, Node.ANY).forEachRemaining(otherLabels::add);
    otherLabels.stream().filter(q -> !q.getObject().equals(newLabel)).forEach(q -> {
      dsg.delete(q);
      dsg.add(g, to, ALT, q.getObject());
    });
    dsg.add(g, to, LABEL, newLabel);
    dsg.delete(g, to, ALT, newLabel);
  }

  private static Set<Node> graphsOf(DatasetGraph dsg, Node actor) {
    Set<Node> graphs = new LinkedHashSet<>();
    dsg.find(Node.ANY, actor, Node.ANY, Node.ANY).forEachRemaining(q -> graphs.add(q.getGraph()));
    dsg.find(Node.ANY, Node.ANY, Node.ANY, actor).forEachRemaining(q -> graphs.add(q.getGraph()));
    graphs.removeIf(g -> !Iris.isArticleGraph(g));
    return graphs;
  }

  private static Node single(DatasetGraph dsg, Node s, Node p) {
    return dsg.find(Iris.RESOLUTION_GRAPH, s, p, Node.ANY).next().getObject();
  }

  private static Set<Node> objects(DatasetGraph dsg, Node s, Node p) {
    Set<Node> out = new LinkedHashSet<>();
    dsg.find(Iris.RESOLUTION_GRAPH, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
    return out;
  }
}
