package org.newskg.resolve;

import java.util.LinkedHashSet;
import java.util.Set;
import org.newskg.model.Actor;
import org.newskg.model.ActorType;

/**
 * The keys that put actors of different articles into one block for cross-article linking: two
 * actors can only ever be linked or merged when they share a key, and linking actors that share
 * none never changes. They cover every way {@link NameIndex} finds a candidate: an actor's IRI,
 * each of its names, a person's last word, an organization's initials (matched against the
 * names of others, for acronyms both ways).
 */
public final class BlockingKeys {
  private BlockingKeys() {}

  public static Set<String> of(Actor actor) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add("iri " + actor.iri());
    String label = Names.fold(actor.label());
    keys.add(named(actor.type(), label));
    actor.altLabels().forEach(alt -> keys.add(named(actor.type(), Names.fold(alt))));
    if (actor.type() == ActorType.PERSON) {
      keys.add("last " + NameIndex.lastWord(label));
    } else if (actor.type() == ActorType.ORGANIZATION) {
      // Initials meet an acronym ("idf") among the names of others; one letter is no acronym.
      String initials = Names.initials(label.split(" "));
      if (initials.length() > 1) {
        keys.add(named(actor.type(), initials));
      }
    }
    return keys;
  }

  private static String named(ActorType type, String foldedName) {
    return type + " " + foldedName;
  }
}
