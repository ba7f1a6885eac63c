package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.lexicon.Gazetteer;
import org.newskg.model.Actor;
import org.newskg.model.ActorType;
import org.newskg.model.Mention;

class ActorResolverTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();
  private final ActorResolver resolver = new ActorResolver(GAZETTEER);
  private final List<Mention> mentions = new ArrayList<>();

  private Mention mention(String text, ActorType type) {
    return mention(text, type, -1);
  }

  private Mention mention(String text, ActorType type, int corefChain) {
    String canonical = GAZETTEER.byName(text).map(Gazetteer.Entry::name)
        .or(() -> GAZETTEER.byDemonym(text).map(Gazetteer.Entry::name)).orElse(null);
    Mention m = new Mention(text, canonical, type, mentions.size(), 0, text.split(" ").length, corefChain);
    mentions.add(m);
    return m;
  }

  private Actor actorOf(ResolvedActors resolved, Mention m) {
    return resolved.actorAt(m.sentence(), m.tokenBegin()).orElseThrow();
  }

  @Test
  void surnameJoinsTheOneFullNameEndingWithIt() {
    Mention full = mention("Jane Roe", ActorType.PERSON);
    Mention surname = mention("Roe", ActorType.PERSON);
    ResolvedActors resolved = resolver.resolve(mentions);
    assertEquals(actorOf(resolved, full), actorOf(resolved, surname));
    assertEquals("Jane Roe", actorOf(resolved, surname).label());
    assertEquals(1, resolved.actors().size());
  }

  @Test
  void surnameWithoutItsArabicArticleJoinsTheFullName() {
    Mention full = mention("Abdel Fattah el-Sisi", ActorType.PERSON);
    Mention surname = mention("Sisi", ActorType.PERSON);
    ResolvedActors resolved = resolver.resolve(mentions);
    assertEquals(actorOf(resolved, full), actorOf(resolved, surname));
  }

  @Test
  void surnameJoinsAFullNameWithAGenerationalSuffix() {
    Mention full = mention("Henry B. Carver Jr.", ActorType.PERSON);
    Mention surname = mention("Carver", ActorType.PERSON);
    ResolvedActors resolved = resolver.resolve(mentions);
    assertEquals(actorOf(resolved, full), actorOf(resolved, surname));
  }

  @Test
  void aFamilyNameWrittenFirstJoinsTheFullName() {
    Mention full = mention("Pak Sung-ho", ActorType.PERSON);
    Mention family = mention("Pak", ActorType.PERSON);
    Mention given = mention("Lena Ostrova", ActorType.PERSON);
    Mention first = mention("Lena", ActorType.PERSON);
    ResolvedActors resolved = resolver.resolve(mentions);
    assertEquals(actorOf(resolved, full), actorOf(resolved, family));
    assertNotEquals(actorOf(resolved, given), actorOf(resolved, first), "a Western given name is no family name");
  }

  @Test
  void aSpanishNameShortenedToItsFirstSurnameJoinsTheFullName() {
    Mention both = mention("Tomas Herrera Vidal", ActorType.PERSON);
    Mention paternal = mention("Herrera", ActorType.PERSON);
    Mention particle = mention("Luis Ortega de Lanza", ActorType.PERSON);
    Mention first = mention("Ortega", ActorType.PERSON);
    Mention two = mention("Ana Ruiz", ActorType.PERSON);
    Mention given = mention("Ana", ActorType.PERSON);
    ResolvedActors resolved = resolver.resolve(mentions);
    assertEquals(actorOf(resolved, both), actorOf(resolved, paternal));
    assertEquals(actorOf(resolved, particle), actorOf(resolved, first));
    assertNotEquals(actorOf(resolved, two), actorOf(resolved, given), "a two-word name has one surname, its last");
  }

  @Test
  void aBareCompassPointIsTheOneStateNamedByIt() {
    Mention state = mention("South Korea", ActorType.COUNTRY);
    Mention bare = mention("South", ActorType.PLACE);
    Mention other = mention("North", ActorType.PLACE);
    ResolvedActors resolved = resolver.resolve(mentions);
    assertEquals(actorOf(resolved, state), actorOf(resolved, bare));
    assertEquals(ActorType.COUNTRY, actorOf(resolved, bare).type());
    assertNotEquals(actorOf(resolved, state), actorOf(resolved, other), "no state of the article is named by the North");
  }

  @Test
  void namesInOneCoreferenceChainJoinWhenTheyShareANameWord() {
    Mention full = mention("Ali Roe", ActorType.PERSON, 7);
    Mention honorific = mention("Ayatollah Roe", ActorType.PERSON, 7);
    Mention other = mention("Bob Smith", ActorType.PERSON, 7);
    ResolvedActors resolved = resolver.resolve(mentions);
    assertEquals(actorOf(resolved, full), actorOf(resolved, honorific));
    assertNotEquals(actorOf(resolved, full), actorOf(resolved, other), "a chain alone does not merge names");
  }

  @Test
  void twoFullNamesOfOneFamilyStayApartEvenInOneChain() {
    Mention mother = mention("Lata Kumar", ActorType.PERSON, 3);
    Mention son = mention("Arun Kumar", ActorType.PERSON, 3);
    mention("Sheikh Kumar", ActorType.PERSON, 3);
    ResolvedActors resolved = resolver.resolve(mentions);
    assertNotEquals(actorOf(resolved, mother), actorOf(resolved, son), "not even through a name with an honorific");
  }

  @Test
  void twoFullNamesOfOneFamilyStayApartWhenTwoChainsShareTheirSurname() {
    // "the Front's leader Chris Dane ... Dane was shot ... Dane's widow, Lina Dane": one chain
    // joins the leader and "Dane", another "Dane" and the widow
    Mention leader = mention("Chris Dane", ActorType.PERSON, 1);
    Mention surname = mention("Dane", ActorType.PERSON, 1);
    mentions.add(new Mention("Dane", null, ActorType.PERSON, 5, 0, 1, 2));
    Mention widow = mention("Lina Dane", ActorType.PERSON, 2);
    ResolvedActors resolved = resolver.resolve(mentions);
    assertNotEquals(actorOf(resolved, leader), actorOf(resolved, widow));
    assertEquals(actorOf(resolved, leader), actorOf(resolved, surname), "the surname goes to the first named");
  }

  @Test
  void aSharedSurnameDoesNotFollowAChainToTheFamilyNamedLater() {
    // "Editor Pedro Dane was shot ... his widow, Violeta Dane, ... Dane": a chain of the widow's
    // that takes in "Dane" does not make the editor's surname hers
    Mention editor = mention("Pedro Dane", ActorType.PERSON);
    Mention widow = mention("Violeta Dane", ActorType.PERSON, 4);
    Mention surname = mention("Dane", ActorType.PERSON, 4);
    ResolvedActors resolved = resolver.resolve(mentions);
    assertNotEquals(actorOf(resolved, widow), actorOf(resolved, surname));
    assertNotEquals(actorOf(resolved, editor), actorOf(resolved, widow));
  }

  @Test
  void ambiguousSurnameStaysApart() {
    Mention jane = mention("Jane Roe", ActorType.PERSON);
    Mention john = mention("John Roe", ActorType.PERSON);
    Mention surname = mention("Roe", ActorType.PERSON);
    ResolvedActors resolved = resolver.resolve(mentions);
    assertNotEquals(actorOf(resolved, jane), actorOf(resolved, john));
    assertEquals("Roe", actorOf(resolved, surname).label());
  }

  @Test
  void gazetteerFormsJoinTheirCountry() {
    Mention us = mention("U.S.", ActorType.COUNTRY);
    Mention name = mention("United States", ActorType.COUNTRY);
    Mention demonym = mention("American", ActorType.COUNTRY);
    ResolvedActors resolved = resolver.resolve(mentions);
    Actor actor = actorOf(resolved, us);
    assertEquals(actor, actorOf(resolved, name));
    assertEquals(actor, actorOf(resolved, demonym));
    assertEquals("United States", actor.label());
    assertEquals(java.util.Set.of("U.S.", "American"), actor.altLabels());
  }

  @Test
  void acronymJoinsTheOrganizationWhoseInitialsItSpells() {
    Mention full = mention("Northern Relief Agency", ActorType.ORGANIZATION);
    Mention acronym = mention("NRA", ActorType.ORGANIZATION);
    ResolvedActors resolved = resolver.resolve(mentions);
    assertEquals(actorOf(resolved, full), actorOf(resolved, acronym));
  }

  @Test
  void acronymMaySkipSmallWordsAndTakeSyllables() {
    Mention full = mention("Riverland Union for Peace and Development", ActorType.ORGANIZATION);
    Mention acronym = mention("RUPD", ActorType.ORGANIZATION);
    Mention bloc = mention("Economic Union of Coastal States", ActorType.ORGANIZATION);
    Mention syllables = mention("EUCOS", ActorType.ORGANIZATION);
    Mention unrelated = mention("RPD", ActorType.ORGANIZATION);
    ResolvedActors resolved = resolver.resolve(mentions);
    assertEquals(actorOf(resolved, full), actorOf(resolved, acronym));
    assertEquals(actorOf(resolved, bloc), actorOf(resolved, syllables));
    assertNotEquals(actorOf(resolved, full), actorOf(resolved, unrelated), "every long word gives a letter");
  }

  @Test
  void aSurnameTaggedAsAnOrganizationIsThePerson() {
    Mention full = mention("Tomas Verhoeven", ActorType.PERSON);
    Mention surname = mention("Verhoeven", ActorType.ORGANIZATION);
    Mention again = mention("Verhoeven", ActorType.ORGANIZATION);
    ResolvedActors resolved = resolver.resolve(mentions);
    assertEquals(actorOf(resolved, full), actorOf(resolved, surname));
    assertEquals(ActorType.PERSON, actorOf(resolved, again).type());
  }

  @Test
  void aSurnameTaggedAsAnOrganizationStaysApartWhenItIsAnAcronymToo() {
    Mention full = mention("Ana Pell", ActorType.PERSON);
    Mention surname = mention("PELL", ActorType.ORGANIZATION);
    Mention org = mention("Party of Equal Liberty League", ActorType.ORGANIZATION);
    ResolvedActors resolved = resolver.resolve(mentions);
    assertNotEquals(actorOf(resolved, full), actorOf(resolved, surname));
    assertEquals(actorOf(resolved, org), actorOf(resolved, surname));
  }

  @Test
  void aPersonNeverJoinsAnOrganization() {
    Mention person = mention("Smith", ActorType.PERSON);
    Mention org = mention("Smith Holdings", ActorType.ORGANIZATION);
    ResolvedActors resolved = resolver.resolve(mentions);
    assertNotEquals(actorOf(resolved, person), actorOf(resolved, org));
  }

  @Test
  void allCapitalNamesFromPhotoCreditsAreWrittenInTitleCase() {
    assertEquals("Jack Doe", ActorResolver.displayCase("JACK DOE", ActorType.PERSON));
    assertEquals("NATO", ActorResolver.displayCase("NATO", ActorType.ORGANIZATION));
    assertEquals("ECOWAS", ActorResolver.displayCase("ECOWAS", ActorType.ORGANIZATION));
    assertEquals("Cairo", ActorResolver.displayCase("CAIRO", ActorType.PLACE));
    assertEquals("U.S.", ActorResolver.displayCase("U.S.", ActorType.COUNTRY));
  }
}
