package org.newskg.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One event stated by the article, with its roles.
 *
 * @param date when the text dates the event, else null
 */
public record Event(EventType type, List<RoleFiller> roles, LocalDate date, Evidence evidence) {
  public Event {
    roles = List.copyOf(roles);
  }

  public List<Actor> fillers(Role role) {
    return roles.stream().filter(r -> r.role() == role).map(RoleFiller::actor).toList();
  }
}
