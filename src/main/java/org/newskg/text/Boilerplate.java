package org.newskg.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an article carries besides its story: bylines, photo credits, disclaimers and copyright
 * notices, "Read more" and "Related" lines, and text repeated from elsewhere in the article (a
 * caption's truncated teaser, a paragraph printed twice). It stays in the stored text; for
 * analysis it is blanked, character for character, so it yields no facts and every offset still
 * points into the stored text. A caption's own description is kept: it states facts ("a building
 * damaged by a rocket fired from Lebanon").
 */
public final class Boilerplate {
  /** Whole paragraphs that are never the story. */
  private static final Pattern PARAGRAPH = Pattern.compile(
      "(?i)^(?:disclaimer\\b|copyright\\b|\u00a9|\\(c\\) \\d{4}|all rights reserved|read more\\b|related\\s*:|"
          + "see also\\s*:|sign up\\b|subscribe\\b|follow us\\b|share this\\b|advertisement$|"
          + "(?:reporting|writing|editing|additional reporting) by\\b|by [A-Z][\\w.'\\-]+(?: [A-Z][\\w.'\\-]+){0,3}$)");
  /** Photo credits ending a paragraph: "Photo by JANE ROE/AFP via Getty Images", "(Photo: Reuters)", "REUTERS/Jane Roe". */
  private static final Pattern CREDIT = Pattern.compile(
      "\\(?(?:Photo|Image|Picture|Credit|Photograph)s?(?: by|:)\\s*[^.\\n]*?(?:Getty Images|Reuters|AP|AFP|EPA|Shutterstock|[A-Z]{2,}(?:/[A-Z]+)?)\\)?\\.?\\s*$"
          + "|\\b[A-Z][A-Z .'\\-]+/(?:AFP|AP|REUTERS|EPA|Getty Images)(?: via Getty Images)?\\)?\\s*$"
          + "|\\b(?:REUTERS|AFP|AP|EPA|EPA-EFE)/[A-Z][\\w.'\\- ]+$",
      Pattern.MULTILINE);
  /** A teaser cut short: "... negotiations have not..." */
  private static final Pattern TEASER = Pattern.compile("([^\\n]{40,}?)(?:\\.\\.\\.|\u2026)\\s*");

  private Boilerplate() {}

  /** The text with its boilerplate replaced by spaces (line breaks kept). */
  public static String blank(String text) {
    StringBuilder out = new StringBuilder(text);
    for (int[] span : spans(text)) {
      for (int i = span[0]; i < span[1]; i++) {
        if (out.charAt(i) != '\n') {
          out.setCharAt(i, ' ');
        }
      }
    }
    return out.toString();
  }

  /** The character ranges [begin, end) of the boilerplate in the text. */
  public static List<int[]> spans(String text) {
    List<int[]> spans = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int begin = 0;
    while (begin < text.length()) {
      int end = text.indexOf('\n', begin);
      if (end < 0) {
        end = text.length();
      }
      String paragraph = text.substring(begin, end).strip();
      if (!paragraph.isEmpty()) {
        int start = begin + text.substring(begin, end).indexOf(paragraph.charAt(0));
        if (PARAGRAPH.matcher(paragraph).find() || !seen.add(paragraph)) {
          spans.add(new int[] {start, start + paragraph.length()});
        } else {
          inParagraph(text, start, start + paragraph.length(), spans);
        }
      }
      begin = end + 1;
    }
    return spans;
  }

  /** Credits and repeated teasers inside a paragraph that is otherwise the story. */
  private static void inParagraph(String text, int begin, int end, List<int[]> spans) {
    String paragraph = text.substring(begin, end);
    Matcher credit = CREDIT.matcher(paragraph);
    if (credit.find()) {
      spans.add(new int[] {begin + credit.start(), end});
      paragraph = paragraph.substring(0, credit.start());
    }
    Matcher teaser = TEASER.matcher(paragraph);
    while (teaser.find()) {
      String cut = teaser.group(1).strip();
      // Only a teaser the article prints again in full: an ellipsis in a quote stays.
      if (text.indexOf(cut, begin + teaser.end()) >= 0) {
        spans.add(new int[] {begin + teaser.start(), begin + teaser.end()});
      }
    }
  }
}
