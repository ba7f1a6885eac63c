package org.newskg.resolve;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.model.Actor;
import org.newskg.model.ActorRegistry;
import org.newskg.model.ActorType;
import org.newskg.model.Article;
import org.newskg.model.Claims;
import org.newskg.model.Extraction;
import org.newskg.model.Merge;
import org.newskg.model.PossibleIdentity;

/**
 * Cross-article linking block by block instead of in one pass over a batch: what a distributed
 * ingest runs. Actors connected by no chain of shared {@link BlockingKeys} never affect each
 * other's linking, so each block of connected actors is linked on its own, its articles in ingest
 * order, by the single-machine {@link CrossArticleLinker}, and gets the very IRIs, flags and
 * merges one pass over all articles gives. Persons are linked after every other actor: stored
 * persons keep the organizations they are affiliated with as those were linked.
 */
public final class BlockLinker {
  private BlockLinker() {}

  /**
   * The actors of one article that fall in one block, with their posts and affiliations.
   *
   * @param ordinal the article's place in ingest order
   * @param organizations for a block of persons: the article's affiliated organizations, as linked
   */
  public record Slice(long ordinal, Extraction actors, Map<Actor, Actor> organizations) implements Serializable {
    public Slice {
      organizations = Map.copyOf(organizations);
    }
  }

  /**
   * How the actors of one slice are linked.
   *
   * @param linked each actor of the slice as the article stores it
   * @param merges stored actors this article's fuller names replace
   */
  public record Links(long ordinal, Map<Actor, Actor> linked, List<PossibleIdentity> flags, List<Merge> merges) implements Serializable {
    public Links {
      linked = Map.copyOf(linked);
      flags = List.copyOf(flags);
      merges = List.copyOf(merges);
    }
  }

  /** Whether an actor is linked in the first pass; persons wait for their organizations. */
  public static boolean inFirstPass(Actor actor) {
    return actor.type() != ActorType.PERSON;
  }

  /**
   * The part of an article linking a block needs: some of its actors, with their posts and
   * affiliations; no text, events or claims.
   */
  public static Slice slice(long ordinal, Extraction local, Collection<Actor> actors, Map<Actor, Actor> organizations) {
    Set<Actor> kept = new HashSet<>(actors);
    Article article = local.article();
    Extraction part = new Extraction(
        new Article(article.id(), null, null, null, "", article.origin()),
        local.actors().stream().filter(kept::contains).toList(),
        local.titles().stream().filter(t -> kept.contains(t.person())).toList(),
        local.affiliations().stream().filter(a -> kept.contains(a.person())).toList(),
        List.of(),
        Claims.none());
    return new Slice(ordinal, part, organizations);
  }

  /** Links one block, its slices in ingest order, as one pass over their articles would. */
  public static List<Links> link(List<Slice> inOrder) {
    CrossArticleLinker linker = new CrossArticleLinker();
    ActorRegistry registry = ActorRegistry.empty();
    List<Links> out = new ArrayList<>();
    long previous = Long.MIN_VALUE;
    for (Slice slice : inOrder) {
      if (slice.ordinal() <= previous) {
        throw new IllegalArgumentException("slices out of ingest order: " + slice.ordinal() + " after " + previous);
      }
      previous = slice.ordinal();
      CrossArticleLinker.Linking linking = linker.link(slice.actors(), registry);
      Extraction linked = linking.extraction();
      Map<Actor, Actor> byLocal = new HashMap<>();
      for (int i = 0; i < linked.actors().size(); i++) {
        byLocal.put(slice.actors().actors().get(i), linked.actors().get(i));
      }
      // The registry remembers a person's organizations as their own block linked them.
      Extraction stored = linked.mapActors(a -> slice.organizations().getOrDefault(a, a), linked.ambiguities());
      registry = registry.with(stored, linking.merges());
      out.add(new Links(slice.ordinal(), byLocal, linked.ambiguities(), linking.merges()));
    }
    return out;
  }

  /**
   * An article linked through the links of every block it has actors in: the extraction and the
   * merges, in the order {@link CrossArticleLinker#link} gives them.
   */
  public static CrossArticleLinker.Linking assemble(Extraction local, Collection<Links> links) {
    Map<Actor, Actor> linked = new HashMap<>();
    List<PossibleIdentity> flags = new ArrayList<>();
    List<Merge> merges = new ArrayList<>();
    for (Links part : links) {
      linked.putAll(part.linked());
      flags.addAll(part.flags());
      merges.addAll(part.merges());
    }
    // One pass makes at most one merge per actor, in the order of the article's actors.
    List<String> order = local.actors().stream().map(Actor::iri).toList();
    merges.sort(Comparator.comparingInt(m -> order.indexOf(m.surviving())));
    List<Actor> linkedOrder = local.actors().stream().map(a -> linked.getOrDefault(a, a)).toList();
    flags.sort(Comparator.comparingInt(f -> linkedOrder.indexOf(f.actor())));
    return new CrossArticleLinker.Linking(local.mapActors(a -> linked.getOrDefault(a, a), flags), merges);
  }
}
