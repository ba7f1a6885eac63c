package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newskg.SharedProcessor;
import org.newskg.model.Actor;
import org.newskg.model.ActorType;
import org.newskg.model.Extraction;

/** What the seed article states about its actors, their posts and affiliations. */
class SeedArticleTest {
  /** The seed's extraction; each test is skipped, with the reason, where the seed is not beside the clone. */
  private static Extraction extraction() {
    return SharedProcessor.seed();
  }

  private static Actor actor(String label) {
    return extraction().actors().stream().filter(a -> a.label().equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError("no actor " + label + " in " + labels()));
  }

  private static Set<String> labels() {
    return extraction().actors().stream().map(Actor::label).collect(Collectors.toSet());
  }

  private static Set<String> titlesOf(String person) {
    return extraction().titles().stream().filter(t -> t.person().label().equals(person))
        .map(t -> t.title()).collect(Collectors.toSet());
  }

  private static Optional<String> affiliationOf(String person) {
    return extraction().affiliations().stream().filter(a -> a.person().label().equals(person))
        .map(a -> a.organization().label()).findFirst();
  }

  @Test
  void findsPersonsWithFullNamesAndSurnamesMerged() {
    assertEquals(ActorType.PERSON, actor("Antony Blinken").type());
    assertTrue(actor("Antony Blinken").altLabels().contains("Blinken"));
    assertTrue(actor("John Kirby").altLabels().contains("Kirby"));
    assertTrue(actor("Benjamin Netanyahu").altLabels().contains("Netanyahu"));
    assertFalse(labels().contains("Kirby"), "a surname must join its full name, not stand alone");
  }

  @Test
  void typesCountriesOrganizationsAndPlaces() {
    assertEquals(ActorType.COUNTRY, actor("United States").type());
    assertTrue(actor("United States").altLabels().contains("U.S."));
    assertEquals(ActorType.COUNTRY, actor("Israel").type());
    assertTrue(actor("Israel").altLabels().contains("Israeli"), "the demonym is a form of the country");
    assertEquals(ActorType.ORGANIZATION, actor("Hezbollah").type());
    assertEquals(ActorType.ORGANIZATION, actor("White House").type());
    assertEquals(ActorType.PLACE, actor("Cairo").type());
    assertTrue(actor("Associated Press").altLabels().contains("AP"), "an acronym joins its organization");
  }

  @Test
  void readsPostsFromPremodifiersAndAppositions() {
    assertEquals(Set.of("Secretary of State"), titlesOf("Antony Blinken"));
    assertEquals(Set.of("senior commander"), titlesOf("Fuad Shukr"));
    assertEquals(Set.of("political leader"), titlesOf("Ismail Haniyeh"));
    assertEquals(Set.of("Prime Minister"), titlesOf("Benjamin Netanyahu"));
    assertEquals(Set.of("Middle East adviser"), titlesOf("Brett McGurk"));
  }

  @Test
  void readsAffiliations() {
    assertEquals(Optional.of("United States"), affiliationOf("Antony Blinken"));
    assertEquals(Optional.of("Hamas"), affiliationOf("Ismail Haniyeh"));
    assertEquals(Optional.of("Israel"), affiliationOf("Benjamin Netanyahu"));
    assertEquals(Optional.of("White House"), affiliationOf("Brett McGurk"));
    assertEquals(Optional.of("Hezbollah"), affiliationOf("Fuad Shukr"));
  }

  @Test
  void theCaptionsCreditAndTheDisclaimerGiveNoActorsButTheCaptionStillStatesFacts() {
    assertFalse(labels().contains("Jack Guez"), "the photographer of the credit is no actor: " + labels());
    assertFalse(labels().contains("Getty Images"), "neither is the photo agency: " + labels());
    assertTrue(labels().contains("Lebanon"), "the caption's description is read (Lebanon is named nowhere else): " + labels());
    String text = extraction().article().text();
    assertTrue(text.contains("Photo by JACK GUEZ/AFP via Getty Images") && text.contains("Disclaimer:"),
        "boilerplate stays in the stored text");
    int disclaimer = text.indexOf("Disclaimer:");
    extraction().titles().forEach(t -> assertTrue(t.evidence().begin() < disclaimer, "a fact from the disclaimer"));
  }

  @Test
  void everyFactPointsAtItsSentence() {
    String text = extraction().article().text();
    extraction().titles().forEach(t ->
        assertEquals(t.evidence().sentence(), text.substring(t.evidence().begin(), t.evidence().end())));
    extraction().affiliations().forEach(a ->
        assertEquals(a.evidence().sentence(), text.substring(a.evidence().begin(), a.evidence().end())));
  }
}
