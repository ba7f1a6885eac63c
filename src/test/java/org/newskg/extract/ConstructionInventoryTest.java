package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.newskg.SharedProcessor;
import org.newskg.TestFiles;
import org.newskg.model.Actor;
import org.newskg.model.Article;
import org.newskg.model.Event;
import org.newskg.model.Extraction;

/**
 * The construction inventory of docs/EXTRACTION.md, row by row: each sentence runs through the
 * whole pipeline, and whether the row's expectations hold must be what its status column says.
 */
class ConstructionInventoryTest {
  /** One row of the inventory's tables. */
  record Row(String id, String sentence, List<String> expects, boolean pass) {}

  static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String line : Files.readAllLines(TestFiles.root().resolve("docs/EXTRACTION.md"))) {
      if (!line.startsWith("| ") || line.startsWith("| id ")) {
        continue;
      }
      String[] cells = line.substring(1, line.length() - 1).split("\\|");
      if (cells.length != 6 || cells[0].strip().matches("-+")) {
        continue;
      }
      List<String> expects = Stream.of(cells[4].split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
      String status = cells[5].strip();
      assertTrue(status.equals("pass") || status.equals("miss"), "status of " + cells[0].strip() + ": " + status);
      rows.add(new Row(cells[0].strip(), cells[3].strip(), expects, status.equals("pass")));
    }
    return rows;
  }

  @Test
  void theInventoryHasRowsForEveryEventTypeAndTheirIdsAreUnique() throws IOException {
    List<Row> rows = rows();
    assertEquals(rows.size(), rows.stream().map(Row::id).distinct().count(), "duplicate row ids");
    for (String prefix : List.of("neg-", "med-", "att-", "kill-", "thr-", "act-", "post-")) {
      assertTrue(rows.stream().filter(r -> r.id().startsWith(prefix)).count() >= 5, "few rows for " + prefix);
    }
  }

  @TestFactory
  Stream<DynamicTest> eachRowIsAsItsStatusSays() throws IOException {
    return rows().stream().map(row -> DynamicTest.dynamicTest(row.id(), () -> {
      Extraction extraction = SharedProcessor.get().process(
          new Article(null, null, LocalDate.parse("2024-08-26"), null, row.sentence(), "inventory"));
      List<String> failing = row.expects().stream().filter(e -> !holds(e, extraction)).toList();
      if (row.pass()) {
        assertTrue(failing.isEmpty(), row.id() + " is marked pass but fails " + failing + " on: " + row.sentence());
      } else {
        assertTrue(!failing.isEmpty(), row.id() + " is marked miss but now passes: mark it pass in docs/EXTRACTION.md");
      }
    }));
  }

  private static boolean inOneEvent(Extraction extraction, String type, String role, String label, String otherRole, String other) {
    return extraction.events().stream().filter(ev -> typeName(ev).equals(type))
        .anyMatch(ev -> ev.roles().stream().anyMatch(r -> r.role().localName().equals(role) && labelOf(r.actor()).equals(label))
            && ev.roles().stream().anyMatch(r -> r.role().localName().equals(otherRole) && labelOf(r.actor()).equals(other)));
  }

  /** Whether one expectation of the inventory's notation holds of an extraction. */
  static boolean holds(String expectation, Extraction extraction) {
    boolean negated = expectation.startsWith("!");
    String e = negated ? expectation.substring(1) : expectation;
    boolean found;
    if (e.startsWith("actor:")) {
      String[] parts = e.substring(6).split("=", 2);
      found = extraction.actors().stream().anyMatch(a -> a.label().equals(parts[1])
          && a.type().name().equalsIgnoreCase(parts[0]));
    } else if (e.startsWith("actor=")) {
      found = extraction.actors().stream().anyMatch(a -> a.label().equals(e.substring(6)));
    } else if (e.startsWith("alias=")) {
      String[] parts = e.substring(6).split(">", 2);
      found = extraction.actors().stream().anyMatch(a -> a.label().equals(parts[1]) && a.altLabels().contains(parts[0]));
    } else if (e.startsWith("title=")) {
      String[] parts = e.substring(6).split(">", 2);
      found = extraction.titles().stream().anyMatch(t -> t.person().label().equals(parts[0])
          && t.title().equalsIgnoreCase(parts[1]));
    } else if (e.startsWith("affiliation=")) {
      String[] parts = e.substring(12).split(">", 2);
      found = extraction.affiliations().stream().anyMatch(a -> a.person().label().equals(parts[0])
          && a.organization().label().equals(parts[1]));
    } else if (e.startsWith("killedBy=")) {
      // victim and killer in one event: a killing told in one sentence, its killer in another
      String[] parts = e.substring(9).split(">", 2);
      found = inOneEvent(extraction, "Killing", "victim", parts[0], "killer", parts[1]);
    } else if (e.startsWith("mediatesBetween=")) {
      // mediator and party in one negotiation: talks told apart stay apart
      String[] parts = e.substring(16).split(">", 2);
      found = inOneEvent(extraction, "Negotiation", "mediator", parts[0], "participant", parts[1]);
    } else if (!e.contains("/")) {
      found = extraction.events().stream().anyMatch(ev -> typeName(ev).equals(e));
    } else {
      String type = e.substring(0, e.indexOf('/'));
      String role = e.substring(e.indexOf('/') + 1, e.indexOf('='));
      String label = e.substring(e.indexOf('=') + 1);
      found = extraction.events().stream().filter(ev -> typeName(ev).equals(type))
          .flatMap(ev -> ev.roles().stream())
          .anyMatch(r -> r.role().localName().equals(role) && labelOf(r.actor()).equals(label));
    }
    return found != negated;
  }

  private static String typeName(Event event) {
    String name = event.type().name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static String labelOf(Actor actor) {
    return actor.label();
  }
}
