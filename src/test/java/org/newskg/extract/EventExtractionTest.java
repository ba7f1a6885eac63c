package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newskg.SharedProcessor;
import org.newskg.model.Article;
import org.newskg.model.Event;
import org.newskg.model.Extraction;

/**
 * Event constructions news uses, and the cases that must give no role (negation, denial,
 * question, hypothesis), on sentences written for these tests.
 */
class EventExtractionTest {
  /** Every role of every event as "Type/role=Label", e.g. "Killing/victim=Samir Khalil". */
  private static Set<String> roles(String text) {
    Extraction extraction = SharedProcessor.get().process(
        new Article(null, null, LocalDate.parse("2024-08-26"), null, text, "test"));
    Set<String> roles = new TreeSet<>();
    for (Event event : extraction.events()) {
      String type = event.type().name().charAt(0) + event.type().name().substring(1).toLowerCase();
      event.roles().forEach(r -> roles.add(type + "/" + r.role().localName() + "=" + r.actor().label()));
      assertEquals(event.evidence().sentence(), text.substring(event.evidence().begin(), event.evidence().end()));
      assertTrue(!event.evidence().rule().isBlank(), "every event names the rules that fired");
    }
    return roles;
  }

  @Test
  void talksBetweenPartiesBrokeredByAMediator() {
    Set<String> roles = roles("Egypt brokered talks between Israel and Hamas in Cairo on Monday.");
    assertTrue(roles.containsAll(Set.of("Negotiation/mediator=Egypt", "Negotiation/participant=Israel",
        "Negotiation/participant=Hamas", "Negotiation/place=Cairo")), roles.toString());
  }

  @Test
  void coordinatedMediatorsAndAPassiveBroker() {
    Set<String> roles = roles("Russia and Ukraine signed a deal in Istanbul, in an agreement brokered by Turkey and the United Nations.");
    assertTrue(roles.containsAll(Set.of("Negotiation/participant=Russia", "Negotiation/participant=Ukraine",
        "Negotiation/mediator=Turkey", "Negotiation/mediator=United Nations", "Negotiation/place=Istanbul")), roles.toString());
  }

  @Test
  void aMediatorInARelativeClause() {
    Set<String> roles = roles("Qatar, which has served as a mediator, hosted talks between Israel and Hamas in Doha.");
    assertTrue(roles.contains("Negotiation/mediator=Qatar"), roles.toString());
    assertFalse(roles.contains("Negotiation/participant=Qatar"), roles.toString());
  }

  @Test
  void definiteAttacksAtDifferentSitesStayApart() {
    Extraction extraction = SharedProcessor.get().process(new Article(null, null, LocalDate.parse("2024-08-26"), null,
        "Boko Haram claimed responsibility for the attack on the school in Maiduguri. "
            + "The Taliban said it was behind the bombing of the checkpoint in Kunduz.", "test"));
    Set<String> attacks = new TreeSet<>();
    for (Event event : extraction.events()) {
      Set<String> labels = new TreeSet<>();
      event.roles().forEach(r -> labels.add(r.role().localName() + "=" + r.actor().label()));
      attacks.add(String.join(", ", labels));
    }
    assertTrue(attacks.contains("attacker=Boko Haram, place=Maiduguri"), attacks.toString());
    assertTrue(attacks.contains("attacker=Taliban, place=Kunduz"), attacks.toString());
  }

  @Test
  void aKillingInAStrikeNamedByItsDemonym() {
    Set<String> roles = roles("Hezbollah said its commander Samir Khalil had been killed in an Israeli strike in Beirut.");
    assertTrue(roles.containsAll(Set.of("Killing/victim=Samir Khalil", "Killing/killer=Israel",
        "Attack/attacker=Israel", "Attack/place=Beirut")), roles.toString());
  }

  @Test
  void retaliationAgainstTheKillerOfAVictim() {
    Set<String> roles = roles("Hezbollah is threatening retaliation against Israel for last month's killing of commander Samir Khalil.");
    assertTrue(roles.containsAll(Set.of("Threat/agent=Hezbollah", "Threat/target=Israel",
        "Killing/victim=Samir Khalil", "Killing/killer=Israel")), roles.toString());
  }

  @Test
  void attackerAndTargetOfAnAttackNoun() {
    Set<String> roles = roles("The war began after Hamas launched an attack against Israel last October.");
    assertTrue(roles.containsAll(Set.of("Attack/attacker=Hamas", "Attack/target=Israel")), roles.toString());
  }

