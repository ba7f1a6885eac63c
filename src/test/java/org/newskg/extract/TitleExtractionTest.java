package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newskg.SharedProcessor;
import org.newskg.lexicon.DataFiles;
import org.newskg.model.Actor;
import org.newskg.model.Article;
import org.newskg.model.Extraction;

/** Posts and affiliations in the ways news states them, on sentences written for these tests. */
class TitleExtractionTest {
  private record Posts(Set<String> titles, Set<String> affiliations, Set<String> actors) {}

  /** Titles as "Person=title", affiliations as "Person=Organization", and every actor's label. */
  private static Posts posts(String text) {
    Extraction extraction = SharedProcessor.get().process(
        new Article(null, null, LocalDate.parse("2025-03-10"), null, text, "test"));
    Set<String> titles = new TreeSet<>();
    extraction.titles().forEach(t -> titles.add(t.person().label() + "=" + t.title()));
    Set<String> affiliations = new TreeSet<>();
    extraction.affiliations().forEach(a -> affiliations.add(a.person().label() + "=" + a.organization().label()));
    Set<String> actors = new TreeSet<>(extraction.actors().stream().map(Actor::label).toList());
    return new Posts(titles, affiliations, actors);
  }

  @Test
  void everyRuleBindsItsPersonToPersonTokens() {
    // TitleExtractor skips sentences without a PERSON token; a rule whose $person were anything
    // else would silently never fire there.
    assertTrue(DataFiles.lines("/org/newskg/extract/titles.rules").contains("$PERSON = [{ner:PERSON}]+"));
    for (TokenRules.Rule rule : TokenRules.load("/org/newskg/extract/titles.rules", TitleExtractor.macros(PostWords.load()))) {
      assertTrue(rule.source().contains("(?$person $PERSON)"), rule.id() + ": " + rule.source());
    }
  }

  @Test
  void aDepartmentBeforeThePostIsPartOfThePostAndTheCountryIsTheAffiliation() {
    Posts posts = posts("U.S. Defense Secretary Pete Hegseth said the strikes would continue. "
        + "British Foreign Secretary David Lammy said London backed them.");
    assertTrue(posts.titles().containsAll(Set.of("Pete Hegseth=Defense Secretary", "David Lammy=Foreign Secretary")), posts.toString());
    assertEquals(Set.of("Pete Hegseth=United States", "David Lammy=United Kingdom"), posts.affiliations());
    assertFalse(posts.actors().stream().anyMatch(a -> a.endsWith("Defense") || a.endsWith("Foreign")), posts.actors().toString());
  }

  @Test
  void anAdviserServesWhomHeAdvisesNotThePlatformHeWritesOn() {
    Posts posts = posts("Karim Haddad, an adviser to Iraqi President Abdul Latif Rashid, wrote on Twitter that the talks had failed.");
    assertTrue(posts.titles().contains("Karim Haddad=adviser"), posts.toString());
    assertTrue(posts.affiliations().contains("Karim Haddad=Iraq"), posts.toString());
    assertFalse(posts.affiliations().contains("Karim Haddad=Twitter"), posts.toString());
  }

  @Test
  void theOrganizationThatSpeaksIsNotThePostHoldersUnlessThePostIsItsOwn() {
    Posts spoken = posts("The Pentagon said President Emmanuel Macron had approved the deployment.");
    assertTrue(spoken.titles().contains("Emmanuel Macron=President"), spoken.toString());
    assertFalse(spoken.affiliations().contains("Emmanuel Macron=Pentagon"), spoken.toString());

    Posts own = posts("Hamas said its military commander, Yousef Nasser, had been arrested in Jenin.");
    assertTrue(own.titles().contains("Yousef Nasser=military commander"), own.toString());
    assertTrue(own.affiliations().contains("Yousef Nasser=Hamas"), own.toString());
  }

  @Test
  void aListOfTitledNamesGivesEachNameItsOwnPosts() {
    Posts posts = posts("The talks were led by CIA Director John Ratcliffe, Omani Prime Minister and Foreign Minister "
        + "Sheikh Badr Albusaidi and Jordanian intelligence chief Ahmed Husni.");
    assertTrue(posts.titles().containsAll(Set.of("John Ratcliffe=Director", "Badr Albusaidi=Prime Minister",
        "Badr Albusaidi=Foreign Minister", "Ahmed Husni=intelligence chief")), posts.toString());
    assertFalse(posts.titles().contains("John Ratcliffe=Prime Minister"), posts.toString());
    assertFalse(posts.titles().stream().anyMatch(t -> t.contains("Sheikh")), "an honorific is no post: " + posts.titles());
    assertEquals(Set.of("John Ratcliffe=CIA", "Badr Albusaidi=Oman", "Ahmed Husni=Jordan"), posts.affiliations());
  }

  @Test
  void aRankAfterAPostIsATitleOfItsOwnAndACopulaStatesAPost() {
    Posts posts = posts("Navy chief Admiral Tariq Mansour is also chairman of the Joint Defence Council.");
    // "Navy chief" is the chief of the Navy, as "Mossad chief" is of Mossad.
    assertTrue(posts.titles().containsAll(Set.of("Tariq Mansour=chief", "Tariq Mansour=Admiral", "Tariq Mansour=chairman")),
        posts.toString());
    assertFalse(posts.titles().contains("Tariq Mansour=chief Admiral"), posts.toString());
    assertEquals(Set.of("Tariq Mansour=Navy", "Tariq Mansour=Joint Defence Council"), posts.affiliations());

    Posts rank = posts("Major General Omar Saleh led the assault.");
    assertTrue(rank.titles().contains("Omar Saleh=Major General"), "a rank of two words stays whole: " + rank);
  }

  @Test
  void aPossessedPostBeforeTheName() {
    Posts posts = posts("Hezbollah's deputy leader, Karim Nassar, spoke on Sunday. "
        + "Tomas Varga, Hungary's human rights commissioner, visited the camp.");
    assertTrue(posts.titles().containsAll(Set.of("Karim Nassar=deputy leader", "Tomas Varga=human rights commissioner")),
        posts.toString());
    assertTrue(posts.affiliations().containsAll(Set.of("Karim Nassar=Hezbollah", "Tomas Varga=Hungary")), posts.toString());
  }

  @Test
  void anOppositionPostDoesNotServeTheState() {
    Posts posts = posts("Ilya Sorokin, Belarus's best-known opposition politician, was detained on Monday.");
    assertTrue(posts.titles().stream().anyMatch(t -> t.startsWith("Ilya Sorokin=") && t.endsWith("opposition politician")), posts.toString());
    assertFalse(posts.affiliations().contains("Ilya Sorokin=Belarus"), posts.toString());
  }

  @Test
  void whoeverLeadsAGroupBelongsToIt() {
    Posts posts = posts("The Yemeni Armed Forces, led by General Omar Saleh, have been fighting since May. "
        + "Jordan's delegation was headed by Samir Haddad, the director of the intelligence agency. "
        + "The talks, led by CIA Director John Ratcliffe, ended on Monday.");
    assertTrue(posts.affiliations().containsAll(Set.of("Omar Saleh=Yemeni Armed Forces", "Samir Haddad=Jordan")), posts.toString());
    assertTrue(posts.titles().contains("Omar Saleh=General"), posts.toString());
    assertFalse(posts.affiliations().stream().anyMatch(a -> a.startsWith("John Ratcliffe=") && !a.endsWith("=CIA")),
        "talks are no group one belongs to: " + posts.affiliations());
  }
}
