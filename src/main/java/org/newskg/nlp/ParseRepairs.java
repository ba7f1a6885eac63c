package org.newskg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/**
 * Mends, in the enhanced++ parse every extractor reads, mistakes of the dependency parser that
 * are certain from the tree itself.
 */
final class ParseRepairs {
  private ParseRepairs() {}

  static void apply(Annotation document) {
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return;
    }
    for (CoreMap sentence : sentences) {
      SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      if (graph != null) {
        reducedRelatives(graph);
        passiveParticiples(graph);
        passiveObjects(graph);
        nominalAdjectives(graph);
      }
    }
  }

  /**
   * "A car bomb planted by the group exploded at the market": the parser may make the reduced
   * relative the root, with the bomb its subject and the real verb a loose dependent. A past
   * participle with an agent, no auxiliary and a finite verb hanging from it as "dep" modifies its
   * subject, and the finite verb is the clause's predicate.
   */
  static void reducedRelatives(SemanticGraph graph) {
    for (var participle : List.copyOf(graph.getRoots())) {
      List<SemanticGraphEdge> edges = graph.outgoingEdgeList(participle);
      boolean agent = edges.stream().anyMatch(e -> rel(e).equals("obl:by") || rel(e).equals("obl:agent"));
      boolean auxiliary = edges.stream().anyMatch(e -> rel(e).startsWith("aux"));
      var subject = edges.stream().filter(e -> rel(e).equals("nsubj")).findFirst();
      var verb = edges.stream()
          .filter(e -> rel(e).equals("dep") && e.getDependent().tag() != null && e.getDependent().tag().matches("VBD|VBZ|VBP")
              && e.getDependent().index() > participle.index()
              && graph.outgoingEdgeList(e.getDependent()).stream().noneMatch(d -> rel(d).startsWith("nsubj")))
          .findFirst();
      if (!"VBN".equals(participle.tag()) || !agent || auxiliary || subject.isEmpty() || verb.isEmpty()) {
        continue;
      }
      var noun = subject.get().getDependent();
      var predicate = verb.get().getDependent();
      graph.removeEdge(subject.get());
      graph.removeEdge(verb.get());
      graph.addEdge(predicate, noun, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, subject.get().getWeight(), false);
      graph.addEdge(noun, participle, UniversalEnglishGrammaticalRelations.CLAUSAL_MODIFIER, verb.get().getWeight(), false);
      graph.setRoot(predicate);
    }
  }

  /**
   * "The commander X, killed by a drone in 2019, was buried in Kano": the parser may make the
   * reduced participle the root, with X its active subject. A past participle with an agent and
   * no auxiliary is passive, so its subject is the one it happened to.
   */
  static void passiveParticiples(SemanticGraph graph) {
    for (var verb : List.copyOf(graph.vertexSet())) {
      if (!"VBN".equals(verb.tag())) {
        continue;
      }
      List<SemanticGraphEdge> edges = graph.outgoingEdgeList(verb);
      boolean agent = edges.stream().anyMatch(e -> rel(e).equals("obl:by") || rel(e).equals("obl:agent"));
      boolean auxiliary = edges.stream().anyMatch(e -> rel(e).startsWith("aux"));
      if (!agent || auxiliary) {
        continue;
      }
      for (SemanticGraphEdge subject : edges.stream().filter(e -> rel(e).equals("nsubj")).toList()) {
        graph.removeEdge(subject);
        graph.addEdge(verb, subject.getDependent(), UniversalEnglishGrammaticalRelations.NOMINAL_PASSIVE_SUBJECT,
            subject.getWeight(), subject.isExtra());
      }
    }
  }

  /**
   * "X was assassinated by two of her bodyguards, Y and Z": the parser may make the names after the
   * agent objects of the passive verb, which has none. A name after the agent and a comma is the
   * agent's apposition.
   */
  static void passiveObjects(SemanticGraph graph) {
    for (var verb : List.copyOf(graph.vertexSet())) {
      List<SemanticGraphEdge> edges = graph.outgoingEdgeList(verb);
      boolean passive = edges.stream().anyMatch(e -> rel(e).equals("aux:pass") || rel(e).equals("nsubj:pass"));
      var agent = edges.stream().filter(e -> rel(e).equals("obl:agent") || rel(e).equals("obl:by")).findFirst();
      if (!passive || agent.isEmpty()) {
        continue;
      }
      int after = agent.get().getDependent().index();
      for (SemanticGraphEdge object : edges.stream().filter(e -> rel(e).equals("obj") && e.getDependent().index() > after).toList()) {
        int at = object.getDependent().index();
        boolean comma = graph.vertexSet().stream().anyMatch(w -> ",".equals(w.word()) && w.index() > after && w.index() < at);
        if (comma) {
          graph.removeEdge(object);
          graph.addEdge(agent.get().getDependent(), object.getDependent(), UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER,
              object.getWeight(), object.isExtra());
        }
      }
    }
  }

  /**
   * "Among the dead were X": an adjective with "the" that heads a noun phrase of the clause is a
   * plural noun, the people it describes ("the dead", "the wounded").
   */
  static void nominalAdjectives(SemanticGraph graph) {
    for (var word : graph.vertexSet()) {
      boolean nominal = graph.incomingEdgeList(word).stream()
          .anyMatch(e -> rel(e).matches("(obl|nmod|nsubj|obj).*"));
      boolean definite = graph.outgoingEdgeList(word).stream()
          .anyMatch(e -> rel(e).equals("det") && e.getDependent().word().equalsIgnoreCase("the"));
      if ("JJ".equals(word.tag()) && nominal && definite) {
        word.setTag("NNS");
      }
    }
  }

  private static String rel(SemanticGraphEdge edge) {
    return edge.getRelation().toString();
  }
}
