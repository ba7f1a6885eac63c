package org.newskg.model;

import java.io.Serializable;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An actor of one article after resolution: one canonical label, every other surface form as an
 * alternative label.
 *
 * @param isoCode ISO 3166-1 alpha-2 code of a country the gazetteer knows, else null
 * @param wikidata Wikidata id ("Q801") of an actor the gazetteer knows, else null
 */
public record Actor(String label, ActorType type, SortedSet<String> altLabels, String isoCode, String wikidata) implements Serializable {
  public Actor {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(type, "type");
    TreeSet<String> alts = new TreeSet<>(altLabels);
    alts.remove(label);
    altLabels = Collections.unmodifiableSortedSet(alts);
  }

  /** An actor no gazetteer links to a public identifier. */
  public Actor(String label, ActorType type, SortedSet<String> altLabels) {
    this(label, type, altLabels, null, null);
  }

  /** Its IRI: the same class and canonical label give the same IRI in every article. */
  public String iri() {
    return ActorIris.of(type, label);
  }
}
