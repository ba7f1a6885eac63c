package org.newskg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Locale;
import java.util.Set;

/**
 * Whether the text states an event as fact, denies or negates it, or only supposes it, read off
 * the dependency tree with the word lists of {@code event-words.tsv}.
 */
final class EventModality {
  /** How an event is stated. */
  enum Modality {
    ASSERTED,
    NONE,
    HYPOTHETICAL
  }

  private static final Set<String> GENERIC_DETERMINERS = Set.of("any", "no", "every");

  private final Set<String> conditional;
  private final Set<String> denial;
  private final Set<String> disavowal;
  private final Set<String> modal;
  private final Set<String> speech;
  private final Set<String> agreement;
  private final Set<String> remains;
  private final Set<String> intent;
  private final Set<String> intendedObject;
  private final Set<String> prospect;
  private final Set<String> accident;
  private final Set<String> explosion;
  private final Set<String> incitement;
  private final Set<String> planning;
  private final Set<String> refusal;
  private final Set<String> lightAttack;
  private final Set<String> nearMiss;
  private final Set<String> containers;

  EventModality(EventRules rules) {
    this.conditional = rules.words("conditional");
    this.denial = rules.words("denial");
    this.disavowal = rules.words("disavowal");
    this.modal = rules.words("modal");
    this.speech = rules.words("speech");
    this.agreement = rules.words("agreement");
    this.remains = rules.words("remains");
    this.intent = rules.words("intent");
    this.intendedObject = rules.words("intended-object");
    this.prospect = rules.words("prospect");
    this.accident = rules.words("accident");
    this.explosion = rules.words("explosion");
    this.incitement = rules.words("incitement");
    this.planning = rules.words("planning");
    this.refusal = rules.words("refusal");
    this.lightAttack = rules.words("light-attack");
    this.nearMiss = rules.words("near-miss");
    this.containers = rules.words("container");
  }

