package org.newskg.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.model.ActorType;
import org.newskg.model.KnownActor;

/**
 * The stored actors by the keys their names can be found under, so that linking an article
 * looks at the few actors that could fit instead of every actor of the store: a person by the
 * last word of each of its names ("Carver" of "John Carver"), an organization by its initials, any
 * actor by each of its names.
 */
final class NameIndex {
  private final Map<String, List<KnownActor>> byName = new HashMap<>();
  private final Map<String, List<KnownActor>> byLastWord = new HashMap<>();
  private final Map<String, List<KnownActor>> byInitials = new HashMap<>();

  NameIndex(Collection<KnownActor> actors) {
    for (KnownActor known : actors) {
      Set<String> names = new LinkedHashSet<>();
      names.add(Names.fold(known.label()));
      known.altLabels().forEach(alt -> names.add(Names.fold(alt)));
      for (String name : names) {
        byName.computeIfAbsent(key(known.type(), name), k -> new ArrayList<>()).add(known);
      }
      String label = Names.fold(known.label());
      if (known.type() == ActorType.PERSON) {
        byLastWord.computeIfAbsent(lastWord(label), k -> new ArrayList<>()).add(known);
      } else if (known.type() == ActorType.ORGANIZATION) {
        byInitials.computeIfAbsent(Names.initials(label.split(" ")), k -> new ArrayList<>()).add(known);
      }
    }
  }

  /** Stored actors of the class that have this (folded) name among their names. */
  List<KnownActor> named(ActorType type, String name) {
    return byName.getOrDefault(key(type, name), List.of());
  }

  /**
   * Stored actors of the class whose label this (folded) name may be a short form of: for a
   * person, those whose label ends in the same word; for an organization, those with these
   * initials. A superset: {@link Names#refersTo} decides.
   */
  List<KnownActor> fullerCandidates(ActorType type, String name) {
    return switch (type) {
      case PERSON -> byLastWord.getOrDefault(lastWord(name), List.of());
      case ORGANIZATION -> byInitials.getOrDefault(name, List.of());
      default -> List.of();
    };
  }

  /**
   * Stored actors of the class whose label may be a short form of this (folded) name: persons
   * whose label ends in its last word; organizations named by its initials.
   */
  List<KnownActor> shorterCandidates(ActorType type, String name) {
    return switch (type) {
      case PERSON -> byLastWord.getOrDefault(lastWord(name), List.of());
      case ORGANIZATION -> named(type, Names.initials(name.split(" ")));
      default -> List.of();
    };
  }

  private static String key(ActorType type, String name) {
    return type + " " + name;
  }

  /** The last word, without an Arabic article: "el-sisi" and "sisi" share "sisi". */
  static String lastWord(String folded) {
    String last = folded.substring(folded.lastIndexOf(' ') + 1);
    return Names.withoutArticle(new String[] {last})[0];
  }
}
