package org.newskg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.newskg.lexicon.DataFiles;
import org.newskg.lexicon.Gazetteer;
import org.newskg.model.Actor;
import org.newskg.model.ActorIndex;
import org.newskg.model.ActorType;
import org.newskg.nlp.AnnotatedArticle;

/** Which of the article's actors a word of the dependency tree stands for. */
final class ActorLookup {
  /** Which class of actor a common noun may refer back to; immutable, read once. */
  private static final Map<String, ActorType> NOUN_CLASS = nounClasses();

  private final ActorIndex actors;
  private final CorefChains chains;
  private final Gazetteer gazetteer;

  ActorLookup(ActorIndex actors, CorefChains chains, Gazetteer gazetteer) {
    this.actors = actors;
    this.chains = chains;
    this.gazetteer = gazetteer;
  }

  static ActorLookup of(AnnotatedArticle annotated, ActorIndex actors, Gazetteer gazetteer) {
    return new ActorLookup(actors, CorefChains.of(annotated), gazetteer);
  }

  ActorIndex index() {
    return actors;
  }

  /** The actor the word names, or, for a pronoun or "the group", the actor its coreference chain names. */
  Optional<Actor> at(SemanticGraph graph, IndexedWord word, int sentence) {
    Optional<Actor> own = actors.actorAt(sentence, word.index() - 1);
    if (own.isEmpty() && (word.tag().startsWith("PRP") || isDefiniteNoun(graph, word))) {
      int chain = chains.chainAt(sentence, word.index() - 1);
      if (chain >= 0) {
        own = actors.actorOfCluster(chain).filter(a -> compatible(word, a));
      }
    }
    return own;
  }

  /** "the group" is no country: a coreference that joins a noun to an actor of another class is wrong. */
  private static boolean compatible(IndexedWord word, Actor actor) {
    return classOfNoun(word).map(type -> type == actor.type()).orElse(true);
  }

  /** The class of actor a common noun stands for ("group": an organization), if actor-nouns.tsv knows it. */
  static Optional<ActorType> classOfNoun(IndexedWord word) {
    return Optional.ofNullable(word.lemma() == null ? null : NOUN_CLASS.get(word.lemma().toLowerCase(java.util.Locale.ROOT)));
  }

  private static Map<String, ActorType> nounClasses() {
    Map<String, ActorType> classes = new HashMap<>();
    for (List<String> row : DataFiles.rows("/org/newskg/extract/actor-nouns.tsv")) {
      DataFiles.split(row, 1).forEach(noun -> classes.put(noun, ActorType.valueOf(row.get(0))));
    }
    return Map.copyOf(classes);
  }

  /** The word's actor and those of its conjuncts: "Israel and Hamas". */
  List<Actor> withConjuncts(SemanticGraph graph, IndexedWord word, int sentence) {
    List<Actor> found = new ArrayList<>();
    at(graph, word, sentence).ifPresent(found::add);
    for (SemanticGraphEdge edge : graph.outgoingEdgeList(word)) {
      if (edge.getRelation().toString().startsWith("conj")) {
        at(graph, edge.getDependent(), sentence).filter(a -> !found.contains(a)).ifPresent(found::add);
      }
    }
    return found;
  }

  /**
   * The article's actor a name or demonym written inside a word stands for ("U.S." of
   * "U.S.-backed", "Egyptian" of "an Egyptian official"); only actors the article names.
   */
  Optional<Actor> named(String surface) {
    Optional<String> canonical = gazetteer.byName(surface).or(() -> gazetteer.byDemonym(surface)).map(Gazetteer.Entry::name);
    return actors.actors().stream()
        .filter(a -> a.label().equals(canonical.orElse(surface)) || a.altLabels().contains(surface))
        .findFirst();
  }

  /** "the group", "the militants": a definite noun phrase that coreference may tie to an actor. */
  static boolean isDefiniteNoun(SemanticGraph graph, IndexedWord word) {
    return word.tag().startsWith("NN") && graph.outgoingEdgeList(word).stream()
        .anyMatch(e -> e.getRelation().toString().equals("det") && e.getDependent().word().equalsIgnoreCase("the"));
  }
}
