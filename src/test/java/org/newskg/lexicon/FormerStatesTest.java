package org.newskg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newskg.model.ActorType;

/** States that no longer exist are countries of their own, and take no form of a current one. */
class FormerStatesTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();

  @Test
  void formerStatesAreKnownByNameAndDemonym() {
    Gazetteer.Entry soviet = GAZETTEER.byName("USSR").orElseThrow();
    assertEquals("Soviet Union", soviet.name());
    assertEquals(ActorType.COUNTRY, soviet.type());
    assertEquals("Q15180", soviet.wikidata());
    assertEquals("West Germany", GAZETTEER.byDemonym("West German").orElseThrow().name());
    assertEquals("Yugoslavia", GAZETTEER.byDemonym("Yugoslav").orElseThrow().name());
  }

  @Test
  void currentCountriesKeepTheirForms() {
    assertEquals("Germany", GAZETTEER.byName("Federal Republic of Germany").orElseThrow().name());
    assertEquals("Germany", GAZETTEER.byDemonym("German").orElseThrow().name());
    assertEquals("Russia", GAZETTEER.byCapital("Moscow").orElseThrow().name());
    assertTrue(GAZETTEER.byCapital("Bonn").isEmpty(), "a former capital acting today is no former state");
  }

  @Test
  void aTwoPartStateHasADemonymForEachPart() {
    assertEquals("Bosnia and Herzegovina", GAZETTEER.byDemonym("Bosnian").orElseThrow().name());
    assertEquals("Bosnia and Herzegovina", GAZETTEER.byDemonym("Herzegovinian").orElseThrow().name());
    assertEquals("Antigua and Barbuda", GAZETTEER.byDemonym("Antiguan").orElseThrow().name());
  }

  @Test
  void multiWordDemonymsAreListedForTheNer() {
    assertTrue(Gazetteer.demonymsTheNerMisses().contains("West German"));
    assertTrue(Gazetteer.demonymsTheNerMisses().contains("Soviet"));
    assertTrue(Gazetteer.multiWordCountryNames().contains("Soviet Union"));
  }
}
