package org.newskg.model;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An actor of one article after resolution: one canonical label, every other surface form as an
 * alternative label.
 */
public record Actor(String label, ActorType type, SortedSet<String> altLabels) {
  public Actor {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(type, "type");
    TreeSet<String> alts = new TreeSet<>(altLabels);
    alts.remove(label);
    altLabels = Collections.unmodifiableSortedSet(alts);
  }
}
