package org.newskg.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One event stated by the article, with its roles.
 *
 * @param date when the text dates the event, else null
 * @param statement index into {@link Claims#statements()} of the statement that reports the event
 *     ("Hezbollah said Israel killed ..."), or -1 when the article states it itself
 */
public record Event(EventType type, List<RoleFiller> roles, LocalDate date, Evidence evidence, int statement) implements Serializable {
  public Event {
    roles = List.copyOf(roles);
  }

  /** An event the article states itself. */
  public Event(EventType type, List<RoleFiller> roles, LocalDate date, Evidence evidence) {
    this(type, roles, date, evidence, -1);
  }

  public boolean reported() {
    return statement >= 0;
  }

  public List<Actor> fillers(Role role) {
    return roles.stream().filter(r -> r.role() == role).map(RoleFiller::actor).toList();
  }
}
