package org.newskg.resolve;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.newskg.model.Actor;
import org.newskg.model.ActorRegistry;
import org.newskg.model.ActorType;
import org.newskg.model.Extraction;
import org.newskg.model.KnownActor;
import org.newskg.model.Merge;
import org.newskg.model.PossibleIdentity;

/**
 * Gives the actors of a new article the IRIs the store already uses for them. A name links to a
 * stored actor of the same class when it is that actor's name or one of its other names, or a
 * surname or acronym of exactly one stored actor; when several fit, a shared post or affiliation
 * decides, else the actor stays apart and is flagged. A fuller name arriving later ("Benjamin
 * Levin" after "Levin") takes over the stored short one, as a {@link Merge}.
 */
/** Not thread-safe: one linker per ingest, used by its one writing thread. */
public final class CrossArticleLinker {
  /** The linked extraction and the merges storing it implies. */
  public record Linking(Extraction extraction, List<Merge> merges) implements Serializable {}

  /** The index of the registry last linked against: an ingest links every article to the one before's. */
  private ActorRegistry indexed;
  private NameIndex index;

  private NameIndex indexOf(ActorRegistry registry) {
    if (registry != indexed) {
      index = new NameIndex(registry.actors().values());
      indexed = registry;
    }
    return index;
  }

  public Linking link(Extraction local, ActorRegistry registry) {
    NameIndex names = indexOf(registry);
    Map<Actor, KnownActor> targets = new LinkedHashMap<>();
    List<PossibleIdentity> flagged = new ArrayList<>();
    List<Merge> merges = new ArrayList<>();
    for (Actor actor : local.actors()) {
      List<KnownActor> candidates = candidates(actor, registry, names);
      if (candidates.size() > 1) {
        candidates = byContext(actor, local, candidates);
      }
      if (candidates.size() == 1) {
        targets.put(actor, candidates.get(0));
      } else if (candidates.size() > 1) {
        flagged.add(new PossibleIdentity(actor, candidates.stream().map(KnownActor::iri).sorted().toList()));
      } else {
        shorterForm(actor, registry, names).ifPresent(known -> merges.add(new Merge(known.iri(), known.label(), actor.iri(), actor.label(),
            "'" + known.label() + "' is a shorter name of '" + actor.label() + "'")));
      }
    }
    keepOneActorPerTarget(targets);
    Map<Actor, Actor> linked = new HashMap<>();
    targets.forEach((actor, known) -> linkedActor(actor, known).ifPresent(a -> linked.put(actor, a)));
    List<PossibleIdentity> flags = flagged.stream()
        .map(p -> new PossibleIdentity(linked.getOrDefault(p.actor(), p.actor()), p.candidates()))
        .toList();
    return new Linking(local.mapActors(a -> linked.getOrDefault(a, a), flags), merges);
  }

  /**
   * Merges the stored actors call for on their own: a short name ("Levin", "IDF") that refers
   * to exactly one fuller stored actor of its class. For {@code newskg resolve}.
   */
  public List<Merge> findMerges(ActorRegistry registry) {
    List<Merge> merges = new ArrayList<>();
    NameIndex names = indexOf(registry);
    registry.actors().values().stream()
        .sorted(Comparator.comparing(KnownActor::iri))
        .forEach(known -> {
          List<KnownActor> fuller = names.fullerCandidates(known.type(), Names.fold(known.label())).stream()
              .filter(other -> other.type() == known.type() && !other.iri().equals(known.iri()))
              .filter(other -> !registry.areDistinct(known.iri(), other.iri()))
              .filter(other -> Names.refersTo(Names.fold(known.label()), Names.fold(other.label()), known.type()))
              .toList();
          if (fuller.size() == 1) {
            KnownActor target = fuller.get(0);
            merges.add(new Merge(known.iri(), known.label(), target.iri(), target.label(),
                "'" + known.label() + "' is a shorter name of '" + target.label() + "'"));
          }
        });
    return merges;
  }

