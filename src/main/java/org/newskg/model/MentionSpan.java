package org.newskg.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * Where the article names an actor: character offsets into its text, so that a reader can be
 * shown the name in place.
 *
 * @param begin offset of the first character
 * @param end offset just past the last character
 */
public record MentionSpan(Actor actor, int begin, int end) implements Serializable {
  public MentionSpan {
    Objects.requireNonNull(actor, "actor");
    if (begin < 0 || end <= begin) {
      throw new IllegalArgumentException("bad offsets " + begin + ".." + end);
    }
  }
}