  @Test
  void aPronounCarriesTheThreatToItsActor() {
    Set<String> roles = roles("Iranian President Hassan Rouhani spoke in Tehran on Sunday. He vowed revenge against the United States.");
    assertTrue(roles.containsAll(Set.of("Threat/agent=Hassan Rouhani", "Threat/target=United States")), roles.toString());
  }

  @Test
  void aDatedEventGetsItsDay() {
    Extraction extraction = SharedProcessor.get().process(new Article(null, null, LocalDate.parse("2024-08-26"), null,
        "Hamas attacked Israel on August 20, 2024.", "test"));
    assertEquals(LocalDate.parse("2024-08-20"), extraction.events().get(0).date());
  }

  @Test
  void negatedEventsGiveNoRoles() {
    assertEquals(Set.of(), roles("Israel did not strike Hezbollah positions on Monday."));
  }

  @Test
  void deniedEventsGiveNoRoles() {
    Set<String> roles = roles("Hezbollah denied that it attacked the town of Metula.");
    assertFalse(roles.contains("Attack/attacker=Hezbollah"), roles.toString());
  }

  @Test
  void questionsGiveNoRoles() {
    assertEquals(Set.of(), roles("Did Iran attack Israel?"));
  }

  @Test
  void hypotheticalEventsGiveNoRoles() {
    Set<String> roles = roles("If the talks collapse, Israel could attack Hezbollah.");
    assertFalse(roles.stream().anyMatch(r -> r.startsWith("Attack/") || r.startsWith("Negotiation/")), roles.toString());
  }

  @Test
  void anAttackASpeakerSaysWouldComeIsTheSpeakersThreat() {
    Set<String> roles = roles("Prime Minister Benjamin Netanyahu said Israel would strike Hezbollah again if it violated the terms.");
    assertTrue(roles.containsAll(Set.of("Threat/agent=Benjamin Netanyahu", "Threat/target=Hezbollah")), roles.toString());
    assertFalse(roles.stream().anyMatch(r -> r.startsWith("Attack/")), roles.toString());
  }

  @Test
  void aPossessorIsNoVictim() {
    Set<String> roles = roles("\"Putin killed my husband,\" she said in a video statement.");
    assertFalse(roles.stream().anyMatch(r -> r.startsWith("Killing/victim=")), roles.toString());
  }

  @Test
  void castualtyCountsGiveNoKilling() {
    Set<String> roles = roles("Hamas attacked Israel in October, killing 1,200 people.");
    assertFalse(roles.stream().anyMatch(r -> r.startsWith("Killing/")), roles.toString());
  }

  @Test
  void strikesCarriedOutOnAGroupsTargetsInACountry() {
    Set<String> roles = roles("France and Germany carried out strikes on more than a dozen Hezbollah targets in Lebanon on Friday.");
    assertTrue(roles.containsAll(Set.of("Attack/attacker=France", "Attack/attacker=Germany", "Attack/target=Hezbollah",
        "Attack/place=Lebanon")), roles.toString());
  }

  @Test
  void targetsStruckAtLocationsInACountryButABasesCountryIsNoSecondPlace() {
    Set<String> located = roles("Canada and Australia struck 20 Taliban targets at five locations in Afghanistan late on Saturday.");
    assertTrue(located.containsAll(Set.of("Attack/target=Taliban", "Attack/place=Afghanistan")), located.toString());

    Set<String> base = roles("Iran fired ballistic missiles at the Incirlik air base in Turkey on Monday.");
    assertTrue(base.contains("Attack/place=Incirlik air base"), base.toString());
    assertFalse(base.contains("Attack/place=Turkey"), "the base is the place: " + base);
  }

  @Test
  void aCapitalTheStatisticalTaggerDoesNotKnowStillActsForItsCountry() {
    Set<String> roles = roles("The swap was the first since Kyiv launched a surprise cross-border attack on Russia in August.");
    assertTrue(roles.containsAll(Set.of("Attack/attacker=Ukraine", "Attack/target=Russia")), roles.toString());
  }

  @Test
  void revengeOthersWouldTakeIsTheSpeakersThreat() {
    Set<String> roles = roles("Syrian President Ahmed Hassan said Syria and other free nations of the region would take revenge "
        + "on \"criminal America\", and the foreign minister called the killing an act of terrorism.");
    assertTrue(roles.containsAll(Set.of("Threat/agent=Ahmed Hassan", "Threat/target=United States")), roles.toString());
  }

