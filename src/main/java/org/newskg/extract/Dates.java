package org.newskg.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Calendar days SUTime resolved under a word of the dependency tree. */
final class Dates {
  private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  /** Relations to clauses: a date there dates what was said, not the saying. */
  private static final Set<String> CLAUSES = Set.of("ccomp", "xcomp", "parataxis", "advcl", "conj", "dep", "acl:relcl");

  private Dates() {}

  /**
   * The day of a date anywhere under the word ("killed on Friday" in an article of 2020-01-05 →
   * 2020-01-03); none when the text dates it less precisely than a day.
   */
  static LocalDate under(SemanticGraph graph, IndexedWord word) {
    return search(graph, word, false);
  }

  /** The day of a date in the word's own clause ("told reporters on Monday that ..."). */
  static LocalDate ofClause(SemanticGraph graph, IndexedWord word) {
    return search(graph, word, true);
  }

  private static LocalDate search(SemanticGraph graph, IndexedWord start, boolean ownClause) {
    Deque<IndexedWord> todo = new ArrayDeque<>();
    Set<IndexedWord> seen = new HashSet<>();
    todo.add(start);
    while (!todo.isEmpty()) {
      IndexedWord word = todo.poll();
      if (!seen.add(word)) {
        continue;
      }
      LocalDate day = day(word);
      if (day != null) {
        return day;
      }
      for (SemanticGraphEdge edge : graph.outgoingEdgeList(word)) {
        String rel = edge.getRelation().toString();
        if (!ownClause || !CLAUSES.contains(rel.contains(":") && !rel.equals("acl:relcl") ? rel.substring(0, rel.indexOf(':')) : rel)) {
          todo.add(edge.getDependent());
        }
      }
    }
    return null;
  }

  private static LocalDate day(IndexedWord word) {
    String normalized = word.backingLabel().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    if ("DATE".equals(word.ner()) && normalized != null && FULL_DATE.matcher(normalized).matches()) {
      try {
        return LocalDate.parse(normalized);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }
}
