package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.model.Role;

/** The event lexicon and role table load, and their paths become the Semgrex they mean. */
class EventRulesTest {
  private static final EventRules RULES = EventRules.load();

  @Test
  void pathsCompileToSemgrex() {
    assertEquals("{}=trigger >/nsubj/ {}=filler", EventRules.toSemgrex("nsubj", null));
    assertEquals("{}=trigger </obj/ ({lemma:/reach|sign/} >/nsubj/ {}=filler)",
        EventRules.toSemgrex("<obj[sign|reach]>nsubj", null));
    assertEquals("{}=trigger >/obl:agent|obl:by/ {}=filler", EventRules.toSemgrex("obl:by|obl:agent", null));
  }

  @Test
  void aLeadingTagKeepsTriggersOfThatTag() {
    assertEquals("{tag:VBN}=trigger </acl/ {}=filler", EventRules.toSemgrex("(VBN)<acl", null));
  }

  @Test
  void triggersAreFoundByLemmaAndPartOfSpeech() {
    assertEquals(EventRules.Kind.ATTACK, RULES.trigger("strike", 'N').orElseThrow());
    assertEquals(EventRules.Kind.MEDIATION, RULES.trigger("broker", 'V').orElseThrow());
    assertEquals(EventRules.Kind.DEATH, RULES.trigger("die", 'V').orElseThrow());
    assertTrue(RULES.trigger("strike", 'J').isEmpty());
    assertTrue(RULES.trigger("weather", 'N').isEmpty());
  }

  @Test
  void everyTriggerKindHasRulesForEachRoleItsEventNeeds() {
    for (EventRules.Kind kind : EventRules.Kind.values()) {
      List<EventRules.RoleRule> rules = new ArrayList<>(RULES.rulesFor(kind, 'V'));
      rules.addAll(RULES.rulesFor(kind, 'N'));
      assertFalse(rules.isEmpty(), "no role rules for " + kind);
    }
    assertTrue(RULES.rulesFor(EventRules.Kind.KILLING, 'N').stream().anyMatch(r -> r.role() == Role.VICTIM));
    assertTrue(RULES.rulesFor(EventRules.Kind.MEDIATION, 'V').stream().anyMatch(r -> r.role() == Role.MEDIATOR));
  }

  @Test
  void fallbackRulesAreMarked() {
    assertTrue(RULES.rulesFor(EventRules.Kind.THREAT, 'V').stream().anyMatch(EventRules.RoleRule::fallback));
    // An attack's fallbacks are a place further down ("at five locations in Afghanistan") and the
    // subject of the first of two coordinated verbs, which the parser may not copy to the second
    // ("a company led by X lay in wait at Y and opened fire").
    List<EventRules.RoleRule> attackFallbacks = RULES.rulesFor(EventRules.Kind.ATTACK, 'V').stream()
        .filter(EventRules.RoleRule::fallback).toList();
    assertFalse(attackFallbacks.isEmpty());
    assertTrue(attackFallbacks.stream().allMatch(r -> r.role() == Role.PLACE
        || r.role() == Role.ATTACKER && r.id().startsWith("event.attack.V.<conj:and>nsubj")), attackFallbacks.toString());
    // An attack noun's fallbacks are the subject of the clause it happened in ("killed 70 people in
    // an attack"), who launched it by a participle the parser hung on the noun above ("opponents of
    // the invasion launched by X"), and the place of what it struck ("the bombing of a supermarket
    // in Zaragoza", "the blast ripped through a market in Basra"): a place one step below the
    // struck thing.
    List<EventRules.RoleRule> nounFallbacks = RULES.rulesFor(EventRules.Kind.ATTACK, 'N').stream()
        .filter(EventRules.RoleRule::fallback).toList();
    assertTrue(nounFallbacks.stream().allMatch(r -> r.role() == Role.ATTACKER && (r.id().contains("<obl:in") || r.id().contains("<nmod:of>acl"))
        || r.role() == Role.PLACE && r.id().matches(".*>nmod:[a-z:|]+")), nounFallbacks.toString());
    assertTrue(nounFallbacks.stream().anyMatch(r -> r.role() == Role.ATTACKER), nounFallbacks.toString());
  }
}
