package org.newskg.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the store knows about actor identity: the actors of all article graphs, the IRIs merges
 * replaced and the pairs a curator split apart. Immutable; {@link #with} gives the registry after
 * one more article.
 *
 * @param replacedBy merged IRI → the IRI that replaced it (possibly replaced in turn)
 * @param distinct pairs of IRIs that must never be merged again, each as a two-element set
 */
public record ActorRegistry(Map<String, KnownActor> actors, Map<String, String> replacedBy, Set<Set<String>> distinct) {
  public ActorRegistry {
    actors = Map.copyOf(actors);
    replacedBy = Map.copyOf(replacedBy);
    distinct = Set.copyOf(distinct);
  }

  public static ActorRegistry empty() {
    return new ActorRegistry(Map.of(), Map.of(), Set.of());
  }

  /** The IRI an actor IRI stands for today, after every recorded merge. */
  public String current(String iri) {
    String at = iri;
    Set<String> seen = new HashSet<>();
    while (replacedBy.containsKey(at) && seen.add(at)) {
      at = replacedBy.get(at);
    }
    return at;
  }

  public boolean areDistinct(String a, String b) {
    return distinct.contains(Set.of(current(a), current(b))) || distinct.contains(Set.of(a, b));
  }

  /** The registry once these merges are applied and this (already linked) article is stored. */
  public ActorRegistry with(Extraction linked, List<Merge> merges) {
    Map<String, KnownActor> all = new HashMap<>(actors);
    Map<String, String> replaced = new HashMap<>(replacedBy);
    for (Actor actor : linked.actors()) {
      Set<String> titles = new HashSet<>();
      Set<String> affiliations = new HashSet<>();
      linked.titles().stream().filter(t -> t.person().equals(actor)).forEach(t -> titles.add(t.title()));
      linked.affiliations().stream().filter(a -> a.person().equals(actor)).forEach(a -> affiliations.add(a.organization().iri()));
      KnownActor seen = new KnownActor(actor.iri(), actor.type(), actor.label(), actor.altLabels(), titles, affiliations);
      all.merge(seen.iri(), seen, (old, now) -> old.absorb(now.label(), now.altLabels(), now.titles(), now.affiliations()));
    }
    // After the article's actors, so that a survivor new with this article is there to absorb.
    for (Merge merge : merges) {
      KnownActor gone = all.remove(merge.merged());
      KnownActor kept = all.get(merge.surviving());
      if (gone != null && kept != null) {
        all.put(kept.iri(), kept.absorb(gone.label(), gone.altLabels(), gone.titles(), gone.affiliations()));
      }
      replaced.put(merge.merged(), merge.surviving());
    }
    return new ActorRegistry(all, replaced, distinct);
  }
}
