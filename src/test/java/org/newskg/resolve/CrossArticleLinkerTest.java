package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newskg.model.Actor;
import org.newskg.model.ActorIris;
import org.newskg.model.ActorRegistry;
import org.newskg.model.ActorType;
import org.newskg.model.Article;
import org.newskg.model.Evidence;
import org.newskg.model.Extraction;
import org.newskg.model.KnownActor;
import org.newskg.model.Merge;
import org.newskg.model.TitleFact;

/** Linking one article's actors to a store's, on registries built by hand: no NLP involved. */
class CrossArticleLinkerTest {
  private final CrossArticleLinker linker = new CrossArticleLinker();
  private final Map<String, KnownActor> stored = new HashMap<>();
  private final Map<String, String> replacedBy = new HashMap<>();
  private final Set<Set<String>> distinct = new java.util.HashSet<>();
  private final List<TitleFact> titles = new ArrayList<>();

  private KnownActor store(String label, ActorType type, Set<String> titles, Set<String> affiliations) {
    KnownActor known = new KnownActor(ActorIris.of(type, label), type, label, Set.of(), titles, affiliations);
    stored.put(known.iri(), known);
    return known;
  }

  private KnownActor store(String label, ActorType type) {
    return store(label, type, Set.of(), Set.of());
  }

  private ActorRegistry registry() {
    return new ActorRegistry(stored, replacedBy, distinct);
  }

  private static Actor actor(String label, ActorType type) {
    return new Actor(label, type, new TreeSet<>());
  }

  private CrossArticleLinker.Linking link(Actor... actors) {
    Article article = new Article("a1", null, null, null, "text", "test");
    return linker.link(new Extraction(article, List.of(actors), titles, List.of(), List.of()), registry());
  }

  private static Actor only(CrossArticleLinker.Linking linking) {
    assertEquals(1, linking.extraction().actors().size());
    return linking.extraction().actors().get(0);
  }

  @Test
  void aSurnameLinksToTheOneStoredFullName() {
    KnownActor full = store("Daniel Okonkwo", ActorType.PERSON);
    Actor linked = only(link(actor("Okonkwo", ActorType.PERSON)));
    assertEquals(full.iri(), linked.iri());
    assertEquals("Daniel Okonkwo", linked.label());
    assertTrue(linked.altLabels().contains("Okonkwo"), "the form this article uses stays an altLabel");
  }

  @Test
  void aStoredAlternativeNameLinks() {
    stored.put(ActorIris.of(ActorType.ORGANIZATION, "National Liberation Front"), new KnownActor(
        ActorIris.of(ActorType.ORGANIZATION, "National Liberation Front"), ActorType.ORGANIZATION, "National Liberation Front",
        Set.of("Liberation Front"), Set.of(), Set.of()));
    assertEquals(ActorIris.of(ActorType.ORGANIZATION, "National Liberation Front"),
        only(link(actor("Liberation Front", ActorType.ORGANIZATION))).iri());
  }

  @Test
  void anAcronymLinksToTheOrganizationItSpells() {
    KnownActor full = store("National Liberation Front", ActorType.ORGANIZATION);
    assertEquals(full.iri(), only(link(actor("NLF", ActorType.ORGANIZATION))).iri());
  }

  @Test
  void aSurnameTwoStoredPeopleShareStaysApartAndIsFlagged() {
    KnownActor amina = store("Amina Haroun", ActorType.PERSON);
    KnownActor peter = store("Peter Haroun", ActorType.PERSON);
    CrossArticleLinker.Linking linking = link(actor("Haroun", ActorType.PERSON));
    assertEquals(ActorIris.of(ActorType.PERSON, "Haroun"), only(linking).iri());
    assertEquals(1, linking.extraction().ambiguities().size());
    assertEquals(List.of(amina.iri(), peter.iri()), linking.extraction().ambiguities().get(0).candidates());
  }

  @Test
  void aSharedPostDecidesBetweenTwoStoredPeople() {
    KnownActor minister = store("Amina Haroun", ActorType.PERSON, Set.of("Foreign Minister"), Set.of());
    store("Peter Haroun", ActorType.PERSON, Set.of("businessman"), Set.of());
    Actor haroun = actor("Haroun", ActorType.PERSON);
    titles.add(new TitleFact(haroun, "foreign minister", new Evidence("s", 0, 1, 0.9, "t")));
    CrossArticleLinker.Linking linking = link(haroun);
    assertEquals(minister.iri(), only(linking).iri());
    assertEquals(minister.iri(), linking.extraction().titles().get(0).person().iri(), "facts follow the link");
    assertTrue(linking.extraction().ambiguities().isEmpty());
  }

