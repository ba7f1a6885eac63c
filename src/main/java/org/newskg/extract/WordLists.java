package org.newskg.extract;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.lexicon.DataFiles;

/** Named word lists of a bundled data file: list name, then |-separated lemmas. */
final class WordLists {
  private final String file;
  private final Map<String, Set<String>> lists;

  private WordLists(String file, Map<String, Set<String>> lists) {
    this.file = file;
    this.lists = Map.copyOf(lists);
  }

  static WordLists load(String resource) {
    Map<String, Set<String>> lists = new HashMap<>();
    for (List<String> row : DataFiles.rows(resource)) {
      lists.put(row.get(0), withBritishSpellings(DataFiles.split(row, 1)));
    }
    return new WordLists(resource.substring(resource.lastIndexOf('/') + 1), lists);
  }

  /**
   * The lemmas with the British spelling of each "-ize" verb and "-ization" noun beside it: the
   * lemmatizer keeps "authorised" as "authorise", and news from London writes it so.
   */
  static Set<String> withBritishSpellings(Collection<String> lemmas) {
    Set<String> spelled = new HashSet<>(lemmas);
    for (String lemma : lemmas) {
      if (lemma.endsWith("ize")) {
        spelled.add(lemma.substring(0, lemma.length() - 3) + "ise");
      } else if (lemma.endsWith("ization")) {
        spelled.add(lemma.substring(0, lemma.length() - 7) + "isation");
      }
    }
    return Set.copyOf(spelled);
  }

  /** These lists and one more, made from other data than the file ("attack-verb" from the lexicons). */
  WordLists with(String list, Set<String> lemmas) {
    Map<String, Set<String>> more = new HashMap<>(lists);
    more.put(list, withBritishSpellings(lemmas));
    return new WordLists(file, more);
  }

  Set<String> get(String list) {
    Set<String> found = lists.get(list);
    if (found == null) {
      throw new IllegalStateException(file + " has no list " + list);
    }
    return found;
  }
}
