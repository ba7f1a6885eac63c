package org.newskg.resolve;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.model.Actor;
import org.newskg.model.ActorIndex;
import org.newskg.model.Mention;

/** The actors of one article and which mention refers to which. */
public final class ResolvedActors implements ActorIndex {
  private final Map<Mention, Actor> actorOf;
  private final Map<Integer, Actor> clusterActors = new HashMap<>();
  private final List<Actor> order;

  ResolvedActors(Map<Mention, Actor> actorOf) {
    this.actorOf = Map.copyOf(actorOf);
    Map<Integer, Set<Actor>> byCluster = new HashMap<>();
    actorOf.forEach((m, a) -> {
      if (m.corefCluster() >= 0) {
        byCluster.computeIfAbsent(m.corefCluster(), k -> new LinkedHashSet<>()).add(a);
      }
    });
    // A cluster whose named mentions disagree (coref merged two actors) resolves to none.
    byCluster.forEach((cluster, actors) -> {
      if (actors.size() == 1) {
        clusterActors.put(cluster, actors.iterator().next());
      }
    });
    this.order = actorOf.keySet().stream()
        .sorted(Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::tokenBegin))
        .map(actorOf::get)
        .distinct()
        .toList();
  }

  @Override
  public Optional<Actor> actorAt(int sentence, int token) {
    return actorOf.entrySet().stream()
        .filter(e -> e.getKey().covers(sentence, token))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  @Override
  public Optional<Actor> actorOfCluster(int corefCluster) {
    return Optional.ofNullable(clusterActors.get(corefCluster));
  }

  /** Which actor each mention names. */
  public Map<Mention, Actor> byMention() {
    return actorOf;
  }

  @Override
  public List<Actor> actors() {
    return order;
  }
}
