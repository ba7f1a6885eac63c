package org.newskg.model;

import java.io.Serializable;
import java.util.List;

/**
 * An actor of one article that could be any of several stored actors ("Johnson" when the store
 * knows two Johnsons); it stays its own node and is flagged with the candidates.
 */
public record PossibleIdentity(Actor actor, List<String> candidates) implements Serializable {
  public PossibleIdentity {
    candidates = List.copyOf(candidates);
  }
}