  @Test
  void twoDifferentFullNamesSharingASurnameStayTwoActors() {
    store("Amina Haroun", ActorType.PERSON);
    Actor peter = only(link(actor("Peter Haroun", ActorType.PERSON)));
    assertEquals(ActorIris.of(ActorType.PERSON, "Peter Haroun"), peter.iri());
  }

  @Test
  void aCapitalAsAPlaceIsNotItsCountry() {
    store("Nigeria", ActorType.COUNTRY);
    store("Abuja", ActorType.PLACE);
    Actor abuja = only(link(actor("Abuja", ActorType.PLACE)));
    assertEquals(ActorIris.of(ActorType.PLACE, "Abuja"), abuja.iri());
  }

  @Test
  void aClassNeverLinksToAnother() {
    store("Jordan", ActorType.COUNTRY);
    assertEquals(ActorIris.of(ActorType.PERSON, "Jordan"), only(link(actor("Jordan", ActorType.PERSON))).iri());
  }

  @Test
  void aFullerNameTakesOverTheStoredShortOne() {
    KnownActor bello = store("Bello", ActorType.PERSON);
    CrossArticleLinker.Linking linking = link(actor("Ibrahim Bello", ActorType.PERSON));
    assertEquals(ActorIris.of(ActorType.PERSON, "Ibrahim Bello"), only(linking).iri());
    assertEquals(List.of(bello.iri()), linking.merges().stream().map(Merge::merged).toList());
    assertEquals(only(linking).iri(), linking.merges().get(0).surviving());
  }

  @Test
  void aShortNameThatFitsTwoFullNamesIsNotTakenOver() {
    store("Bello", ActorType.PERSON);
    store("Musa Bello", ActorType.PERSON);
    assertTrue(link(actor("Ibrahim Bello", ActorType.PERSON)).merges().isEmpty());
  }

  @Test
  void actorsASplitSeparatedAreNeverLinkedOrMergedAgain() {
    KnownActor bello = store("Bello", ActorType.PERSON);
    distinct.add(Set.of(bello.iri(), ActorIris.of(ActorType.PERSON, "Ibrahim Bello")));
    assertTrue(link(actor("Ibrahim Bello", ActorType.PERSON)).merges().isEmpty());
    store("Ibrahim Bello", ActorType.PERSON);
    assertTrue(linker.findMerges(registry()).isEmpty());
  }

  @Test
  void aMergedNameLinksToItsSurvivor() {
    KnownActor survivor = store("Ibrahim Bello", ActorType.PERSON);
    replacedBy.put(ActorIris.of(ActorType.PERSON, "Colonel Bello"), survivor.iri());
    assertEquals(survivor.iri(), only(link(actor("Colonel Bello", ActorType.PERSON))).iri());
  }

  @Test
  void findMergesJoinsEachUnambiguousShortNameToItsFullName() {
    KnownActor okonkwo = store("Okonkwo", ActorType.PERSON);
    KnownActor full = store("Daniel Okonkwo", ActorType.PERSON);
    store("Haroun", ActorType.PERSON);
    store("Amina Haroun", ActorType.PERSON);
    store("Peter Haroun", ActorType.PERSON);
    List<Merge> merges = linker.findMerges(registry());
    assertEquals(1, merges.size(), merges.toString());
    assertEquals(okonkwo.iri(), merges.get(0).merged());
    assertEquals(full.iri(), merges.get(0).surviving());
  }

  @Test
  void theRegistryFollowsMergesAndNewArticles() {
    KnownActor bello = store("Bello", ActorType.PERSON);
    Actor full = actor("Ibrahim Bello", ActorType.PERSON);
    CrossArticleLinker.Linking linking = link(full);
    ActorRegistry after = registry().with(linking.extraction(), linking.merges());
    assertEquals(full.iri(), after.current(bello.iri()));
    assertTrue(after.actors().get(full.iri()).altLabels().contains("Bello"));
    assertTrue(!after.actors().containsKey(bello.iri()));
  }
}
