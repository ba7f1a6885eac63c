package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newskg.SharedProcessor;
import org.newskg.model.Actor;
import org.newskg.model.Article;
import org.newskg.model.Claims;
import org.newskg.model.Event;
import org.newskg.model.Extraction;
import org.newskg.model.ProposalStep;
import org.newskg.model.Quantity;
import org.newskg.model.Source;
import org.newskg.model.Statement;

/**
 * Who said what: statements and their speakers, attributed events, denials, figures with their
 * sources, and proposals with their history, on the seed article and on sentences written for these
 * tests.
 */
class ClaimsExtractionTest {
  /** The seed article's extraction; tests of it are skipped where the seed is not beside the clone. */
  private static Extraction seed() {
    return SharedProcessor.seed();
  }

  private static Extraction extract(String text) {
    return SharedProcessor.get().process(new Article(null, null, LocalDate.parse("2024-08-26"), null, text, "test"));
  }

  private static String who(Source source) {
    return source.isNamed() ? source.actor().label() : source.description();
  }

  /** Every statement as "speaker: content", "speaker denies: content" or "speaker quoted: content". */
  private static Set<String> statements(Claims claims) {
    Set<String> out = new TreeSet<>();
    for (Statement s : claims.statements()) {
      out.add(who(s.speaker()) + (s.kind() == Statement.Kind.DENIAL ? " denies" : s.quoted() ? " quoted" : "") + ": " + s.content());
    }
    return out;
  }

  /** Every figure as "qualifier value measure [source]", e.g. "MORE_THAN 40000 DEATHS [Gaza Health Ministry]". */
  private static Set<String> figures(Claims claims) {
    Set<String> out = new TreeSet<>();
    for (Quantity q : claims.quantities()) {
      out.add(q.qualifier() + " " + q.value() + " " + q.measure() + (q.statement() < 0 ? "" : " [" + who(claims.statements().get(q.statement()).speaker()) + "]"));
    }
    return out;
  }

  /** Every proposal step as "proposal label: STANCE by A, B [source]". */
  private static List<String> steps(Claims claims) {
    return claims.steps().stream().map(st -> claims.proposals().get(st.proposal()).label() + ": " + st.stance() + " by "
        + String.join(", ", st.agents().stream().map(Actor::label).toList())
        + (st.statement() < 0 ? "" : " [" + who(claims.statements().get(st.statement()).speaker()) + "]")).toList();
  }

  private static void assertContentsAreTheText(Extraction extraction) {
    String text = extraction.article().text();
    for (Statement s : extraction.claims().statements()) {
      assertEquals(s.content(), text.substring(s.contentBegin(), s.contentEnd()).strip(), "content offsets slice the text");
      assertEquals(s.evidence().sentence(), text.substring(s.evidence().begin(), s.evidence().end()));
    }
  }

  @Test
  void seedQuotesAndReportedSpeechHaveTheirSpeakersAndAudiences() {
    Extraction seed = seed();
    Set<String> said = statements(seed.claims());
    assertTrue(said.contains("Antony Blinken: Israel had accepted a U.S.-backed proposal for a ceasefire and hostage release in Gaza"), said.toString());
    assertTrue(said.stream().anyMatch(s -> s.startsWith("Antony Blinken quoted: In a very constructive meeting")), said.toString());
    assertTrue(said.stream().anyMatch(s -> s.startsWith("John Kirby quoted: There was not an impact on the talks in Cairo")), said.toString());
    Statement blinken = seed.claims().statements().stream()
        .filter(s -> s.quoted() && s.content().startsWith("In a very constructive")).findFirst().orElseThrow();
    assertEquals("the press", blinken.audienceText());
    Statement kirby = seed.claims().statements().stream()
        .filter(s -> s.quoted() && s.content().startsWith("There was not")).findFirst().orElseThrow();
    assertEquals("reporters", kirby.audienceText());
    assertEquals(LocalDate.parse("2024-08-26"), kirby.date(), "told reporters on Monday");
    assertContentsAreTheText(seed);
  }

  @Test
  void seedAnonymousEgyptianOfficialSpeaksForEgyptToTheAp() {
    Extraction seed = seed();
    Statement official = seed.claims().statements().stream()
        .filter(s -> !s.speaker().isNamed()).findFirst().orElseThrow(() -> new AssertionError(statements(seed.claims())));
    assertEquals("Egyptian official", official.speaker().description());
    assertEquals("Egypt", official.speaker().affiliation().label());
    assertEquals("Associated Press", official.audience().label());
    assertTrue(official.quoted());
    assertTrue(official.content().startsWith("The Americans are offering promises"), official.content());
  }

  @Test
  void seedFiguresKeepTheirSources() {
    Extraction seed = seed();
    Set<String> figures = figures(seed.claims());
    assertTrue(figures.contains("EXACTLY 1250 DEATHS"), "the article itself gives the 1,250: " + figures);
    assertTrue(figures.contains("MORE_THAN 40000 DEATHS [Gaza Health Ministry]"), figures.toString());
    assertTrue(figures.contains("EXACTLY 6 DURATION [Egyptian official]"), "the six-week pause: " + figures);
    Quantity toll = seed.claims().quantities().stream().filter(q -> q.value() == 40000).findFirst().orElseThrow();
    assertEquals("Palestine", toll.group().label(), "the Palestinian death toll counts Palestinians");
    Quantity october = seed.claims().quantities().stream().filter(q -> q.value() == 1250).findFirst().orElseThrow();
    Event attack = seed.events().get(october.event());
    assertTrue(attack.fillers(org.newskg.model.Role.ATTACKER).stream().anyMatch(a -> a.label().equals("Hamas")),
        "the 1,250 belong to Hamas's attack: " + attack);
  }