  @Test
  void aWarningAfterAStatementIsTheSpeakersEvenWhenTheParserGivesItAnotherSubject() {
    Set<String> roles = roles("Taliban military spokesman Ahmad Noori said 48 strikes had hit the capital, Kabul, and other areas "
        + "held by the group, and warned that they would not pass without a response.");
    assertTrue(roles.contains("Threat/agent=Ahmad Noori"), roles.toString());
  }

  @Test
  void aWeaponsImpactIsAnAttackWhereItLandsButAPlaneLandingIsNot() {
    Set<String> rockets = roles("Hours later, rockets landed in Haifa, the port city that houses the naval base.");
    assertTrue(rockets.contains("Attack/place=Haifa"), rockets.toString());

    Set<String> plane = roles("The plane carrying the delegation landed in Doha on Monday.");
    assertTrue(plane.isEmpty(), plane.toString());
  }

  @Test
  void thePlaceOfADealTheParserHangsOnItsLastParty() {
    Set<String> roles = roles("Armenia and Azerbaijan signed separate agreements with Qatar and the European Union in Doha on Friday "
        + "to reopen the border to trade.");
    assertTrue(roles.containsAll(Set.of("Negotiation/participant=Armenia", "Negotiation/participant=Azerbaijan",
        "Negotiation/place=Doha")), roles.toString());
  }

  @Test
  void aHostOfTalksMediatesButAHostOfACeremonyDoesNot() {
    Set<String> talks = roles("The talks, hosted by Egypt, ended on Monday without a deal between Israel and Hamas.");
    assertTrue(talks.contains("Negotiation/mediator=Egypt"), talks.toString());

    Set<String> meeting = roles("Armenian and Azerbaijani delegations met in Doha on Tuesday for their first talks in months, hosted by Qatar.");
    assertTrue(meeting.contains("Negotiation/mediator=Qatar"), "a meeting hosted: " + meeting);

    Set<String> ceremony = roles("The ministers signed the texts at a ceremony hosted by Turkish President Kemal Aydin.");
    assertFalse(ceremony.stream().anyMatch(r -> r.startsWith("Negotiation/mediator=")), ceremony.toString());
  }

  @Test
  void theOneThankedForAMediationMediatesNotTheOneThanking() {
    // No possessive here: the mediator comes from being thanked, not from coreference.
    Set<String> roles = roles("Russia and Ukraine each handed over 90 prisoners on Saturday. "
        + "The Russian Defence Ministry thanked Qatar for the mediation.");
    assertTrue(roles.contains("Negotiation/mediator=Qatar"), roles.toString());
    assertFalse(roles.contains("Negotiation/mediator=Russian Defence Ministry"), roles.toString());
  }

  @Test
  void aSeaTheStatisticalTaggerMissesIsThePlaceOfAnAttack() {
    Set<String> roles = roles("The strikes came in response to weeks of Hezbollah attacks on commercial shipping in the Red Sea.");
    assertTrue(roles.containsAll(Set.of("Attack/attacker=Hezbollah", "Attack/place=Red Sea")), roles.toString());
  }

  @Test
  void twoRoundsOfTalksInOneArticleStayTwoNegotiationsEachWithItsDayAndPlace() {
    Extraction extraction = SharedProcessor.get().process(new Article(null, null, LocalDate.parse("2023-06-10"), null,
        "Armenia and Azerbaijan held a second round of talks in Vienna on Saturday, a week after a first meeting in Geneva. "
            + "The first round, mediated by Switzerland in Geneva on June 3, was described as constructive.", "test"));
    var talks = extraction.events().stream().filter(e -> e.type() == org.newskg.model.EventType.NEGOTIATION).toList();
    assertEquals(2, talks.size(), talks.toString());
    Set<String> rounds = new TreeSet<>();
    for (Event e : talks) {
      Set<String> fillers = new TreeSet<>();
      e.roles().forEach(r -> fillers.add(r.role().localName() + "=" + r.actor().label()));
      rounds.add(e.date() + " " + fillers);
    }
    // The day and the place each keep the rounds apart.
    assertEquals(Set.of(
        "2023-06-03 [mediator=Switzerland, participant=Armenia, participant=Azerbaijan, place=Geneva]",
        "2023-06-10 [participant=Armenia, participant=Azerbaijan, place=Vienna]"), rounds);
  }
}
