package org.newskg.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

/**
 * Something a source said, wrote or denied: a direct quote or reported speech ("Egypt told the AP
 * that Hamas was skeptical").
 *
 * @param reporting whether facts stated inside the content are the speaker's report ("said that
 *     Israel struck ..."), not only its topic ("vowed revenge for the killing of ...")
 * @param content what was said: the quote without its marks, or the reported clause
 * @param contentBegin character offset of the content in the article text
 * @param contentEnd character offset just past the content
 * @param audience the actor told ("told the AP"), or null
 * @param audienceText the audience as written when it is no actor ("reporters"), or null
 * @param date when the text dates the statement, else null
 */
public record Statement(
    Source speaker,
    Kind kind,
    boolean quoted,
    boolean reporting,
    String content,
    int contentBegin,
    int contentEnd,
    Actor audience,
    String audienceText,
    LocalDate date,
    Evidence evidence) implements Serializable {

  /** What a statement does with its content. */
  public enum Kind {
    /** States, announces, warns, vows. */
    CLAIM,
    /** Denies: the content is what the speaker says did not happen. */
    DENIAL
  }

  /** Whether a character offset of the article lies inside what the statement reports. */
  public boolean covers(int offset) {
    return reporting && offset >= contentBegin && offset < contentEnd;
  }

  Statement mapActors(UnaryOperator<Actor> link) {
    return new Statement(speaker.mapActors(link), kind, quoted, reporting, content, contentBegin, contentEnd,
        audience == null ? null : link.apply(audience), audienceText, date, evidence);
  }
}