  @Test
  void seedBridgingProposalIsBackedAcceptedAndDoubted() {
    Extraction seed = seed();
    List<String> steps = steps(seed.claims());
    assertTrue(steps.contains("bridging proposal: ACCEPTED by Israel [Antony Blinken]"), steps.toString());
    assertTrue(steps.contains("bridging proposal: BACKED by United States [Antony Blinken]"), "U.S.-backed: " + steps);
    assertTrue(steps.contains("bridging proposal: RESERVED by Hamas [Egypt]"), "Egypt told the AP Hamas was skeptical: " + steps);
    assertTrue(seed.claims().proposals().get(0).terms().containsAll(List.of("ceasefire", "hostage release")),
        seed.claims().proposals().toString());
  }

  @Test
  void anEventSomeoneReportsNamesItsSpeaker() {
    Extraction x = extract("Jordan said on Tuesday that Syrian forces shelled the border town of Ramtha.");
    Event attack = x.events().stream().filter(e -> e.type() == org.newskg.model.EventType.ATTACK).findFirst()
        .orElseThrow(() -> new AssertionError(x.events()));
    assertTrue(attack.reported());
    Statement source = x.claims().statements().get(attack.statement());
    assertEquals("Jordan", who(source.speaker()));
    assertEquals(LocalDate.parse("2024-08-20"), source.date(), "said on Tuesday, in an article of Monday 2024-08-26");
  }

  @Test
  void theArticlesOwnFactsNameNoSpeaker() {
    Extraction x = extract("Russian forces shelled the Ukrainian city of Kharkiv on Sunday.");
    assertFalse(x.events().isEmpty());
    assertTrue(x.events().stream().noneMatch(Event::reported), x.events().toString());
    assertTrue(x.claims().statements().isEmpty(), statements(x.claims()).toString());
  }

  @Test
  void aDenialIsTheSpeakersAndNoFact() {
    Extraction x = extract("Turkey denied that its drones attacked the convoy.");
    assertEquals(Set.of("Turkey denies: its drones attacked the convoy"), statements(x.claims()));
    assertTrue(x.events().isEmpty(), "a denied attack is no attack: " + x.events());
  }

  @Test
  void anUnnamedSourceIsDescribedAndTiedToItsSide() {
    Extraction x = extract("A senior Hamas official, speaking on condition of anonymity, told Reuters that the movement would study the offer.");
    Statement s = x.claims().statements().get(0);
    assertEquals("senior Hamas official", s.speaker().description());
    assertEquals("Hamas", s.speaker().affiliation().label());
    assertEquals("Reuters", s.audience().label());
  }

  @Test
  void twoSourcesGiveTwoFiguresForOneWar() {
    Extraction x = extract("The Sudanese Health Ministry said more than 1,200 people had been killed since April, "
        + "while the RSF put the death toll at about 800.");
    Set<String> figures = figures(x.claims());
    assertTrue(figures.contains("MORE_THAN 1200 DEATHS [Sudanese Health Ministry]"), figures.toString());
    assertTrue(figures.contains("ABOUT 800 DEATHS [Rapid Support Forces]"), figures.toString());
  }

  @Test
  void figuresCountTheDeadWoundedAndCaptivesButNotEveryNumber() {
    Extraction x = extract("According to the United Nations, at least 300 civilians were killed in the fighting. "
        + "The talks took place during four different meetings. "
        + "Russian missiles struck Kharkiv overnight, killing 12 people and wounding 45, Ukrainian officials said.");
    Set<String> figures = figures(x.claims());
    assertTrue(figures.containsAll(Set.of("AT_LEAST 300 DEATHS [United Nations]", "EXACTLY 12 DEATHS [Ukrainian officials]",
        "EXACTLY 45 INJURIES [Ukrainian officials]")), figures.toString());
    assertTrue(figures.stream().noneMatch(f -> f.contains(" 4 ")), "four meetings are no figure: " + figures);
  }

  @Test
  void aProposalsHistoryWithinAnArticle() {
    Extraction x = extract("Qatar proposed a three-day truce and the release of 20 hostages. "
        + "Israel accepted the proposal on Sunday, but Hamas rejected it.");
    List<String> steps = steps(x.claims());
    assertEquals(List.of(
        "proposal of three-day truce, release of 20 hostages: PROPOSED by Qatar",
        "proposal of three-day truce, release of 20 hostages: ACCEPTED by Israel",
        "proposal of three-day truce, release of 20 hostages: REJECTED by Hamas"), steps);
    ProposalStep accepted = x.claims().steps().get(1);
    assertEquals(LocalDate.parse("2024-08-25"), accepted.date());
    assertTrue(figures(x.claims()).containsAll(Set.of("EXACTLY 3 DURATION", "EXACTLY 20 CAPTIVES")), figures(x.claims()).toString());
  }

  @Test
  void aRefusalToAcceptIsARejectionAndTalksAreNoProposal() {
    Extraction x = extract("Egypt presented a new ceasefire plan to both sides on Friday. "
        + "Hamas said it would not accept the plan. Ceasefire talks resumed in Doha.");
    List<String> steps = steps(x.claims());
    assertTrue(steps.stream().anyMatch(s -> s.endsWith("PROPOSED by Egypt")), steps.toString());
    assertTrue(steps.stream().anyMatch(s -> s.contains("REJECTED by Hamas [Hamas]")), steps.toString());
    assertEquals(1, x.claims().proposals().size(), "ceasefire talks are no second proposal: " + x.claims().proposals());
  }
}
