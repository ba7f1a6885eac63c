package org.newskg.model;

import java.io.Serializable;
import java.util.Set;

/**
 * An actor already in the store, as cross-article resolution sees it: every name, post and
 * affiliation any article gave it.
 *
 * @param affiliations IRIs of the organizations and countries it is affiliated with
 */
public record KnownActor(String iri, ActorType type, String label, Set<String> altLabels, Set<String> titles, Set<String> affiliations) implements Serializable {
  public KnownActor {
    altLabels = Set.copyOf(altLabels);
    titles = Set.copyOf(titles);
    affiliations = Set.copyOf(affiliations);
  }

  /** This actor with the names, posts and affiliations of another one added. */
  public KnownActor absorb(String otherLabel, Set<String> otherAlts, Set<String> otherTitles, Set<String> otherAffiliations) {
    return new KnownActor(iri, type, label, union(union(altLabels, otherAlts), otherLabel.equals(label) ? Set.of() : Set.of(otherLabel)),
        union(titles, otherTitles), union(affiliations, otherAffiliations));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return all;
  }
}
