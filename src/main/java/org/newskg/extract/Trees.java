package org.newskg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Small questions about words of a dependency tree that several extractors ask. */
final class Trees {
  private static final Set<String> NEGATIONS = Set.of("not", "never", "n't");

  private Trees() {}

  static String lemma(IndexedWord word) {
    return word.lemma() == null ? "" : word.lemma().toLowerCase(Locale.ROOT);
  }

  /** The second half of a hyphenated word, lowercased: "backed" of "Iran-backed" or "Iran-Backed". */
  static Optional<String> compoundSuffix(String word) {
    int dash = word.lastIndexOf('-');
    return dash > 0 ? Optional.of(word.substring(dash + 1).toLowerCase(Locale.ROOT)) : Optional.empty();
  }

  /** "did not accept", "won't accept", "has never confirmed". */
  static boolean negated(SemanticGraph graph, IndexedWord verb) {
    return graph.outgoingEdgeList(verb).stream().anyMatch(e -> {
      String rel = e.getRelation().toString();
      return rel.equals("neg") || rel.equals("advmod") && NEGATIONS.contains(lemma(e.getDependent()));
    });
  }

  /**
   * The noun a to-clause completes: "an attempt to kill X" (the clause hangs on the noun), or "made
   * an attempt to kill X", "gave them the chance to strike" (the parser hangs it on the verb whose
   * object the noun is).
   */
  static Optional<IndexedWord> nounOfInfinitive(SemanticGraph graph, IndexedWord verb) {
    IndexedWord governor = graph.getParent(verb);
    if (governor == null) {
      return Optional.empty();
    }
    String relation = graph.reln(governor, verb).toString();
    if (relation.startsWith("acl")) {
      return Optional.of(governor);
    }
    boolean infinitive = graph.outgoingEdgeList(verb).stream()
        .anyMatch(e -> e.getRelation().toString().equals("mark") && lemma(e.getDependent()).equals("to"));
    if (!infinitive || !relation.startsWith("advcl") && !relation.equals("xcomp")) {
      return Optional.empty();
    }
    return graph.outgoingEdgeList(governor).stream()
        .filter(e -> e.getRelation().toString().equals("obj") && e.getDependent().index() < verb.index())
        .map(SemanticGraphEdge::getDependent)
        .findFirst();
  }

  /** The first dependent of a word by this relation, or null. */
  static IndexedWord child(SemanticGraph graph, IndexedWord word, String relation) {
    return graph.outgoingEdgeList(word).stream()
        .filter(e -> e.getRelation().toString().equals(relation))
        .map(SemanticGraphEdge::getDependent)
        .findFirst()
        .orElse(null);
  }
}
