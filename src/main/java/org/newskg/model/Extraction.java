package org.newskg.model;

import java.util.List;

/** Everything newskg extracted from one article, ready to be written as that article's graph. */
public record Extraction(
    Article article,
    List<Actor> actors,
    List<TitleFact> titles,
    List<AffiliationFact> affiliations,
    List<Event> events) {
  public Extraction {
    actors = List.copyOf(actors);
    titles = List.copyOf(titles);
    affiliations = List.copyOf(affiliations);
    events = List.copyOf(events);
  }

  /** Facts other than actors: titles, affiliations, event roles. */
  public int factCount() {
    return titles.size() + affiliations.size() + events.stream().mapToInt(e -> e.roles().size()).sum();
  }
}
