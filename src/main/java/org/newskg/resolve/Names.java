package org.newskg.resolve;

import java.util.Arrays;
import java.util.Locale;
import org.newskg.model.ActorType;

/** How two names of one actor relate: the rules in-article and cross-article resolution share. */
final class Names {
  private Names() {}

  /** Case, periods and spacing do not tell names apart: "U.S." = "us". */
  static String fold(String name) {
    return name.strip().replace(".", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** Whether the short (folded) name is a surname, a trailing part or an acronym of the long one. */
  static boolean refersTo(String shortKey, String longKey, ActorType type) {
    String[] shortTokens = shortKey.split(" ");
    String[] longTokens = longKey.split(" ");
    if (shortTokens.length >= longTokens.length) {
      return false;
    }
    return switch (type) {
      // "Kirby" → "John Kirby"; "Ali Khamenei" → "Ayatollah Ali Khamenei".
      // "Sisi" → "Abdel Fattah el-Sisi": Arabic articles are often dropped from surnames.
      case PERSON -> Arrays.equals(withoutArticle(shortTokens),
          withoutArticle(Arrays.copyOfRange(longTokens, longTokens.length - shortTokens.length, longTokens.length)));
      case ORGANIZATION -> shortTokens.length == 1 && shortKey.length() > 1 && shortKey.equals(initials(longTokens));
      default -> false;
    };
  }

  static String[] withoutArticle(String[] tokens) {
    String[] out = tokens.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] = out[i].replaceFirst("^(al|el|ad|ed|as|es|at|an|ar)-", "");
    }
    return out;
  }

  private static String initials(String[] tokens) {
    StringBuilder sb = new StringBuilder();
    for (String t : tokens) {
      if (!t.equals("of") && !t.equals("the") && !t.equals("and")) {
        sb.append(t.charAt(0));
      }
    }
    return sb.toString();
  }
}
