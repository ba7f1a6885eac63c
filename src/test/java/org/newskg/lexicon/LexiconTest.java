package org.newskg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generated event lexicon is what its recipe (src/main/lexicon) makes of WordNet 3.1 and the
 * CAMEO verbs: regenerated here, it must equal the checked-in file.
 */
class EventLexiconTest {
  private static final Path CHECKED_IN = Path.of("src/main/resources/org/newskg/extract/event-lexicon.tsv");

  @Test
  void theCheckedInLexiconIsWhatTheRecipeGenerates() throws Exception {
    String fresh = EventLexiconGenerator.generate(Path.of("src/main/lexicon"));
    String stored = Files.readString(CHECKED_IN);
    if (!fresh.equals(stored)) {
      Path regenerated = Path.of("target/event-lexicon.tsv");
      Files.writeString(regenerated, fresh);
      List<String> added = fresh.lines().filter(l -> !stored.lines().toList().contains(l)).limit(10).toList();
      List<String> removed = stored.lines().filter(l -> !fresh.lines().toList().contains(l)).limit(10).toList();
      fail("event-lexicon.tsv is out of date with its recipe (run scripts/gen-lexicon; regenerated copy: "
          + regenerated + "); new: " + added + "; gone: " + removed);
    }
  }

  @Test
  void everyEntryNamesItsSourceAndAKindTheRulesKnow() {
    Map<String, String> kinds = new HashMap<>();
    for (List<String> row : DataFiles.rows("/org/newskg/extract/event-lexicon.tsv")) {
      assertEquals(4, row.size(), row.toString());
      assertTrue(row.get(3).matches("(wn31:\\d{8}-[nv]<[a-z_-]+\\.[nv]\\.\\d+|cameo:[0-9:]+<\\S+)"), row.toString());
      assertTrue(List.of("Attack", "Killing", "Death", "Threat", "Negotiation", "Mediation").contains(row.get(2)), row.toString());
      assertTrue(row.get(0).split(" ").length <= 2, "two words at most: " + row);
      kinds.put(row.get(0) + "/" + row.get(1), row.get(2));
    }
    // Derivations reach across parts of speech: the verb's seed gives its act noun.
    assertEquals("Killing", kinds.get("assassination/N"));
    assertEquals("Mediation", kinds.get("mediator/N"));
    assertEquals("Killing", kinds.get("gun down/V"));
    assertEquals("Attack", kinds.get("ambush/V"));
    // The reviewed stop list keeps out what news uses in other senses.
    assertFalse(kinds.containsKey("diplomat/N"));
    assertFalse(kinds.containsKey("fight/V"), "undirected fighting is no attack");
  }
}
