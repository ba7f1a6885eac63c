package org.newskg.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newskg.lexicon.DataFiles;
import org.newskg.lexicon.Gazetteer;
import org.newskg.model.Actor;
import org.newskg.model.ActorType;
import org.newskg.model.Mention;

/**
 * Groups the named mentions of one article into actors: gazetteer forms ("U.S.", "American") join
 * their canonical name, a surname joins the one full name that ends with it ("Carver" → "John
 * Carver"), an acronym joins the organization whose initials it spells ("AP" → "Associated Press").
 */
public final class ActorResolver {
  private final Gazetteer gazetteer;

  public ActorResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  public ResolvedActors resolve(List<Mention> mentions) {
    // Mentions with the same folded name are one group from the start.
    Map<String, List<Mention>> groups = new LinkedHashMap<>();
    for (Mention m : mentions) {
      groups.computeIfAbsent(groupKey(m), k -> new ArrayList<>()).add(m);
    }
    List<String> keys = new ArrayList<>(groups.keySet());
    UnionFind<String> union = new UnionFind<>(keys);
    Map<String, ActorType> types = new HashMap<>();
    groups.forEach((key, group) -> types.put(key, majorityType(group)));
    surnamesTakenForOther(groups, types);
    compassPointsForCountry(groups, types);

    for (String shortKey : keys) {
      List<String> containing = keys.stream()
          .filter(longKey -> !longKey.equals(shortKey) && types.get(longKey) == types.get(shortKey))
          .filter(longKey -> Names.refersTo(shortKey, longKey, types.get(shortKey)))
          .toList();
      // Ambiguous short forms ("Smith" with two Smiths) stay on their own.
      if (containing.size() == 1 || containing.stream().map(union::find).distinct().count() == 1) {
        containing.forEach(longKey -> union.union(shortKey, longKey));
      }
    }

    mergeCoreferent(groups, types, union);

    Map<String, List<Mention>> clusters = new LinkedHashMap<>();
    for (String key : keys) {
      clusters.computeIfAbsent(union.find(key), k -> new ArrayList<>()).addAll(groups.get(key));
    }
    Map<Mention, Actor> actorOf = new LinkedHashMap<>();
    for (List<Mention> cluster : clusters.values()) {
      Actor actor = toActor(cluster);
      cluster.forEach(m -> actorOf.put(m, actor));
    }
    return new ResolvedActors(actorOf);
  }

  /**
   * "Francis Ona ... Ona's men": NER may tag a lone surname an organization or a place. A single
   * word, unknown to the gazetteer, that is the surname of exactly one person of the article and
   * spells no organization of it, is that person.
   */
  private static void surnamesTakenForOther(Map<String, List<Mention>> groups, Map<String, ActorType> types) {
    for (Map.Entry<String, List<Mention>> group : groups.entrySet()) {
      String key = group.getKey();
      boolean known = group.getValue().stream().anyMatch(m -> m.canonical() != null);
      if (types.get(key) == ActorType.PERSON || types.get(key) == ActorType.COUNTRY || known || key.contains(" ")) {
        continue;
      }
      if (referents(key, types, ActorType.PERSON) == 1 && referents(key, types, ActorType.ORGANIZATION) == 0) {
        retype(group, types, ActorType.PERSON);
      }
    }
  }

  /**
   * "the South", "the North's envoy": in an article about one state named by a compass point
   * ("South Korea"), the bare point is that state, whatever class NER gave it.
   */
  private static void compassPointsForCountry(Map<String, List<Mention>> groups, Map<String, ActorType> types) {
    for (Map.Entry<String, List<Mention>> group : groups.entrySet()) {
      String key = group.getKey();
      if (!Names.COMPASS.contains(key) || types.get(key) == ActorType.COUNTRY) {
        continue;
      }
      if (referents(key, types, ActorType.COUNTRY) == 1) {
        retype(group, types, ActorType.COUNTRY);
      }
    }
  }

  /** How many names of this class of the article the short name may stand for. */
  private static long referents(String shortKey, Map<String, ActorType> types, ActorType type) {
    return types.keySet().stream().filter(k -> types.get(k) == type && Names.refersTo(shortKey, k, type)).count();
  }

  /** Gives a group's mentions, and the group, the class of the name they were found to stand for. */
  private static void retype(Map.Entry<String, List<Mention>> group, Map<String, ActorType> types, ActorType type) {
    group.setValue(group.getValue().stream().map(m -> new Mention(m.text(), null, type,
        m.sentence(), m.tokenBegin(), m.tokenEnd(), m.corefCluster())).toList());
    types.put(group.getKey(), type);
  }

