package org.newskg.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wire datelines ("CAIRO, May 21, 2021 - ", "GAZA CITY (Reuters) - ", "LIMA, Peru, May 5 - ") open a paragraph but are
 * not part of its first sentence; parsed with it, they wreck that sentence's parse ("CAIRO" as
 * the subject of its verb). They are blanked out, character for character, before annotation, so
 * every offset still points into the article text. A dated dateline also dates the article.
 */
public final class Datelines {
  private static final String DAY = "[A-Z][a-z]+\\.? \\d{1,2}";
  private static final String DATE = DAY + "(?:, \\d{4})?";
  /** A comma-separated piece of a dateline that is its date, not its place: "May 21", "2021". */
  private static final Pattern DATE_PART = Pattern.compile(DAY + "|\\d{4}");
  private static final Pattern FULL_DATE = Pattern.compile("([A-Z][a-z]+)\\.? (\\d{1,2}), (\\d{4})");
  private static final Pattern DATELINE = Pattern.compile(
      "(?m)^(?:[A-Z][A-Z.'\\-]+(?: [A-Z][A-Z.'\\-]+)*(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)*)?(?:, " + DATE + ")?|[A-Z][a-z]+(?: [A-Z][a-z]+)*, " + DATE + ")"
          + "(?: \\([A-Za-z ]+\\))?[ \\t]+(?:-|--|\u2014|\u2013)[ \\t]+(?=[A-Z\"\u201c])");

  private Datelines() {}

  /** The date of the article's first dateline, when it gives one with its year ("CAIRO, May 21, 2021 -"). */
  public static Optional<LocalDate> date(String text) {
    Matcher m = DATELINE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    Matcher date = FULL_DATE.matcher(m.group());
    if (!date.find()) {
      return Optional.empty();
    }
    String month = date.group(1);
    for (String pattern : new String[] {"MMMM d yyyy", "MMM d yyyy"}) {
      try {
        String name = month.equals("Sept") ? "Sep" : month;
        return Optional.of(LocalDate.parse(name + " " + date.group(2) + " " + date.group(3),
            DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH)));
      } catch (DateTimeParseException e) {
        // Not this spelling of the month; try the next.
      }
    }
    return Optional.empty();
  }

  /**
   * The place words of the article's opening dateline: "LIMA, Peru, May 5 -" gives "LIMA" and
   * "Peru", "GAZA CITY (Reuters) -" gives "GAZA CITY". A dateline of a later paragraph (a roundup's
   * next story) is not the article's.
   */
  public static List<String> openingPlace(String text) {
    Matcher m = DATELINE.matcher(text);
    int firstBreak = text.indexOf("\n\n");
    if (!m.find() || firstBreak >= 0 && m.start() > firstBreak) {
      return List.of();
    }
    String place = m.group().replaceAll("\\([A-Za-z ]+\\)|[ \\t]+(?:-|--|\u2014|\u2013)[ \\t]+$", "").strip();
    return Arrays.stream(place.split(",\\s*")).map(String::strip)
        .filter(part -> !part.isEmpty() && !DATE_PART.matcher(part).matches())
        .toList();
  }

  /** The text with each paragraph's dateline replaced by as many spaces. */
  public static String blank(String text) {
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
