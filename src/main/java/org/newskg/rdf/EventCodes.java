package org.newskg.rdf;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.lexicon.DataFiles;

/** The CAMEO code and PLOVER type of each kind of event, from the bundled {@code event-codes.tsv}. */
final class EventCodes {
  private static final String RESOURCE = "/org/newskg/rdf/event-codes.tsv";

  /** A CAMEO code, its name, and the PLOVER type it maps to (null where none fits). */
  record Code(String cameo, String name, String plover) {}

  private record Row(String type, String role, Code code) {}

  private final List<Row> rows;

  private EventCodes(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  static EventCodes load() {
    return new EventCodes(DataFiles.rows(RESOURCE).stream()
        .map(r -> new Row(r.get(0), r.get(1).startsWith("role:") ? r.get(1).substring(5) : null,
            new Code(r.get(2), r.get(3), r.get(4).equals("-") ? null : r.get(4))))
        .toList());
  }

  /** The code of an event of the class with this local name, whose filled roles are {@code roles}. */
  Optional<Code> of(String type, Set<String> roles) {
    return rows.stream()
        .filter(r -> r.type.equals(type) && (r.role == null || roles.contains(r.role)))
        .map(Row::code)
        .findFirst();
  }
}
