package org.newskg.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

/**
 * A figure the article gives: a casualty count ("killing 1,250 people", "the death toll passed
 * 40,000"), a number of hostages, a duration of a proposed pause ("a six-week pause").
 *
 * @param counted what is counted, as written ("people", "Palestinian death toll", "week")
 * @param group the actor whose people are counted ("Palestinian" → Palestine), or null
 * @param statement index into {@link Extraction#statements()} of the statement giving the figure, or -1
 * @param event index into {@link Extraction#events()} of the event the figure belongs to, or -1
 * @param date when the text dates the figure, else null
 */
public record Quantity(
    long value,
    Qualifier qualifier,
    Measure measure,
    String counted,
    Actor group,
    int statement,
    int event,
    LocalDate date,
    Evidence evidence) implements Serializable {

  /** How exact the figure is, as the text qualifies it. */
  public enum Qualifier {
    EXACTLY,
    AT_LEAST,
    MORE_THAN,
    ABOUT,
    AT_MOST,
    FEWER_THAN
  }

  /** What kind of thing is counted. */
  public enum Measure {
    DEATHS(true),
    INJURIES(true),
    CAPTIVES(false),
    DISPLACED(false),
    DURATION(false);

    private final boolean casualties;

    Measure(boolean casualties) {
      this.casualties = casualties;
    }

    /** Deaths and injuries are casualty reports. */
    public boolean casualties() {
      return casualties;
    }
  }

  Quantity mapActors(UnaryOperator<Actor> link) {
    return new Quantity(value, qualifier, measure, counted, group == null ? null : link.apply(group), statement, event, date, evidence);
  }
}