  /** Stored actors of the same class this actor's name can stand for. */
  private static List<KnownActor> candidates(Actor actor, ActorRegistry registry, NameIndex names) {
    KnownActor same = registry.actors().get(registry.current(actor.iri()));
    if (same != null && same.type() == actor.type()) {
      return List.of(same);
    }
    String name = Names.fold(actor.label());
    Set<KnownActor> found = new LinkedHashSet<>(names.named(actor.type(), name));
    names.fullerCandidates(actor.type(), name).stream()
        .filter(known -> Names.refersTo(name, Names.fold(known.label()), actor.type()))
        .forEach(found::add);
    return found.stream()
        .filter(known -> !registry.areDistinct(actor.iri(), known.iri()))
        .sorted(Comparator.comparing(KnownActor::iri))
        .toList();
  }

  /** Of several candidates, those that share a post or an affiliation with the actor in this article. */
  private static List<KnownActor> byContext(Actor actor, Extraction local, List<KnownActor> candidates) {
    Set<String> titles = local.titles().stream().filter(t -> t.person().equals(actor))
        .map(t -> Names.fold(t.title())).collect(Collectors.toSet());
    Set<String> affiliations = local.affiliations().stream().filter(a -> a.person().equals(actor))
        .map(a -> a.organization().iri()).collect(Collectors.toSet());
    List<KnownActor> fitting = candidates.stream()
        .filter(known -> known.titles().stream().map(Names::fold).anyMatch(titles::contains)
            || known.affiliations().stream().anyMatch(affiliations::contains))
        .toList();
    return fitting.isEmpty() ? candidates : fitting;
  }

  /** A stored actor whose whole name is a short form of this new, fuller one, and of no other. */
  private static Optional<KnownActor> shorterForm(Actor actor, ActorRegistry registry, NameIndex names) {
    if (actor.type() != ActorType.PERSON && actor.type() != ActorType.ORGANIZATION) {
      return Optional.empty();
    }
    String name = Names.fold(actor.label());
    List<KnownActor> shorter = names.shorterCandidates(actor.type(), name).stream()
        .filter(known -> !registry.areDistinct(actor.iri(), known.iri()))
        .filter(known -> Names.refersTo(Names.fold(known.label()), name, actor.type()))
        .toList();
    if (shorter.size() != 1) {
      return Optional.empty();
    }
    KnownActor known = shorter.get(0);
    String shortName = Names.fold(known.label());
    boolean refersToAnotherStored = names.fullerCandidates(known.type(), shortName).stream()
        .anyMatch(other -> !other.iri().equals(known.iri()) && Names.refersTo(shortName, Names.fold(other.label()), known.type()));
    return refersToAnotherStored ? Optional.empty() : Optional.of(known);
  }

  /**
   * Two actors of one article are two actors: resolution within the article saw more context.
   * When two would link to the same stored actor, only the one with its exact IRI, or else the
   * longer name, keeps the link.
   */
  private static void keepOneActorPerTarget(Map<Actor, KnownActor> targets) {
    Map<String, List<Actor>> byTarget = new HashMap<>();
    targets.forEach((actor, known) -> byTarget.computeIfAbsent(known.iri(), k -> new ArrayList<>()).add(actor));
    byTarget.forEach((iri, actors) -> {
      if (actors.size() > 1) {
        Actor keep = actors.stream()
            .max(Comparator.<Actor>comparingInt(a -> a.iri().equals(iri) ? 1 : 0).thenComparingInt(a -> a.label().length()))
            .orElseThrow();
        actors.stream().filter(a -> a != keep).forEach(targets::remove);
      }
    });
  }

  /** The article's actor under the stored actor's IRI and label, keeping the names this article uses. */
  private static Optional<Actor> linkedActor(Actor actor, KnownActor known) {
    TreeSet<String> alts = new TreeSet<>(actor.altLabels());
    alts.add(actor.label());
    Actor linked = new Actor(known.label(), known.type(), alts, actor.isoCode(), actor.wikidata());
    // IRIs are minted from labels; a stored label that does not mint its IRI cannot be linked to.
    return linked.iri().equals(known.iri()) ? Optional.of(linked) : Optional.empty();
  }
}