  /**
   * NONE: negated ("did not attack"), nearly done ("was almost assassinated"), denied, a modifier ("attack plans"), "any attack", a struck
   * deal, "in agreement with", an accidental explosion. HYPOTHETICAL: conditional ("if talks
   * collapse"), modal ("Israel would strike Hezbollah"), or intended ("threatened to attack",
   * "threatened an attack on Israel").
   */
  Modality of(SemanticGraph graph, IndexedWord trigger, EventRules.Kind kind) {
    if (Trees.negated(graph, trigger)) {
      return Modality.NONE;
    }
    for (SemanticGraphEdge edge : graph.outgoingEdgeList(trigger)) {
      if (kind.isAttack() && edge.getRelation().toString().equals("obj")
          && (agreement.contains(Trees.lemma(edge.getDependent())) || remains.contains(Trees.lemma(edge.getDependent())))) {
        return Modality.NONE;
      }
    }
    // "attack plans" tell no attack, "a bombing campaign" does: its container holds it
    if (graph.incomingEdgeList(trigger).stream().anyMatch(e -> e.getRelation().toString().equals("compound")
        && !containers.contains(Trees.lemma(e.getGovernor())))) {
      return Modality.NONE;
    }
    // "ruled out any talks with him", "refused to negotiate": what is turned down did not happen; a
    // warning or ultimatum turned down ("Georgia rejected a warning from X") was made all the same
    if (graph.incomingEdgeList(trigger).stream().anyMatch(e -> (e.getRelation().toString().equals("obj") && kind != EventRules.Kind.THREAT
        || e.getRelation().toString().equals("xcomp")) && refusal.contains(phrasalLemma(graph, e.getGovernor())))) {
      return Modality.NONE;
    }
    // "would strike back at any attack on Lebanon", "no aggression will go unanswered": an attack
    // of any kind or none is no attack that happened; "had received no warning" is no threat
    if ((harm(kind) || kind == EventRules.Kind.THREAT) && graph.outgoingEdgeList(trigger).stream().anyMatch(e -> e.getRelation().toString().equals("det")
        && GENERIC_DETERMINERS.contains(Trees.lemma(e.getDependent())))) {
      return Modality.NONE;
    }
    if (harm(kind) && graph.outgoingEdgeList(trigger).stream().anyMatch(e -> e.getRelation().toString().equals("advmod")
        && nearMiss.contains(Trees.lemma(e.getDependent())))) {
      return Modality.NONE;
    }
    if (explosion.contains(Trees.lemma(trigger)) && graph.outgoingEdgeList(trigger).stream()
        .anyMatch(e -> accident.contains(Trees.lemma(e.getDependent())))) {
      return Modality.NONE;
    }
    // "in agreement with the president" is consent, not a negotiated agreement.
    if (kind == EventRules.Kind.NEGOTIATION && !hasChild(graph, trigger, "det")
        && graph.outgoingEdgeList(trigger).stream().anyMatch(e -> e.getRelation().toString().equals("case") && Trees.lemma(e.getDependent()).equals("in"))) {
      return Modality.NONE;
    }
    // "guiding operatives in planning an attack on Israelis", "plotted a bombing": what is planned
    // has not happened
    // ("helped plot al-Qaeda's September 11 attacks": an attack with its owner or its date is one
    // that happened, whoever planned it)
    IndexedWord planner = graph.getParent(trigger);
    if (harm(kind) && planner != null && graph.reln(planner, trigger).toString().equals("obj")
        && planning.contains(Trees.lemma(planner)) && !identified(graph, trigger)) {
      return Modality.HYPOTHETICAL;
    }
    IndexedWord node = trigger;
    for (int depth = 0; depth < 3; depth++) {
      if (kind != EventRules.Kind.THREAT && kind != EventRules.Kind.RETRIBUTION
          && (hasConditionalMark(graph, node) || hasConditionalClause(graph, node))) {
        return Modality.HYPOTHETICAL;
      }
      // Planned or possible violence is no attack: "said it would keep striking Hamas targets".
      // "said it would launch an attack": the light verb's modal is the noun's
      boolean ownClause = depth == 0 || node.equals(graph.getParent(trigger))
          && (graph.reln(node, trigger).toString().equals("xcomp")
              || graph.reln(node, trigger).toString().equals("obj") && lightAttack.contains(Trees.lemma(node)));
      if (harm(kind) && ownClause && hasModal(graph, node)) {
        return Modality.HYPOTHETICAL;
      }
      // An intention is no event: "threatened to attack", "plans to strike", "warned X not to mount a raid".
      IndexedWord governor = graph.getParent(node);
      if (harm(kind) && depth == 0
          && reservedRight(graph, node)) {
        return Modality.HYPOTHETICAL;
      }
      if (harm(kind) && depth == 0 && governor != null && graph.reln(governor, node).toString().equals("obj")
          && intendedObject.contains(Trees.lemma(governor))) {
        return Modality.HYPOTHETICAL;
      }
      // "gave them the opportunity to attack X", "foiled a plot to kill Y": a chance or a plan is no act
      if (harm(kind) && depth == 0 && Trees.nounOfInfinitive(graph, node).filter(n -> prospect.contains(Trees.lemma(n))).isPresent()) {
        return Modality.HYPOTHETICAL;
      }
      boolean ownVerb = depth == 0 || depth == 1 && node.equals(graph.getParent(trigger)) && graph.reln(node, trigger).toString().equals("obj");
      // ("called it a cowardly attack": a noun as the predicate of "call" names what happened)
      if (harm(kind) && ownVerb && governor != null && !(depth == 0 && node.tag() != null && node.tag().startsWith("NN"))
          && graph.reln(governor, node).toString().equals("xcomp") && intent.contains(Trees.lemma(governor))) {
        return Modality.HYPOTHETICAL;
      }
      IndexedWord parent = graph.getParent(node);
      if (parent == null) {
        break;
      }
      if (denial.contains(Trees.lemma(parent))) {
        return Modality.NONE;
      }
      node = parent;
    }
    return Modality.ASSERTED;
  }

  /**
   * Whether a clause is what someone said or wrote ("Levin said Israel would strike ..."), or
   * threatened ("threatened to attack").
   */
  boolean reported(SemanticGraph graph, IndexedWord word) {
    IndexedWord node = word;
    for (int depth = 0; depth < 3; depth++) {
      IndexedWord parent = graph.getParent(node);
      if (parent == null) {
        return false;
      }
      String relation = graph.reln(parent, node).toString();
      if (depth == 0 && reservedRight(graph, node)) {
        return true;
      }
      // "said Iran would respond": the parser may make the said clause a dep
      if ((relation.equals("ccomp") || relation.equals("xcomp") || relation.equals("dep")) && speech.contains(Trees.lemma(parent))) {
        return true;
      }
      node = parent;
    }
    return false;
  }

