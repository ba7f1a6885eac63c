package org.newskg.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * Who makes a statement or gives a figure: a resolved actor, or a source the text leaves unnamed
 * ("an Egyptian official"), described as written and tied to the actor it speaks for when the
 * text says ("Egyptian" → Egypt).
 *
 * @param actor the named speaker, or null for an unnamed source
 * @param description how the text names an unnamed source, or null for a named one
 * @param affiliation the actor an unnamed source speaks for, or null
 */
public record Source(Actor actor, String description, Actor affiliation) implements Serializable {
  public Source {
    if ((actor == null) == (description == null)) {
      throw new IllegalArgumentException("a source is either a named actor or an unnamed description");
    }
  }

  public static Source named(Actor actor) {
    return new Source(Objects.requireNonNull(actor), null, null);
  }

  public static Source unnamed(String description, Actor affiliation) {
    return new Source(null, Objects.requireNonNull(description), affiliation);
  }

  public boolean isNamed() {
    return actor != null;
  }

  Source mapActors(java.util.function.UnaryOperator<Actor> link) {
    return new Source(actor == null ? null : link.apply(actor), description, affiliation == null ? null : link.apply(affiliation));
  }
}
