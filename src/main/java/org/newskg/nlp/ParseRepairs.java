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
        passiveParticiples(graph);
      }
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

  private static String rel(SemanticGraphEdge edge) {
    return edge.getRelation().toString();
  }
}
