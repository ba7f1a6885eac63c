package org.newskg.model;

import java.util.List;
import java.util.Optional;

/** Which resolved actor a piece of text refers to; built by resolution, read by extractors. */
public interface ActorIndex {
  /** The actor whose mention covers this token, if any. */
  Optional<Actor> actorAt(int sentence, int token);

  /** The actor a coreference cluster refers to, when its named mentions agree on one. */
  Optional<Actor> actorOfCluster(int corefCluster);

  /** Every resolved actor, in order of first mention. */
  List<Actor> actors();

  /** The country of this canonical name, when the article names it. */
  default Optional<Actor> country(String name) {
    return actors().stream().filter(a -> a.type() == ActorType.COUNTRY && a.label().equals(name)).findFirst();
  }
}
