package org.newskg.resolve;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.newskg.model.ActorType;

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
      case PERSON -> Arrays.equals(withoutArticle(shortTokens),
          withoutArticle(Arrays.copyOfRange(longTokens, longTokens.length - shortTokens.length, longTokens.length)));
      case ORGANIZATION -> shortTokens.length == 1 && shortKey.length() > 1 && abbreviates(shortKey, longTokens);
      default -> false;
    };
  }

  /** Small words an acronym may skip or spell: "Liberians United for Reconciliation and Democracy" is "LURD". */
  private static final Set<String> FUNCTION_WORDS =
      Set.of("of", "the", "and", "for", "in", "on", "to", "de", "del", "la", "el", "des", "du", "y", "et");

  /**
   * Whether the (folded) acronym spells the name: each other word gives its first one to three
   * letters, in order ("Economic Community of West African States" is "ECOWAS"); small words
   * give one letter or none.
   */
  static boolean abbreviates(String acronym, String[] tokens) {
    return tokens.length > 1 && spells(acronym, 0, tokens, 0);
  }

  private static boolean spells(String acronym, int at, String[] tokens, int token) {
    if (token == tokens.length) {
      return at == acronym.length();
    }
    String word = tokens[token];
    if (FUNCTION_WORDS.contains(word) && spells(acronym, at, tokens, token + 1)) {
      return true;
    }
    int most = FUNCTION_WORDS.contains(word) ? 1 : 3;
    for (int k = 1; k <= Math.min(most, Math.min(word.length(), acronym.length() - at)); k++) {
      if (acronym.regionMatches(at, word, 0, k) && spells(acronym, at + k, tokens, token + 1)) {
        return true;
      }
    }
    return false;
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
