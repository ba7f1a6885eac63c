package org.newskg.text;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Whether an acronym spells a name: the one test the NER repair and actor resolution share. */
public final class Acronyms {
  private Acronyms() {}

  /** Small words an acronym may skip or spell: "Liberians United for Reconciliation and Democracy" is "LURD". */
  private static final Set<String> FUNCTION_WORDS =
      Set.of("of", "the", "and", "for", "in", "on", "to", "de", "del", "la", "el", "des", "du", "y", "et");

  /**
   * Whether the lower-case acronym spells the lower-case name words: each word gives its first
   * one to three letters, in order ("Economic Community of West African States" is "ECOWAS");
   * small words give one letter or none. Or the name's words give their initials in another order.
   */
  public static boolean spells(String acronym, String[] words) {
    return words.length > 1 && (spells(acronym, 0, words, 0) || translated(acronym, words));
  }

  /**
   * "Organisation of Armed Resistance (ORA)", "Revolutionary Armed Forces of Colombia (FARC)": an
   * acronym of the name in its own language, whose word order differs, has the initials of the
   * translated name's words in another order.
   */
  private static boolean translated(String acronym, String[] words) {
    List<String> content = Arrays.stream(words).filter(w -> !FUNCTION_WORDS.contains(w) && !w.isEmpty()).toList();
    if (acronym.length() < 3 || content.size() != acronym.length()) {
      return false;
    }
    char[] initials = new char[content.size()];
    for (int i = 0; i < initials.length; i++) {
      initials[i] = content.get(i).charAt(0);
    }
    char[] letters = acronym.toCharArray();
    Arrays.sort(initials);
    Arrays.sort(letters);
    return Arrays.equals(initials, letters);
  }

  /** Whether a word is one of the small words an acronym may skip. */
  public static boolean isFunctionWord(String word) {
    return FUNCTION_WORDS.contains(word);
  }

  private static boolean spells(String acronym, int at, String[] words, int word) {
    if (word == words.length) {
      return at == acronym.length();
    }
    String w = words[word];
    if (FUNCTION_WORDS.contains(w) && spells(acronym, at, words, word + 1)) {
      return true;
    }
    int most = FUNCTION_WORDS.contains(w) ? 1 : 3;
    for (int k = 1; k <= Math.min(most, Math.min(w.length(), acronym.length() - at)); k++) {
      if (acronym.regionMatches(at, w, 0, k) && spells(acronym, at + k, words, word + 1)) {
        return true;
      }
    }
    return false;
  }
}
