package org.newskg.resolve;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.newskg.model.ActorType;
import org.newskg.text.Acronyms;

/** How two names of one actor relate: the rules in-article and cross-article resolution share. */
final class Names {
  private Names() {}

  /** Case, periods and spacing do not tell names apart: "U.S." = "us". */
  static String fold(String name) {
    // Called for every stored name when linking: plain loops, no regular expressions.
    StringBuilder out = new StringBuilder(name.length());
    boolean space = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '.') {
        continue;
      }
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** Whether the short (folded) name is a surname, a trailing part or an acronym of the long one. */
  static boolean refersTo(String shortKey, String longKey, ActorType type) {
    String[] shortTokens = shortKey.split(" ");
    String[] longTokens = longKey.split(" ");
    if (shortTokens.length >= longTokens.length) {
      return false;
    }
    return switch (type) {
      // "Carver" → "John Carver"; "Reza Karimi" → "Ayatollah Reza Karimi".
      // "Sisi" → "Abdel Fattah el-Sisi": Arabic articles are often dropped from surnames.
      case PERSON -> {
        // "Carver" → "Henry B. Carver Jr.": a generational suffix is no part of the surname.
        String[] full = withoutSuffix(longTokens);
        yield shortTokens.length < full.length && (Arrays.equals(withoutArticle(shortTokens),
            withoutArticle(Arrays.copyOfRange(full, full.length - shortTokens.length, full.length)))
            || shortTokens.length == 1 && (familyNameFirst(shortKey, full) || paternalSurname(shortKey, full)));
      }
      case ORGANIZATION -> shortTokens.length == 1 && shortKey.length() > 1 && Acronyms.spells(shortKey, longTokens);
      // "the South" → "South Korea", "the North's envoy" → North Korea
      case COUNTRY -> shortTokens.length == 1 && COMPASS.contains(shortKey) && longTokens[0].equals(shortKey);
      default -> false;
    };
  }

  /** "Kim" → "Kim Jae-kyu": a family name before hyphenated given names, as Korean names are written. */
  private static boolean familyNameFirst(String surname, String[] full) {
    return full[0].equals(surname) && Arrays.stream(full, 1, full.length).allMatch(t -> t.indexOf('-') > 0);
  }

  /**
   * "Salinas" → "Carlos Salinas de Gortari", "Aburto" → "Mario Aburto Martínez": a Spanish name
   * carries two surnames, and news shortens it to the first, the father's.
   */
  private static boolean paternalSurname(String surname, String[] full) {
    if (full.length < 3) {
      return false;
    }
    for (int i = 1; i < full.length - 1; i++) {
      boolean secondFollows = i == full.length - 2 || SURNAME_PARTICLES.contains(full[i + 1]) && i + 2 < full.length;
      if (full[i].equals(surname) && secondFollows) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> SURNAME_PARTICLES = Set.of("de", "del", "y", "i");

  /** The words a state divided by a compass point is called by in its own news: "the North", "the South". */
  static final Set<String> COMPASS = Set.of("north", "south", "east", "west");

  private static final Set<String> SUFFIXES = Set.of("jr", "jr,", "sr", "ii", "iii", "iv");

  private static String[] withoutSuffix(String[] tokens) {
    int end = tokens.length;
    while (end > 1 && SUFFIXES.contains(tokens[end - 1])) {
      end--;
    }
    return end == tokens.length ? tokens : Arrays.copyOf(tokens, end);
  }

  static String[] withoutArticle(String[] tokens) {
    String[] out = tokens.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] = out[i].replaceFirst("^(al|el|ad|ed|as|es|at|an|ar)-", "");
    }
    return out;
  }

  static String initials(String[] tokens) {
    StringBuilder sb = new StringBuilder();
    for (String t : tokens) {
      if (!t.equals("of") && !t.equals("the") && !t.equals("and")) {
        sb.append(t.charAt(0));
      }
    }
    return sb.toString();
  }
}
