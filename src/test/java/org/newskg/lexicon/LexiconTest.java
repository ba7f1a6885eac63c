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
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The generated lexicons are what their recipes (src/main/lexicon) make of WordNet 3.1 and the
 * CAMEO verbs: regenerated here, each must equal its checked-in file.
 */
class LexiconTest {
  private static final Path PROJECT = Path.of(".");

  @Test
  void theCheckedInLexiconIsWhatTheRecipeGenerates() throws Exception {
    assertGeneratedAsCheckedIn(LexiconGenerator.EVENTS);
  }

  @Test
  void theCheckedInPostLexiconIsWhatTheRecipeGenerates() throws Exception {
    assertGeneratedAsCheckedIn(LexiconGenerator.POSTS);
  }

  private static void assertGeneratedAsCheckedIn(LexiconGenerator.Recipe recipe) throws Exception {
    String fresh = LexiconGenerator.generate(PROJECT.resolve("src/main/lexicon"), recipe);
    String stored = Files.readString(recipe.checkedIn(PROJECT));
    if (!fresh.equals(stored)) {
      Path regenerated = Path.of("target").resolve(recipe.output());
      Files.writeString(regenerated, fresh);
      List<String> added = fresh.lines().filter(l -> !stored.lines().toList().contains(l)).limit(10).toList();
      List<String> removed = stored.lines().filter(l -> !fresh.lines().toList().contains(l)).limit(10).toList();
      fail(recipe.output() + " is out of date with its recipe (run scripts/gen-lexicon; regenerated copy: "
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

  @Test
  void thePostLexiconHoldsOneWordNounsOfOfficesAndNoTrades() {
    List<List<String>> rows = DataFiles.rows("/org/newskg/extract/post-lexicon.tsv");
    for (List<String> row : rows) {
      assertEquals(List.of("N", "Post"), row.subList(1, 3), row.toString());
      assertTrue(row.get(3).matches("wn31:\\d{8}-n<[a-z_-]+\\.n\\.\\d+"), row.toString());
      assertFalse(row.get(0).contains(" "), "one word: " + row);
    }
    Set<String> posts = rows.stream().map(r -> r.get(0)).collect(Collectors.toSet());
    // Reached through hyponymy from the seeds: offices, commands, church offices.
    assertTrue(posts.containsAll(Set.of("prefect", "commandant", "conciliator", "magistrate", "archbishop", "consul", "corporal")), posts.toString());
    // The reviewed stop list keeps out what is a trade, a kin word or a figure of speech.
    assertFalse(posts.contains("hotelier"));
    assertFalse(posts.contains("father"));
    assertFalse(posts.contains("officer"), "measured: a description more often than a post");
  }
}