  /**
   * Two names CoreNLP's coreference puts in one chain join when they share a name word:
   * "Ayatollah Karimi" and "Reza Karimi". Sharing a chain alone is not enough, because a
   * chain can wrongly run through two people.
   */
  private static void mergeCoreferent(Map<String, List<Mention>> groups, Map<String, ActorType> types, UnionFind<String> union) {
    Map<Integer, List<String>> keysByChain = new LinkedHashMap<>();
    groups.forEach((key, mentions) -> mentions.stream()
        .map(Mention::corefCluster)
        .filter(c -> c >= 0)
        .distinct()
        .forEach(c -> keysByChain.computeIfAbsent(c, k -> new ArrayList<>()).add(key)));
    // Compatibility looks at every name already joined, not only the chain's: "Chris Hani" joined
    // to "Hani" by one chain must keep "Limpho Hani", whom another chain ties to "Hani", apart.
    List<String> all = List.copyOf(groups.keySet());
    // A surname two full names share ("Chamorro" of a murdered editor and of his widow) joins, through
    // a chain, only the one the article names first: its subject.
    Map<String, String> firstReferent = new HashMap<>();
    for (String key : all) {
      if (types.get(key) != ActorType.PERSON) {
        continue;
      }
      List<String> referents = all.stream()
          .filter(k -> types.get(k) == ActorType.PERSON && Names.refersTo(key, k, ActorType.PERSON))
          .toList();
      if (referents.size() > 1) {
        firstReferent.put(key, referents.get(0));
      }
    }
    for (List<String> keys : keysByChain.values()) {
      for (int i = 0; i < keys.size(); i++) {
        for (int j = i + 1; j < keys.size(); j++) {
          String a = keys.get(i);
          String b = keys.get(j);
          if (types.get(a) == types.get(b) && types.get(a) != ActorType.COUNTRY && shareNameWord(a, b)
              && compatible(all, union, a, b) && !otherReferent(firstReferent, a, b) && !otherReferent(firstReferent, b, a)) {
            union.union(a, b);
          }
        }
      }
    }
  }

  /** Whether the short name may stand for several full names, and the long one is not the first named of them. */
  private static boolean otherReferent(Map<String, String> firstReferent, String shortKey, String longKey) {
    return firstReferent.containsKey(shortKey) && Names.refersTo(shortKey, longKey, ActorType.PERSON)
        && !firstReferent.get(shortKey).equals(longKey);
  }

  /** Honorifics, which stand before a name without being part of it (honorifics.tsv). */
  private static final Set<String> HONORIFICS = Set.copyOf(DataFiles.lines("/org/newskg/resolve/honorifics.tsv"));

  /** Whether joining a's group and b's would put two different full names in one ("Sheikh Kumar" between two Kumars). */
  private static boolean compatible(List<String> keys, UnionFind<String> union, String a, String b) {
    for (String x : keys) {
      for (String y : keys) {
        if (union.find(x).equals(union.find(a)) && union.find(y).equals(union.find(b)) && twoGivenNames(x, y)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * "Lata Kumar" and "Arun Kumar", whom coreference may chain ("his mother, Lata Kumar"): two
   * full names that each have a name word the other lacks are two people.
   */
  static boolean twoGivenNames(String a, String b) {
    Set<String> first = nameWords(a);
    Set<String> second = nameWords(b);
    return first.size() > 1 && second.size() > 1 && !second.containsAll(first) && !first.containsAll(second);
  }

  private static Set<String> nameWords(String name) {
    Set<String> words = words(name);
    words.removeIf(w -> HONORIFICS.contains(w.replace(".", "")));
    return words;
  }

  /** The words of a folded name, Arabic articles dropped: "el-sisi" is "sisi". */
  private static Set<String> words(String name) {
    return new HashSet<>(Arrays.asList(Names.withoutArticle(name.split(" "))));
  }

  private static boolean shareNameWord(String a, String b) {
    Set<String> words = words(a);
    for (String w : Names.withoutArticle(b.split(" "))) {
      if (w.length() > 2 && words.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private String groupKey(Mention m) {
    return Names.fold(m.canonical() != null ? m.canonical() : m.text());
  }

  private Actor toActor(List<Mention> cluster) {
    ActorType type = majorityType(cluster);
    String label = cluster.stream()
        .map(m -> m.canonical() != null ? m.canonical() : m.text())
        .max(Comparator.<String>comparingInt(n -> n.split(" ").length).thenComparingInt(String::length))
        .map(name -> displayCase(name, type))
        .orElseThrow();
    TreeSet<String> alts = new TreeSet<>();
    cluster.forEach(m -> alts.add(displayCase(m.text(), type)));
    Gazetteer.Entry known = gazetteer.byName(label).filter(e -> e.type() == type).orElse(null);
    return known == null ? new Actor(label, type, alts) : new Actor(label, type, alts, known.isoCode(), known.wikidata());
  }

  private ActorType majorityType(List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.canonical() != null) {
        return gazetteer.byName(m.canonical()).map(Gazetteer.Entry::type).orElse(m.type());
      }
    }
    Map<ActorType, Integer> votes = new EnumMap<>(ActorType.class);
    mentions.forEach(m -> votes.merge(m.type(), 1, Integer::sum));
    // Ties go to the more specific class: ORGANIZATION before PLACE ("White House").
    return votes.entrySet().stream()
        .max(Map.Entry.<ActorType, Integer>comparingByValue().thenComparing(e -> -e.getKey().ordinal()))
        .orElseThrow()
        .getKey();
  }

  /**
   * "JANE ROE" in a photo credit is written "Jane Roe", "CAIRO" in a dateline "Cairo";
   * acronyms ("NATO", "U.S.", an organization's "ECOWAS") keep their capitals.
   */
  static String displayCase(String name, ActorType type) {
    boolean allCaps = name.equals(name.toUpperCase(Locale.ROOT)) && !name.equals(name.toLowerCase(Locale.ROOT));
    boolean acronym = !name.contains(" ") && (name.length() <= 4 || name.contains(".") || type == ActorType.ORGANIZATION);
    if (!allCaps || acronym) {
      return name;
    }
    StringBuilder sb = new StringBuilder();
    for (String word : name.split(" ")) {
      if (!sb.isEmpty()) {
        sb.append(' ');
      }
      sb.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }
}
