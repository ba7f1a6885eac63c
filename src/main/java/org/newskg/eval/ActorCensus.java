package org.newskg.eval;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How the store's actors stand to the real entities of a gold set: a real entity (a gold name,
 * the same across articles) should be one actor of the right class. Counts the entities found, those
 * split into several actors, those given a wrong class, and the actors that match no entity.
 *
 * @param split the entities split into several actors, with the labels of those actors
 * @param wrongClass the entities whose actor has another class than the gold's, with that class
 */
public record ActorCensus(int entities, int found, Map<String, Set<String>> split, Map<String, String> wrongClass,
    int actors, int unmatched) {

  /** One stored actor of an article: its IRI, every label, and its class (Person, Country, ...). */
  public record StoredActor(String iri, Set<String> labels, String type) {}

  static ActorCensus of(List<GoldArticle> gold, Map<String, List<StoredActor>> actorsByArticle) {
    Map<String, Set<String>> iris = new TreeMap<>();
    Map<String, String> types = new HashMap<>();
    Map<String, String> wrongClass = new TreeMap<>();
    Map<String, String> labelOf = new HashMap<>();
    Set<String> allActors = new LinkedHashSet<>();
    Set<String> matchedActors = new LinkedHashSet<>();
    for (GoldArticle article : gold) {
      Map<String, GoldArticle.GoldEntity> byForm = new HashMap<>();
      for (GoldArticle.GoldEntity e : article.entities()) {
        iris.computeIfAbsent(e.name(), k -> new LinkedHashSet<>());
        types.putIfAbsent(e.name(), e.type());
        byForm.put(Scorer.fold(e.name()), e);
        e.aliases().forEach(a -> byForm.putIfAbsent(Scorer.fold(a), e));
      }
      for (StoredActor actor : actorsByArticle.getOrDefault(article.article().id(), List.of())) {
        allActors.add(actor.iri());
        labelOf.put(actor.iri(), actor.labels().stream().sorted().findFirst().orElse(actor.iri()));
        actor.labels().stream().map(l -> byForm.get(Scorer.fold(l))).filter(java.util.Objects::nonNull).findFirst()
            .ifPresent(entity -> {
              matchedActors.add(actor.iri());
              iris.get(entity.name()).add(actor.iri());
              if (!entity.type().isEmpty() && !entity.type().equals(actor.type())) {
                wrongClass.put(entity.name(), actor.type());
              }
            });
      }
    }
    Map<String, Set<String>> split = new TreeMap<>();
    iris.forEach((name, found) -> {
      if (found.size() > 1) {
        Set<String> labels = new java.util.TreeSet<>();
        found.forEach(iri -> labels.add(labelOf.get(iri)));
        split.put(name, labels);
      }
    });
    int found = (int) iris.values().stream().filter(s -> !s.isEmpty()).count();
    return new ActorCensus(iris.size(), found, split, wrongClass, allActors.size(), allActors.size() - matchedActors.size());
  }
}
