package org.newskg.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wire datelines ("CAIRO, May 21, 2021 - ", "GAZA CITY (Reuters) - ") open a paragraph but are
 * not part of its first sentence; parsed with it, they wreck that sentence's parse ("CAIRO" as
 * the subject of its verb). They are blanked out, character for character, before annotation, so
 * every offset still points into the article text.
 */
final class Datelines {
  private static final String DATE = "[A-Z][a-z]+\\.? \\d{1,2}(?:, \\d{4})?";
  private static final Pattern DATELINE = Pattern.compile(
      "(?m)^(?:[A-Z][A-Z.'\\-]+(?: [A-Z][A-Z.'\\-]+)*(?:, " + DATE + ")?|[A-Z][a-z]+(?: [A-Z][a-z]+)*, " + DATE + ")"
          + "(?: \\([A-Za-z ]+\\))?[ \\t]+(?:-|--|\u2014|\u2013)[ \\t]+(?=[A-Z\"\u201c])");

  private Datelines() {}

  /** The text with each paragraph's dateline replaced by as many spaces. */
  static String blank(String text) {
    Matcher m = DATELINE.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text);
    do {
      for (int i = m.start(); i < m.end(); i++) {
        sb.setCharAt(i, ' ');
      }
    } while (m.find());
    return sb.toString();
  }
}