  /**
   * Whether an attack or killing is what someone calls on others to do ("called on its supporters
   * to kill Canadians"): the caller's threat.
   */
  boolean incited(SemanticGraph graph, IndexedWord word) {
    IndexedWord parent = graph.getParent(word);
    if (parent == null || !graph.reln(parent, word).toString().equals("xcomp") || !incitement.contains(Trees.lemma(parent))) {
      return false;
    }
    // "what he called an attempt to assassinate X" names; only "called on/upon X to" calls for it
    return !Trees.lemma(parent).equals("call") || graph.outgoingEdgeList(parent).stream()
        .anyMatch(e -> e.getRelation().toString().equals("obl:on") || e.getRelation().toString().equals("obl:upon"));
  }

  /** "al-Qaeda's attacks", "the Sept. 11 attacks": an event named by its owner or its date. */
  private static boolean identified(SemanticGraph graph, IndexedWord trigger) {
    return graph.outgoingEdgeList(trigger).stream().anyMatch(e -> e.getRelation().toString().equals("nmod:poss")
        || "DATE".equals(e.getDependent().ner()) && !e.getRelation().toString().startsWith("nmod:"));
  }

  /** Violence, done or answered: what may be planned, intended or reserved instead of done. */
  private static boolean harm(EventRules.Kind kind) {
    return kind.isAttack() || kind == EventRules.Kind.KILLING || kind == EventRules.Kind.REPRISAL;
  }

  /**
   * "Ethiopia reserves the right to retaliate against Eritrea": the act a party reserves the right
   * to is one it says may come, which is a threat.
   */
  private static boolean reservedRight(SemanticGraph graph, IndexedWord verb) {
    IndexedWord parent = graph.getParent(verb);
    if (parent == null) {
      return false;
    }
    String relation = graph.reln(parent, verb).toString();
    // the parser makes the act a complement of "reserve" (its object "right") or a clause of "right"
    IndexedWord reserve = relation.equals("xcomp") ? parent
        : relation.startsWith("acl") && Trees.lemma(parent).equals("right") ? graph.getParent(parent) : null;
    return reserve != null && Trees.lemma(reserve).equals("reserve")
        && graph.outgoingEdgeList(reserve).stream().anyMatch(e -> e.getRelation().toString().equals("obj")
            && Trees.lemma(e.getDependent()).equals("right"));
  }

  /** A verb by which the accused denies: "Iran denied any role", "the group rejected the accusation". */
  boolean disavows(IndexedWord word) {
    return word.tag().startsWith("VB") && disavowal.contains(Trees.lemma(word));
  }

  /** "Washington rejected any suggestion that Israel was behind the bombings": the claim is disavowed as a whole. */
  boolean underDisavowal(SemanticGraph graph, IndexedWord trigger) {
    IndexedWord node = graph.getParent(trigger);
    for (int depth = 0; depth < 4 && node != null; depth++, node = graph.getParent(node)) {
      if (disavows(node)) {
        return true;
      }
    }
    return false;
  }

  /** "talks will begin in Oman", "they will meet again": a modal on the word or on the verb that carries it. */
  boolean planned(SemanticGraph graph, IndexedWord word) {
    IndexedWord parent = graph.getParent(word);
    return hasModal(graph, word) || parent != null && hasModal(graph, parent);
  }

  private boolean hasModal(SemanticGraph graph, IndexedWord node) {
    return graph.outgoingEdgeList(node).stream().anyMatch(e -> e.getRelation().toString().equals("aux")
        && modal.contains(e.getDependent().word().toLowerCase(Locale.ROOT)));
  }

  /** "strike Hezbollah again if it violated the terms": an if-clause hangs on the event. */
  private boolean hasConditionalClause(SemanticGraph graph, IndexedWord node) {
    return graph.outgoingEdgeList(node).stream()
        .filter(e -> e.getRelation().toString().startsWith("advcl"))
        .anyMatch(e -> hasConditionalMark(graph, e.getDependent()));
  }

  private boolean hasConditionalMark(SemanticGraph graph, IndexedWord node) {
    return graph.outgoingEdgeList(node).stream().anyMatch(e -> e.getRelation().toString().equals("mark")
        && conditional.contains(e.getDependent().word().toLowerCase(Locale.ROOT)));
  }

  private static boolean hasChild(SemanticGraph graph, IndexedWord node, String relation) {
    return graph.outgoingEdgeList(node).stream().anyMatch(e -> e.getRelation().toString().equals(relation));
  }

  /** "rule out" for "ruled out": the verb's lemma with its particle. */
  private static String phrasalLemma(SemanticGraph graph, IndexedWord verb) {
    IndexedWord particle = Trees.child(graph, verb, "compound:prt");
    return particle == null ? Trees.lemma(verb) : Trees.lemma(verb) + " " + Trees.lemma(particle);
  }
}
