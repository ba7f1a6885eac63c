package org.newskg.model;

import java.io.Serializable;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Everything newskg extracted from one article, ready to be written as that article's graph.
 *
 * @param claims statements, figures and proposals: who said what
 * @param ambiguities actors that could be one of several stored actors, flagged for curation
 * @param mentions where the text names each actor, in text order
 */
public record Extraction(
    Article article,
    List<Actor> actors,
    List<TitleFact> titles,
    List<AffiliationFact> affiliations,
    List<Event> events,
    Claims claims,
    List<PossibleIdentity> ambiguities,
    List<MentionSpan> mentions) implements Serializable {
  public Extraction {
    mentions = List.copyOf(mentions);
    actors = List.copyOf(actors);
    titles = List.copyOf(titles);
    affiliations = List.copyOf(affiliations);
    events = List.copyOf(events);
    ambiguities = List.copyOf(ambiguities);
  }

  /** An extraction before cross-article resolution: no ambiguities known yet. */
  public Extraction(Article article, List<Actor> actors, List<TitleFact> titles, List<AffiliationFact> affiliations, List<Event> events,
      Claims claims, List<MentionSpan> mentions) {
    this(article, actors, titles, affiliations, events, claims, List.of(), mentions);
  }

  /** An extraction that does not say where its actors are named. */
  public Extraction(Article article, List<Actor> actors, List<TitleFact> titles, List<AffiliationFact> affiliations, List<Event> events, Claims claims) {
    this(article, actors, titles, affiliations, events, claims, List.of(), List.of());
  }

  /** An extraction without claims, before cross-article resolution. */
  public Extraction(Article article, List<Actor> actors, List<TitleFact> titles, List<AffiliationFact> affiliations, List<Event> events) {
    this(article, actors, titles, affiliations, events, Claims.none());
  }

  /** Facts other than actors: titles, affiliations, event roles, statements, figures, proposal steps. */
  public int factCount() {
    return titles.size() + affiliations.size() + events.stream().mapToInt(e -> e.roles().size()).sum() + claims.size();
  }

  /** The same extraction with every actor replaced through {@code link}, in every fact. */
  public Extraction mapActors(UnaryOperator<Actor> link, List<PossibleIdentity> flagged) {
    return new Extraction(
        article,
        actors.stream().map(link).toList(),
        titles.stream().map(t -> new TitleFact(link.apply(t.person()), t.title(), t.evidence())).toList(),
        affiliations.stream().map(a -> new AffiliationFact(link.apply(a.person()), link.apply(a.organization()), a.evidence())).toList(),
        events.stream().map(e -> new Event(e.type(),
            e.roles().stream().map(r -> new RoleFiller(r.role(), link.apply(r.actor()))).toList(), e.date(), e.evidence(), e.statement())).toList(),
        claims.mapActors(link),
        flagged,
        mentions.stream().map(m -> new MentionSpan(link.apply(m.actor()), m.begin(), m.end())).toList());
  }
}
