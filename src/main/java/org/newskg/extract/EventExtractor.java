package org.newskg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newskg.lexicon.Gazetteer;
import org.newskg.model.Actor;
import org.newskg.model.ActorIndex;
import org.newskg.model.ActorType;
import org.newskg.model.Event;
import org.newskg.model.EventType;
import org.newskg.model.Evidence;
import org.newskg.model.Role;
import org.newskg.model.RoleFiller;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.text.Datelines;

/**
 * Events and their roles, read off CoreNLP's enhanced++ dependencies by the trigger lexicon and
 * role table of {@link EventRules}. Negated, conditional, questioned and denied events give no
 * roles; a Killing needs a named victim (casualty counts belong to the Attack).
 */
public final class EventExtractor {
  private static final double CONFIDENCE = 0.7;
  /**
   * Relations under a filler that is no actor, searched for one: "Houthi targets", "port of
   * Mombasa", "its senior commander, Samir Haddad" (apposition; the parser sometimes says dep).
   */
  private static final Set<String> DESCEND = Set.of("compound", "amod", "nmod:poss", "nmod:of", "appos", "dep");
  private static final Set<String> DESCEND_CIVILIANS = Set.of("compound", "nmod:poss", "nmod:of", "appos", "dep");
  /** A party or mediator is also named by where it comes from: "delegations from Russia and Ukraine". */
  private static final Set<String> DESCEND_PARTY = Set.of("compound", "amod", "nmod:poss", "nmod:of", "appos", "dep", "nmod:from");
  /**
   * Negotiators are named by whom they act for too: "negotiators for the ANC" (not a post's field:
   * "the Special Representative for Afghanistan Reconciliation").
   */
  private static final Set<String> DESCEND_NEGOTIATORS =
      Stream.concat(DESCEND_PARTY.stream(), Stream.of("nmod:for")).collect(Collectors.toUnmodifiableSet());
  /**
   * Who threatens or is threatened is named outright or in apposition ("Israel's military chief,
   * General X, warned"): "vowed revenge for the killing of the commander of X" threatens no X.
   */
  private static final Set<String> DESCEND_THREAT = Set.of("appos", "compound", "nmod:poss");
  private static final Set<String> DESCEND_THREAT_TARGET = Set.of("compound", "amod", "nmod:poss");
  /** NER tags of when, not where: "in May 2004" sets no scene. */
  private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");
  /** Where a clause sets its own scene: "in the main square", "at the gate", "near the border". */
  private static final Set<String> OWN_SCENE = Set.of("obl:in", "obl:at", "obl:near", "obl:outside", "obl:inside");
  /** How many levels below a filler word its actors are searched; the dead, listed, one more. */
  private static final int FILLER_DEPTH = 2;
  private static final int VICTIM_DEPTH = 3;
  /**
   * A victim is the person named, never a possessor: "killed my husband" did not kill "my"; a
   * plural victim gives the names it lists: "soldiers, including A and B, who were killed".
   */
  private static final Set<String> DESCEND_VICTIM = Set.of("compound", "appos", "dep", "nmod:including");
  /**
   * Where an event happened; no adjective: "the Kenyan port of Mombasa" names Mombasa alone; "in
   * the capital, Maputo" names Maputo.
   */
  private static final Set<String> DESCEND_PLACE = Set.of("compound", "nmod:poss", "nmod:of", "nmod:in", "appos",
      "nmod:around", "nmod:outside", "nmod:near");
  /** The word lists and words that mark a role rule as an accusation's (event-roles.tsv). */
  private static final List<String> ACCUSING = List.of("[@accusation]", "[@responsible]", "[behind]");
  /** Roles "the two countries" may fill with the pair it refers to: two sides, or two go-betweens ("the two presidents mediated"). */
  private static final Set<Role> PAIRED = Set.of(Role.PARTICIPANT, Role.TARGET, Role.MEDIATOR);
  /** Roles of those who act: a capital there stands for its government ("Kyiv launched an attack"). */
  private static final Set<Role> ACTING = Set.of(Role.ATTACKER, Role.KILLER, Role.AGENT, Role.PARTICIPANT, Role.MEDIATOR);
  /**
   * Roles a state's unowned forces fill for their state: only that of the attacked ("ambushed an
   * army patrol"); as attackers, killers or speakers they were another state's, a unit the gold
   * sets name, or no state's as often as the article's (11 right, 15 wrong over the batches).
   */
  private static final Set<Role> FORCE_ROLES = Set.of(Role.TARGET);

  private final EventRules rules;
  private final EventModality modality;
  private final Gazetteer gazetteer;
  private final Set<String> armedForces;
  private final Set<String> armedForcesNames;
  private final Set<String> armedForcesFillers;
  private final Set<String> armedForcesWords;
  private final Set<String> mediationNouns;
  private final Set<String> mediatingCompounds;
  private final Set<String> lendingCompounds;
  private final Set<String> possessionVerbs;
  private final Set<String> containers;
  private final EventPlaces eventPlaces;
  private final Set<String> settlements;
  /** Persons whose nationality makes them no state's forces: "Albanian villagers". */
  private final Set<String> civilians;
  private final Set<String> memberNouns;
  private final Set<String> perpetratorNouns;
  private final Set<String> loyalty;
  private final Set<String> negotiatingNouns;
  private final PostWords posts = PostWords.load();
  /** Nouns of armed men who act for a group: "the guerrillas", "the commandos". */
  private final Set<String> armedMembers;
  private final Set<String> irregularMembers;
  private final Set<String> stateBodies;
  /** A state's armed men and their units, and the words that leave them unowned: "government troops", "an army patrol". */
  private final Set<String> stateForces;
  private final Set<String> forceUnits;
  private final Set<String> forceKinds;
  private final Set<String> mediatedNouns;
  /** Killing verbs that are shootings, so attacks: "gunned down". */
  private final Set<String> shootings;
  private final Set<String> attempts;
  private final Set<String> attemptNouns;
  /** Killing nouns that are attacks on many: "the massacre at X". */
  private final Set<String> massKillings;
  /** Verbs of vehicles carrying people: "a convoy carrying X". */
  private final Set<String> carriers;
  private final Set<String> namingVerbs;
  private final Set<String> weapons;
  private final Set<String> deathCauses;
  private final Set<String> claimVerbs;
  private final Set<String> blameVerbs;

  /** Relations by which a noun of members names their group: "Taliban fighters", "commandos of the army". */
  private static final Set<String> MEMBER_OF = Set.of("amod", "compound", "nmod:of", "nmod:from", "nmod:poss");
  /** How many sentences back a bare "the guerrillas" looks for the group that named them. */
  private static final int MEMBER_REACH = 12;
  /** How many sentences back "the attack" or "the blast" may take up the attack last told. */
  private static final int MENTION_REACH = 4;

  /** What a claim or blame is for, when it says: "for the attack", "of killing X". */
  private static final Set<String> NAMES_ITS_EVENT = Set.of("obl:for", "obl:of", "advcl:for", "advcl:of", "ccomp");

  /** What is claimed of an attack: "claimed responsibility", "took credit". */
  private static final Set<String> CLAIMED = Set.of("responsibility", "credit");

  private EventExtractor(EventRules rules, Gazetteer gazetteer) {
    this.rules = rules;
    this.modality = new EventModality(rules);
    this.gazetteer = gazetteer;
    this.armedForces = rules.words("armed-forces");
    this.armedForcesNames = rules.words("armed-forces-name");
    this.armedForcesFillers = rules.words("armed-forces-filler");
    this.armedForcesWords = armedForcesNames.stream()
        .flatMap(n -> Arrays.stream(n.split(" ")))
        .collect(Collectors.toUnmodifiableSet());
    this.mediationNouns = rules.words("mediation-noun");
    this.mediatingCompounds = rules.words("mediating-compound");
    this.lendingCompounds = rules.words("lending-compound");
    this.possessionVerbs = rules.words("possession-verb");
    this.containers = rules.words("container");
    WordLists placeHeads = WordLists.load("/org/newskg/extract/place-heads.tsv");
    this.eventPlaces = new EventPlaces(containers, Stream.concat(rules.words("location-relation").stream(),
        placeHeads.get("division").stream()).collect(Collectors.toUnmodifiableSet()));
    this.settlements = placeHeads.get("settlement");
    this.memberNouns = rules.words("member-noun");
    this.perpetratorNouns = rules.words("perpetrator-noun");
    this.loyalty = rules.words("loyalty");
    this.negotiatingNouns = rules.words("negotiating-noun");
    this.armedMembers = rules.words("armed-member");
    this.civilians = rules.words("civilian");
    this.irregularMembers = rules.words("irregular-member");
    this.stateBodies = rules.words("state-body");
    this.stateForces = rules.words("state-force");
    this.forceUnits = rules.words("force-unit");
    this.forceKinds = rules.words("force-kind");
    this.mediatedNouns = rules.words("mediated");
    this.shootings = rules.words("shooting");
    this.attempts = rules.words("attempt");
    this.attemptNouns = rules.words("attempt-noun");
    this.massKillings = rules.words("mass-killing");
    this.carriers = rules.words("carrier-verb");
    this.namingVerbs = rules.words("naming-verb");
    this.weapons = rules.words("weapon");
    this.deathCauses = rules.words("death-cause");
    this.claimVerbs = rules.words("claim");
    this.blameVerbs = rules.words("blame");
  }

  public static EventExtractor load(Gazetteer gazetteer) {
    return new EventExtractor(EventRules.load(), gazetteer);
  }

  public List<Event> extract(AnnotatedArticle annotated, ActorIndex actors) {
    return extract(annotated, actors, Attribution.none());
  }

  /** The events of an article; one inside what somebody said points at that statement. */
  public List<Event> extract(AnnotatedArticle annotated, ActorIndex actors, Attribution attribution) {
    return new ArticleRun(ActorLookup.of(annotated, actors, gazetteer), attribution).extract(annotated);
  }

  /**
   * An event being built: its kind, trigger, roles with the rule each came from, and, for a
   * killing, the attack that caused it ("killed in a strike"), whose attackers are its killers.
   */
  private static final class Draft {
    final EventRules.Kind kind;
    final int sentence;
    final IndexedWord trigger;
    final Map<RoleFiller, String> roles = new LinkedHashMap<>();
    final Evidence evidence;
    Draft instrument;
    Draft mergedInto;
    boolean filled;
    /** A launch of weapons ("fired rockets"), an attack where they fell though no one is named as hit. */
    boolean armed;
    /** A meeting of negotiators or envoys ("Kenyan and Ugandan negotiators met"): talks with no mediator too. */
    boolean delegates;
    /** Said to come ("talks will begin in Oman"): its place is not where the talks were held. */
    boolean planned;
    /** A death told with no violent cause ("died of cancer"): a killing only if an attack gives it its killers. */
    boolean causeless;
    /** A verb of mediating whose object is no talks ("facilitated the transfer of arms"): talks only with parties. */
    boolean aimless;
    LocalDate date;

    Draft(EventRules.Kind kind, int sentence, IndexedWord trigger, Evidence evidence) {
      this.kind = kind;
      this.sentence = sentence;
      this.trigger = trigger;
      this.evidence = evidence;
    }

    EventType type() {
      return switch (kind) {
        case NEGOTIATION, MEDIATION, HOSTING, MEETING -> EventType.NEGOTIATION;
        case ATTACK, LAUNCH, IMPACT -> EventType.ATTACK;
        case KILLING, DEATH -> EventType.KILLING;
        case THREAT, THREATENED_ATTACK, RETRIBUTION, REPRISAL, ULTIMATUM -> EventType.THREAT;
      };
    }

    /** Takes the roles, and the date if it has none, of another mention of the same event. */
    void absorb(Draft other) {
      other.roles.forEach(roles::putIfAbsent);
      // "X died on Monday. ... The killing was ordered by Y": another mention tells the death was a killing
      causeless &= other.causeless || other.type() != EventType.KILLING;
      if (date == null) {
        date = other.date;
      }
    }

    /** The draft this one was merged into, or itself. */
    Draft resolved() {
      Draft d = this;
      while (d.mergedInto != null) {
        d = d.mergedInto;
      }
      return d;
    }

    Set<Actor> fillers(Role role) {
      Set<Actor> out = new LinkedHashSet<>();
      roles.keySet().stream().filter(r -> r.role() == role).forEach(r -> out.add(r.actor()));
      return out;
    }
  }

  /** One article's extraction: its actors, and the statements that report its events. */
  private final class ArticleRun {
    private final ActorLookup lookup;
    private final ActorIndex actors;
    private final Attribution attribution;

    ArticleRun(ActorLookup lookup, Attribution attribution) {
      this.lookup = lookup;
      this.actors = lookup.index();
      this.attribution = attribution;
    }

    private final List<Draft> drafts = new ArrayList<>();
    /** Claims and blames that name no event, each merged into the attack or killing told before it. */
    private final List<Draft> claims = new ArrayList<>();
    private final Map<Long, Draft> byTrigger = new HashMap<>();
    private final Map<Long, Optional<EventRules.Kind>> triggers = new HashMap<>();
    /** Attacks found as the weapons of killings, added after their sentence's events. */
    private final List<Draft> weaponAttacks = new ArrayList<>();
    private List<CoreMap> sentences;
    private String text;
    /** The state the article is about, counted on first need (null until then). */
    private Optional<Actor> homeState;

    List<Event> extract(AnnotatedArticle annotated) {
      sentences = Sentences.of(annotated);
      text = annotated.article().text();
      for (int s = 0; s < sentences.size(); s++) {
        CoreMap sentence = sentences.get(s);
        SemanticGraph graph = graph(s);
        if (graph == null || sentence.toString().strip().endsWith("?")) {
          continue;
        }
        List<Draft> inSentence = new ArrayList<>();
        for (IndexedWord word : graph.vertexListSorted()) {
          Optional<EventRules.Kind> trigger = triggerOf(s, word);
          if (trigger.isEmpty()) {
            continue;
          }
          EventRules.Kind kind = trigger.get();
          if (kind == EventRules.Kind.KILLING && attempted(graph, word)) {
            // "the group tried to assassinate X": an attempt on a life is an attack on him, and no killing
            kind = EventRules.Kind.ATTACK;
          }
          EventModality.Modality stated = modality.of(graph, word, kind);
          if (stated == EventModality.Modality.HYPOTHETICAL && (kind.isAttack() || kind == EventRules.Kind.KILLING)
              && (modality.reported(graph, word) || modality.incited(graph, word))) {
            // An attack someone says would come, or calls on others to carry out, is that speaker's threat.
            kind = EventRules.Kind.THREATENED_ATTACK;
          } else if (kind == EventRules.Kind.REPRISAL) {
            // A response is a threat only as what someone says would come.
            if (stated != EventModality.Modality.HYPOTHETICAL || !modality.reported(graph, word)) {
              continue;
            }
          } else if (stated != EventModality.Modality.ASSERTED && kind != EventRules.Kind.ULTIMATUM) {
            // an ultimatum's alternative is never asserted: "or face" is the threat itself
            continue;
          }
          Evidence evidence = Sentences.evidence(annotated, sentence, CONFIDENCE, "event");
          Draft draft = new Draft(kind, s, word, evidence);
          draft.date = dateOf(graph, word);
          draft.planned = modality.planned(graph, word);
          draft.armed = kind == EventRules.Kind.LAUNCH && rules.firesWeapon(graph, word);
          draft.delegates = kind == EventRules.Kind.MEETING && graph.outgoingEdgeList(word).stream()
              .anyMatch(e -> e.getRelation().toString().startsWith("nsubj") && negotiatingNouns.contains(Trees.lemma(e.getDependent()))
                  // "the U.N. envoy met the president" is a mediator's visit, not talks
                  && (e.getDependent().tag().equals("NNS") || Trees.lemma(e.getDependent()).equals("delegation")));
          draft.causeless = kind == EventRules.Kind.DEATH && pos(word) == 'V' && !violentCause(s, graph, word);
          draft.aimless = kind == EventRules.Kind.MEDIATION && pos(word) == 'V' && aimless(s, graph, word);
          byTrigger.put(key(s, word), draft);
          inSentence.add(draft);
          if (kind == EventRules.Kind.KILLING && killsInAnAttack(s, graph, word)) {
            Draft attack = new Draft(EventRules.Kind.ATTACK, s, word, evidence);
            attack.date = draft.date;
            draft.instrument = attack;
            inSentence.add(attack);
          }
        }
        // Roles after all triggers of the sentence are known: a killing may point at its attack.
        inSentence.forEach(this::fill);
        for (Draft d : List.copyOf(inSentence)) {
          if (d.type() != EventType.KILLING) {
            continue;
          }
          Optional<Draft> governing = governingAttack(graph, d);
          if (d.instrument == null) {
            d.instrument = governing.orElse(null);
          } else if (d.instrument.trigger.equals(d.trigger) && governing.isPresent()) {
            // "raided the church and shot dead X": the shooting is part of the raid, no attack of its own
            inSentence.remove(d.instrument);
            d.instrument = governing.get();
          }
        }
        if (inSentence.isEmpty()) {
          amongThemBefore(s, graph);
        }
        drafts.addAll(inSentence);
        claimsOfTheLastAttack(s, graph);
        drafts.addAll(weaponAttacks);
        weaponAttacks.clear();
      }
      // Before mentions merge, while each role is still with the sentence that gave it.
      // one pass over the deniers for both: the mentions and the claims that name no event
      dropDisavowedAccusations(Stream.concat(drafts.stream(), claims.stream()).toList());
      claims.forEach(claim -> claim.mergedInto.absorb(claim));
      mergeDefiniteAttacks();
      mergeDefiniteKillings();
      mergeThreatsOfOneSentence();
      List<Draft> live = drafts.stream().filter(d -> d.mergedInto == null).toList();
      deathsAfterAnAttack(live);
      shareRolesOfOneDeath(live);
      return finish(mergeNegotiations(live), attribution);
    }

    /**
     * "Riyadh blamed Iran for the attack; Iran denied any role": an accused who denies it, in the
     * accusation's sentence or the next two, loses the role the accusation gave. What the article
     * states in its own voice stays.
     */
    private void dropDisavowedAccusations(List<Draft> mentions) {
      if (mentions.stream().noneMatch(d -> d.roles.values().stream().anyMatch(EventExtractor::accusing))) {
        return;
      }
      // Per sentence, the actors that deny, and the classes of those named only as "the group".
      Map<Integer, Set<Actor>> deniers = new HashMap<>();
      Map<Integer, Set<ActorType>> unnamed = new HashMap<>();
      for (int s = 0; s < sentences.size(); s++) {
        SemanticGraph graph = graph(s);
        if (graph == null) {
          continue;
        }
        for (SemanticGraphEdge edge : graph.edgeListSorted()) {
          if (!edge.getRelation().toString().startsWith("nsubj") || !modality.disavows(edge.getGovernor())) {
            continue;
          }
          // "A spokesman for the militia denied it": who denies is the one spoken for
          List<IndexedWord> subjects = new ArrayList<>(List.of(edge.getDependent()));
          graph.outgoingEdgeList(edge.getDependent()).stream()
              .filter(e -> e.getRelation().toString().equals("nmod:for") || e.getRelation().toString().equals("nmod:of"))
              .forEach(e -> subjects.add(e.getDependent()));
          for (IndexedWord subject : subjects) {
            // "Damascus denied any role": a capital that denies is its government
            lookup.at(graph, subject, s).map(a -> a.type() == ActorType.PLACE ? governmentOf(a).orElse(a) : a)
                .ifPresent(deniers.computeIfAbsent(s, k -> new HashSet<>())::add);
            if (ActorLookup.isDefiniteNoun(graph, subject)) {
              // Coreference may tie "the group" to another group than the accused one.
              ActorLookup.classOfNoun(subject).ifPresent(unnamed.computeIfAbsent(s, k -> new HashSet<>())::add);
            }
          }
        }
      }
      for (Draft d : mentions) {
        Set<Actor> denying = new HashSet<>();
        Set<ActorType> denyingClasses = new HashSet<>();
        for (int s = d.sentence; s <= d.sentence + 2; s++) {
          denying.addAll(deniers.getOrDefault(s, Set.of()));
          denyingClasses.addAll(unnamed.getOrDefault(s, Set.of()));
        }
        boolean disavowed = modality.underDisavowal(graph(d.sentence), d.trigger);
        d.roles.entrySet().removeIf(e -> accusing(e.getValue()) && (disavowed
            || denying.contains(e.getKey().actor()) || denyingClasses.contains(e.getKey().actor().type())));
      }
    }

    /**
     * "A bomb exploded in the square, killing six", "gunmen stormed the hotel and killed twelve":
     * the attack a killing's clause hangs on caused it, and lends it killers and place.
     */
    private Optional<Draft> governingAttack(SemanticGraph graph, Draft killing) {
      for (SemanticGraphEdge edge : graph.incomingEdgeList(killing.trigger)) {
        String rel = edge.getRelation().toString();
        IndexedWord governor = edge.getGovernor();
        if (rel.equals("acl") && pos(governor) == 'N') {
          // "stormed a hotel in X, killing V": the parser may hang the clause on the object
          governor = graph.getParent(governor);
        } else if (!rel.startsWith("advcl") && !rel.equals("dep") && !rel.startsWith("conj")) {
          continue;
        }
        Draft attack = governor == null ? null : byTrigger.get(key(killing.sentence, governor));
        if (attack != null && attack.kind.isAttack()) {
          return Optional.of(attack);
        }
      }
      return Optional.empty();
    }

    /**
     * "A bomb tore through the bus, killing nine soldiers. Among them was Colonel X": a sentence
     * that states no event of its own and names people "among them" adds them to the victims of
     * the killing just told.
     */
    private void amongThemBefore(int sentence, SemanticGraph graph) {
      Draft killing = null;
      for (int i = drafts.size() - 1; i >= 0 && drafts.get(i).sentence >= sentence - 1; i--) {
        if (drafts.get(i).type() == EventType.KILLING) {
          killing = drafts.get(i);
          break;
        }
      }
      if (killing == null) {
        return;
      }
      for (SemanticGraphEdge edge : graph.edgeListSorted()) {
        if (edge.getRelation().toString().equals("obl:among") && Trees.lemma(edge.getDependent()).equals("they")
            && graph.getRoots().contains(edge.getGovernor())) {
          for (Actor named : lookup.withConjuncts(graph, edge.getGovernor(), sentence)) {
            if (named.type() == ActorType.PERSON) {
              killing.roles.putIfAbsent(new RoleFiller(Role.VICTIM, named), "event.killing.among-them");
            }
          }
        }
      }
    }

    /**
     * "A bomb went off in the market. The NLA claimed responsibility." / "Police blamed the
     * Red Dawn Brigade.": a claim or blame that names no event is about the attack or killing told
     * last, in its sentence or the two before. A blame is an accusation (a denial undoes it).
     */
    private void claimsOfTheLastAttack(int sentence, SemanticGraph graph) {
      for (IndexedWord verb : graph.vertexListSorted()) {
        boolean claimed = claimVerbs.contains(Trees.lemma(verb)) && graph.outgoingEdgeList(verb).stream()
            .anyMatch(e -> e.getRelation().toString().equals("obj") && CLAIMED.contains(Trees.lemma(e.getDependent()))
                && graph.outgoingEdgeList(e.getDependent()).stream().noneMatch(n -> n.getRelation().toString().startsWith("nmod")));
        boolean blames = blameVerbs.contains(Trees.lemma(verb)) && verb.tag().startsWith("VB");
        if (!claimed && !blames || Trees.negated(graph, verb) || graph.outgoingEdgeList(verb).stream()
            .map(e -> e.getRelation().toString()).anyMatch(NAMES_ITS_EVENT::contains)) {
          continue;
        }
        List<Draft> told = lastHarms(sentence, verb);
        String relation = claimed ? "nsubj" : "obj";
        String rule = claimed ? "event.claim.unnamed" : "event.blame.unnamed[@accusation]";
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
          if (!edge.getRelation().toString().equals(relation)) {
            continue;
          }
          for (Draft event : told) {
            // a mention of its own in the claim's sentence, so that a denial after the claim undoes it
            Draft claim = new Draft(event.kind, sentence, verb, event.evidence);
            Role role = event.type() == EventType.KILLING ? Role.KILLER : Role.ATTACKER;
            for (Actor named : lookup.withConjuncts(graph, edge.getDependent(), sentence)) {
              typed(role, named, event.kind).filter(r -> r.role() == role).ifPresent(r -> claim.roles.putIfAbsent(r, rule));
            }
            claim.mergedInto = event;
            claims.add(claim);
          }
        }
      }
    }

    /** The attacks and killings of the last sentence before a word that tells any, up to two back. */
    private List<Draft> lastHarms(int sentence, IndexedWord word) {
      List<Draft> told = new ArrayList<>();
      for (int i = drafts.size() - 1; i >= 0 && drafts.get(i).sentence >= sentence - 2; i--) {
        Draft d = drafts.get(i);
        boolean before = d.sentence < sentence || d.trigger.index() < word.index();
        if (!told.isEmpty() && d.sentence != told.get(0).sentence) {
          break;
        }
        if (before && (d.kind.isAttack() || d.type() == EventType.KILLING)) {
          told.add(d);
        }
      }
      return told;
    }

    /**
     * "Gunmen from the Red Hand opened fire on the bus. Six people died, among them X.": a death
     * with no killer or cause of its own, told in the sentence right after an attack, happened in
     * it, at its place and by its attackers (unless the two are told at different sites or dates).
     * "X was among those killed", "among the dead": one of the dead of the attack told last before
     * it (or, a live blog's entries running newest first, of the first after it), when that attack
     * has attackers.
     */
    private void deathsAfterAnAttack(List<Draft> live) {
      for (Draft killing : live) {
        if (killing.type() != EventType.KILLING || killing.instrument != null || killing.fillers(Role.VICTIM).isEmpty()
            || !killing.fillers(Role.KILLER).isEmpty()) {
          continue;
        }
        // the attack with attackers, or failing one any attack ("A bomb exploded in the market. Six
        // people died, including X.": the place and the cause, though no killer)
        Draft attack = null;
        for (Draft d : live) {
          boolean better = attack == null || attack.fillers(Role.ATTACKER).isEmpty() || !d.fillers(Role.ATTACKER).isEmpty();
          if (d.kind.isAttack() && d.sentence == killing.sentence - 1 && better) {
            attack = d;
          }
        }
        if (attack == null && amongTheDead(graph(killing.sentence), killing.trigger)) {
          attack = attackOfTheDead(live, killing.sentence);
        }
        if (attack == null || apart(attack, killing)
            || attack.date != null && killing.date != null && !attack.date.equals(killing.date)) {
          continue;
        }
        killing.causeless = false;
        Set<Actor> victims = killing.fillers(Role.VICTIM);
        // "X was mown down by gunmen in the square" tells its own killers and scene
        Set<String> told = graph(killing.sentence).outgoingEdgeList(killing.trigger).stream()
            .filter(e -> !TIME_TAGS.contains(String.valueOf(e.getDependent().ner())))
            .map(e -> e.getRelation().toString()).collect(Collectors.toSet());
        // "Gunmen murdered X" names its killers too, though as no actor
        boolean ownKillers = told.contains("obl:agent") || told.contains("obl:by")
            || killing.kind == EventRules.Kind.KILLING && pos(killing.trigger) == 'V' && told.contains("nsubj");
        for (Actor attacker : attack.fillers(Role.ATTACKER)) {
          if (!victims.contains(attacker) && !ownKillers) {
            killing.roles.putIfAbsent(new RoleFiller(Role.KILLER, attacker), "event.killing.after-attack");
          }
        }
        if (killing.fillers(Role.PLACE).isEmpty() && told.stream().noneMatch(OWN_SCENE::contains)) {
          attack.fillers(Role.PLACE).forEach(p -> killing.roles.putIfAbsent(new RoleFiller(Role.PLACE, p), "event.killing.after-attack"));
        }
      }
    }

    /** "was among those killed", "among the dead", "named among the victims": one of the dead told before. */
    private static boolean amongTheDead(SemanticGraph graph, IndexedWord trigger) {
      IndexedWord parent = graph.getParent(trigger);
      // the parser makes "killed" of "those killed" a clause or an adjective of "those" ("among
      // four soldiers killed there" counts dead of its own)
      boolean ofThose = parent != null && Trees.lemma(parent).equals("that")
          && (graph.reln(parent, trigger).toString().startsWith("acl") || graph.reln(parent, trigger).toString().equals("amod"));
      IndexedWord dead = ofThose ? parent : trigger;
      return graph.incomingEdgeList(dead).stream().anyMatch(e -> e.getRelation().toString().endsWith(":among"))
          || graph.outgoingEdgeList(dead).stream().anyMatch(e -> e.getRelation().toString().equals("case")
              && Trees.lemma(e.getDependent()).equals("among"));
    }

    /**
     * The attack told last before the sentence, up to {@code MENTION_REACH} sentences back, when it
     * has attackers; failing any attack before, the first after it (a live blog told newest first).
     */
    private static Draft attackOfTheDead(List<Draft> live, int sentence) {
      Draft before = null;
      Draft after = null;
      for (Draft d : live) {
        if (!d.kind.isAttack() || d.sentence == sentence) {
          continue;
        }
        if (d.sentence < sentence && (before == null || d.sentence >= before.sentence)) {
          before = d;
        } else if (d.sentence > sentence && (after == null || d.sentence < after.sentence)) {
          after = d;
        }
      }
      Draft told = before == null ? after : before.sentence >= sentence - MENTION_REACH ? before : null;
      return told == null || told.fillers(Role.ATTACKER).isEmpty() ? null : told;
    }

    /**
     * "The murder was ordered by a rival" after "X was stabbed to death": a killing named by a
     * definite noun with no victim of its own is the killing told last, up to four sentences back.
     */
    private void mergeDefiniteKillings() {
      Draft last = null;
      for (Draft d : drafts) {
        if (d.mergedInto != null || d.type() != EventType.KILLING) {
          continue;
        }
        boolean anaphor = pos(d.trigger) == 'N' && d.fillers(Role.VICTIM).isEmpty()
            && ActorLookup.isDefiniteNoun(graph(d.sentence), d.trigger) && bare(graph(d.sentence), d.trigger);
        if (anaphor && last != null && last.sentence >= d.sentence - MENTION_REACH && last.sentence < d.sentence
            && !apart(last.resolved(), d)) {
          Draft target = last.resolved();
          target.absorb(d);
          d.mergedInto = target;
        } else if (!d.fillers(Role.VICTIM).isEmpty()) {
          last = d;
        }
      }
    }

    /**
     * "X warned Y it would retaliate": the warning and the reprisal it announces are one
     * threat; the one without a target joins the one of the same agents that names it.
     */
    private void mergeThreatsOfOneSentence() {
      // "Hamas warned Israel that it would pay": an "it" resolved to the speaker is no target
      for (Draft d : drafts) {
        Set<Actor> agents = d.fillers(Role.AGENT);
        d.roles.keySet().removeIf(r -> r.role() == Role.TARGET && agents.contains(r.actor()));
      }
      for (Draft d : drafts) {
        Set<Actor> agents = d.fillers(Role.AGENT);
        if (d.mergedInto != null || d.type() != EventType.THREAT || agents.isEmpty() || !d.fillers(Role.TARGET).isEmpty()) {
          continue;
        }
        drafts.stream()
            .filter(o -> o != d && o.mergedInto == null && o.sentence == d.sentence && o.type() == EventType.THREAT
                && !o.fillers(Role.TARGET).isEmpty() && o.fillers(Role.AGENT).equals(agents))
            .findFirst()
            .ifPresent(o -> {
              o.absorb(d);
              d.mergedInto = o;
            });
      }
    }

    /** The event kind a word states, looked up once per word. */
    private Optional<EventRules.Kind> triggerOf(int sentence, IndexedWord word) {
      return triggers.computeIfAbsent(key(sentence, word), k -> {
        List<CoreLabel> tokens = Sentences.tokens(sentences.get(sentence));
        String next = word.index() < tokens.size() ? tokens.get(word.index()).lemma() : null;
        // "the Maguindanao Massacre" named as a whole is no massacre by Maguindanao; a named
        // agreement ("signed the Reciprocal Access Agreement with Japan") still tells its talks
        boolean named = actors.actorAt(sentence, word.index() - 1).isPresent();
        return rules.trigger(graph(sentence), word, next).filter(kind -> !named || !(kind.isAttack() || kind == EventRules.Kind.KILLING));
      });
    }

    /**
     * "The two sides then swapped prisoners": the parties of the talks told last, in an earlier
     * sentence, if they are two.
     */
    private Set<Actor> partiesOfTheLastTalks(int sentence) {
      for (int i = drafts.size() - 1; i >= 0; i--) {
        Draft d = drafts.get(i);
        Set<Actor> parties = d.fillers(Role.PARTICIPANT);
        // a meeting that is no talks ("she is meeting the foreign ministers of A and B") sets no parties
        boolean talks = d.kind != EventRules.Kind.MEETING || d.delegates || !d.fillers(Role.MEDIATOR).isEmpty();
        if (d.type() == EventType.NEGOTIATION && talks && d.sentence < sentence && parties.size() == 2) {
          return parties;
        }
      }
      return Set.of();
    }

    private static final Set<EventRules.Kind> TALKS =
        Set.of(EventRules.Kind.NEGOTIATION, EventRules.Kind.MEDIATION, EventRules.Kind.HOSTING, EventRules.Kind.MEETING);

    /**
     * Whether a verb of mediating has an object that is no talks: "facilitated the transfer of
     * arms", "moderated its demands" (where "brokered a truce", "mediated the dispute" and
     * "coordinated the negotiations" mediate).
     */
    private boolean aimless(int sentence, SemanticGraph graph, IndexedWord verb) {
      // "brought the three men together": a phrasal trigger's object is its parties
      if (graph.outgoingEdgeList(verb).stream().anyMatch(e -> e.getRelation().toString().equals("compound:prt")
          || e.getDependent().word().equalsIgnoreCase("together"))) {
        return false;
      }
      return graph.outgoingEdgeList(verb).stream().filter(e -> e.getRelation().toString().equals("obj")).map(SemanticGraphEdge::getDependent)
          // "helped mediate it": a pronoun's referent is not judged here
          .anyMatch(object -> !object.tag().startsWith("PRP") && !object.tag().equals("DT") && !talks(sentence, object)
              && lookup.at(graph, object, sentence).isEmpty()
              // "mediated an earlier round of talks"
              && graph.outgoingEdgeList(object).stream().noneMatch(e -> e.getRelation().toString().equals("nmod:of") && talks(sentence, e.getDependent()))
              && !mediatedNouns.contains(Trees.lemma(object)));
    }

    private boolean talks(int sentence, IndexedWord word) {
      return triggerOf(sentence, word).filter(TALKS::contains).isPresent();
    }

    /**
     * Whether a death verb tells a violent cause: "died of his wounds", "died in a strike", "died
     * after he was shot", "was shot and died": a harm word, an attack or a weapon in its obliques,
     * adverbial clauses or conjuncts.
     */
    private boolean violentCause(int sentence, SemanticGraph graph, IndexedWord verb) {
      List<IndexedWord> related = new ArrayList<>();
      for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
        String rel = edge.getRelation().toString();
        if (rel.startsWith("obl") || rel.startsWith("advcl") || rel.startsWith("conj") || rel.equals("parataxis") || rel.equals("xcomp")) {
          related.add(edge.getDependent());
        }
      }
      // "died on Tuesday of wounds suffered in an attack": the parser may hang the cause on the
      // date, and what was suffered on a participle
      for (IndexedWord word : List.copyOf(related)) {
        graph.outgoingEdgeList(word).stream()
            .filter(e -> e.getRelation().toString().equals("nmod:of") || pos(word) == 'V' && e.getRelation().toString().startsWith("obl"))
            .forEach(e -> related.add(e.getDependent()));
      }
      graph.incomingEdgeList(verb).stream()
          .filter(e -> e.getRelation().toString().startsWith("conj") || e.getRelation().toString().equals("parataxis"))
          .forEach(e -> related.add(e.getGovernor()));
      // "died when a bomb was planted under his car", "fire broke out; X died": the clause's subject or object
      for (IndexedWord clause : List.copyOf(related)) {
        graph.outgoingEdgeList(clause).stream()
            .filter(e -> e.getRelation().toString().startsWith("nsubj") || e.getRelation().toString().equals("obj"))
            .forEach(e -> related.add(e.getDependent()));
      }
      return related.stream().anyMatch(w -> deathCauses.contains(Trees.lemma(w)) || weapons.contains(Trees.lemma(w))
          || triggerOf(sentence, w).filter(k -> k.isAttack() || k == EventRules.Kind.KILLING).isPresent());
    }

    /**
     * "tried to assassinate X", "attempted to kill Y": a killing verb under a verb of trying; "made an
     * attempt to kill Z", "a bid to kill": under a noun of trying.
     */
    private boolean attempted(SemanticGraph graph, IndexedWord verb) {
      return pos(verb) == 'V' && (graph.incomingEdgeList(verb).stream()
          .anyMatch(e -> e.getRelation().toString().equals("xcomp") && attempts.contains(Trees.lemma(e.getGovernor())))
          || Trees.nounOfInfinitive(graph, verb).filter(n -> attemptNouns.contains(Trees.lemma(n))).isPresent());
    }

    /**
     * Whether a killing is also an attack: "shot dead", "stabbed to death", "gunned down" (the
     * attack that killed, aimed at the one killed), "gunmen killed 12 villagers in X" (the attack
     * the dead were counted in), "the army's massacre at X" (a killing of many, told as a noun),
     * "the killing of 22 peasants at X" (a killing noun counting its dead).
     */
    private boolean killsInAnAttack(int sentence, SemanticGraph graph, IndexedWord verb) {
      return pos(verb) == 'V' && (rules.trigger(verb.lemma(), 'V').filter(EventRules.Kind::isAttack).isPresent()
          || shootings.contains(Trees.lemma(verb)) || killsCounted(sentence, graph, verb))
          || pos(verb) == 'N' && (massKillings.contains(Trees.lemma(verb)) && toldAnew(graph, verb) || countsItsDead(graph, verb));
    }

    /** "the killing of 22 peasants at X": a killing noun that counts its dead tells the attack they died in. */
    private static boolean countsItsDead(SemanticGraph graph, IndexedWord noun) {
      return graph.outgoingEdgeList(noun).stream()
          .filter(e -> e.getRelation().toString().equals("nmod:of"))
          .anyMatch(e -> graph.outgoingEdgeList(e.getDependent()).stream().anyMatch(d -> d.getRelation().toString().startsWith("nummod")));
    }

    /**
     * "the army's massacre at Wagalla", "the worst massacre": a noun with words of its own tells an
     * act; a bare "the massacre" refers back to one told already, and as an attack of its own would
     * join whatever attack was told last.
     */
    private static boolean toldAnew(SemanticGraph graph, IndexedWord noun) {
      return !ActorLookup.isDefiniteNoun(graph, noun) || graph.outgoingEdgeList(noun).stream()
          .anyMatch(e -> OWN_WORDS.contains(e.getRelation().toString()));
    }

    private static final Set<String> OWN_WORDS = Set.of("nmod:poss", "compound", "amod", "nmod:at", "nmod:in", "nmod:of", "nmod:by");

    /**
     * Whether a killing verb counts its dead ("killed 12 villagers", "more than 80 people were
     * killed") with no attack or weapon of its own to carry them ("killed in a strike").
     */
    private boolean killsCounted(int sentence, SemanticGraph graph, IndexedWord verb) {
      // "blew himself up, killing six soldiers", "a bomb which killed 13": the attack is there already;
      // "Madrid, Spain, which killed 13": a misattached relative names no killer either.
      IndexedWord governor = graph.getParent(verb);
      if (governor != null && (triggerOf(sentence, governor).isPresent() || weapons.contains(Trees.lemma(governor))
          || lookup.at(graph, governor, sentence).filter(a -> a.type() == ActorType.PLACE || a.type() == ActorType.COUNTRY).isPresent())) {
        return false;
      }
      boolean counted = false;
      for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
        String rel = edge.getRelation().toString();
        IndexedWord dependent = edge.getDependent();
        if (pos(dependent) == 'N' && (triggerOf(sentence, dependent).isPresent()
            || weapons.contains(Trees.lemma(dependent)))) {
          return false;
        }
        if (rel.equals("obj") || rel.equals("nsubj:pass")) {
          counted |= graph.outgoingEdgeList(dependent).stream().anyMatch(e -> e.getRelation().toString().startsWith("nummod")
              || e.getRelation().toString().equals("det:qmod"));
        }
      }
      return counted;
    }

    private SemanticGraph graph(int sentence) {
      return sentences.get(sentence).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    }

    private void fill(Draft draft) {
      if (draft.filled) {
        return;
      }
      draft.filled = true;
      SemanticGraph graph = graph(draft.sentence);
      List<EventRules.RoleRule> ordered = new ArrayList<>(rules.rulesFor(draft.kind, pos(draft.trigger)));
      ordered.sort((a, b) -> Boolean.compare(a.fallback(), b.fallback()));
      if (draft.type() == EventType.NEGOTIATION) {
        // "the Qatar-brokered truce", "the U.S.-led talks"
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(draft.trigger)) {
          String rel = edge.getRelation().toString();
          if ((rel.equals("amod") || rel.equals("compound")) && Trees.compoundSuffix(edge.getDependent().word()).filter(mediatingCompounds::contains).isPresent()) {
            lookup.at(graph, edge.getDependent(), draft.sentence)
                .ifPresent(a -> draft.roles.putIfAbsent(new RoleFiller(Role.MEDIATOR, a), "event.mediation.compound"));
          }
        }
      }
      // "the killing of three Israelis", "the massacre of 22 peasants": the dead a killing noun
      // counts are its victims, not a target of the attack it tells
      boolean toldByKilling = draft.kind == EventRules.Kind.ATTACK && pos(draft.trigger) == 'N'
          && rules.trigger(Trees.lemma(draft.trigger), 'N').filter(k -> k == EventRules.Kind.KILLING).isPresent();
      for (EventRules.RoleRule rule : ordered) {
        if (rule.fallback() && !draft.fillers(rule.role()).isEmpty() || toldByKilling && rule.role() == Role.TARGET) {
          continue;
        }
        for (IndexedWord target : fillerWordsWithContainer(graph, draft.trigger, rule)) {
          for (RoleFiller filler : fillersOf(graph, target, rule.role(), draft)) {
            draft.roles.putIfAbsent(filler, rule.id());
          }
        }
      }
      // "travelled to Havana, where X agreed to receive them" is no talks held in Havana: a
      // negotiation takes the place only with a party of its own.
      EventPlaces.Mention mention = new EventPlaces.Mention(lookup, graph, draft.sentence, draft.trigger, draft.roles);
      if (draft.type() != EventType.NEGOTIATION || !draft.fillers(Role.PARTICIPANT).isEmpty()) {
        eventPlaces.whereClausePlace(mention);
      }
      eventPlaces.sceneClausePlace(mention);
      eventPlaces.keepMostSpecificPlace(mention);
    }
    /**
     * The actors a word fills a role with: its own actor, its coreferent's ("he", "the group"),
     * actors below it ("Houthi targets"), or its apposition's ("Jafari, the commander ...").
     * An attack in a killing's role becomes the killing's cause ("killed in an Israeli strike",
     * "It also killed V" after a strike).
     */
    private List<RoleFiller> fillersOf(SemanticGraph graph, IndexedWord word, Role role, Draft draft) {
      List<RoleFiller> out = new ArrayList<>();
      if (draft.type() == EventType.KILLING) {
        Optional<Draft> cause = causeOf(word, draft);
        if (cause.isPresent()) {
          draft.instrument = cause.get();
          return out;
        }
      }
      if (triggerOf(draft.sentence, word).isPresent() || word.tag().startsWith("VB")) {
        // Another event, or any clause, is no actor: "revenge for the killing of V" names no target.
        return out;
      }
      // A threat's target is named outright: "vowed revenge for ... the commander of X" targets no X.
      if (role != Role.MEDIATOR && mediationNouns.contains(Trees.lemma(word))) {
        // "reached a deal with the help of France": who helps is no party.
        return out;
      }
      Set<String> descend = draft.type() == EventType.THREAT && draft.kind != EventRules.Kind.THREATENED_ATTACK
          && draft.kind != EventRules.Kind.REPRISAL
          ? (role == Role.AGENT ? DESCEND_THREAT : DESCEND_THREAT_TARGET)
          : role == Role.PLACE ? DESCEND_PLACE
          : role == Role.VICTIM ? DESCEND_VICTIM
          : role == Role.PARTICIPANT && word.tag().equals("NNS") && !"TITLE".equals(word.ner()) ? DESCEND_NEGOTIATORS
          : role == Role.PARTICIPANT || role == Role.MEDIATOR ? DESCEND_PARTY
          // "killed 45 Albanian villagers": a nationality of civilians makes no state the one
          // attacked (where "called for killing French citizens" threatens France)
          : role == Role.TARGET && draft.type() == EventType.ATTACK && civilians.contains(Trees.lemma(word)) ? DESCEND_CIVILIANS
          : DESCEND;
      Set<Actor> found = collectActors(graph, partitiveHead(graph, word), draft.sentence, descend, role, 0);
      if (found.isEmpty() && role != Role.PLACE && word.tag().equals("NNS")) {
        for (IndexedWord named : amongThem(graph, word)) {
          found.addAll(collectActors(graph, named, draft.sentence, descend, role, 0));
        }
      }
      // "raided the West Bank city of Jenin": a struck town is the place, so an attack's target
      // noun is read like a place noun
      boolean placeNoun = role == Role.PLACE || role == Role.TARGET && draft.kind.isAttack();
      if (placeNoun && found.stream().anyMatch(a -> a.type() == ActorType.PLACE)) {
        // The most specific place: "the Saudi city of Jeddah" is Jeddah, not Saudi Arabia; in "the
        // Quebec town of Saint-Jean" the name after "of" is the place, not the province qualifying
        // the town (where "the Erebuni district of Yerevan" names the district before it).
        if (role == Role.PLACE) {
          found.removeIf(a -> a.type() != ActorType.PLACE);
        }
        if (qualifiedByRegion(graph, word)) {
          Set<Actor> named = new LinkedHashSet<>();
          for (SemanticGraphEdge of : graph.getOutEdgesSorted(word)) {
            if (of.getRelation().toString().equals("nmod:of")) {
              named.addAll(collectActors(graph, of.getDependent(), draft.sentence, descend, role, 0));
            }
          }
          named.removeIf(a -> a.type() != ActorType.PLACE);
          if (!named.isEmpty()) {
            found = named;
          }
        }
      }
      // "the Kandy bombings": a town named before an attack noun is where it struck, not who struck
      boolean siteBefore = role == Role.ATTACKER && draft.kind.isAttack() && pos(draft.trigger) == 'N'
          && graph.containsEdge(draft.trigger, word) && graph.reln(draft.trigger, word).toString().equals("compound");
      for (Actor actor : found) {
        // typed() keeps a place as attacker only as the capital of a named state
        typed(role, actor, draft.kind)
            .or(() -> siteBefore && actor.type() == ActorType.PLACE ? Optional.of(new RoleFiller(Role.PLACE, actor)) : Optional.empty())
            .ifPresent(out::add);
      }
      return out;
    }

    /**
     * "one of its officials, X, was killed": the parser hangs the names on the plural after "one
     * of", so the filler is read there.
     */
    private static IndexedWord partitiveHead(SemanticGraph graph, IndexedWord word) {
      if (!Trees.lemma(word).equals("one")) {
        return word;
      }
      IndexedWord of = Trees.child(graph, word, "nmod:of");
      return of != null && of.tag().equals("NNS") ? of : word;
    }

    /**
     * "the Quebec town of ...", "the West Bank city of ...": a place noun a province's name, or any
     * name before a settlement noun, qualifies.
     */
    private boolean qualifiedByRegion(SemanticGraph graph, IndexedWord word) {
      boolean settlement = settlements.contains(Trees.lemma(word));
      return graph.outgoingEdgeList(word).stream()
          .anyMatch(e -> e.getRelation().toString().equals("compound") && ("STATE_OR_PROVINCE".equals(e.getDependent().ner())
              || settlement && e.getDependent().tag().startsWith("NNP")));
    }

    /**
     * The names listed after a plural noun by "among them" ("eight parties, among them A, B and C";
     * "seven members of the Guard, among them General X"): whatever the parser hangs "among them"
     * on, the names are members of the nearest plural noun before it.
     */
    private static List<IndexedWord> amongThem(SemanticGraph graph, IndexedWord plural) {
      List<IndexedWord> words = graph.vertexListSorted();
      for (IndexedWord them : words) {
        if (them.index() <= plural.index() || them.index() > plural.index() + 12 || !them.word().equalsIgnoreCase("them")
            || graph.getChildrenWithReln(them, UniversalEnglishGrammaticalRelations.CASE_MARKER).stream()
                .noneMatch(c -> c.word().equalsIgnoreCase("among"))) {
          continue;
        }
        boolean pluralBetween = words.stream()
            .anyMatch(w -> w.index() > plural.index() && w.index() < them.index() && w.tag().equals("NNS"));
        if (pluralBetween) {
          return List.of();
        }
        List<IndexedWord> named = new ArrayList<>();
        for (SemanticGraphEdge e : graph.outgoingEdgeList(them)) {
          String rel = e.getRelation().toString();
          if (rel.equals("dep") || rel.equals("appos") || rel.startsWith("nmod")) {
            named.add(e.getDependent());
          }
        }
        return named;
      }
      return List.of();
    }

    /** The attack a word of a killing's roles stands for: an attack noun, or "it" after an attack. */
    private Optional<Draft> causeOf(IndexedWord word, Draft killing) {
      Draft attack = byTrigger.get(key(killing.sentence, word));
      if (attack != null && attack.kind.isAttack()) {
        fill(attack);
        return Optional.of(attack);
      }
      if (pos(word) == 'N' && weapons.contains(Trees.lemma(word))) {
        // "a Taliban car bomb in Kabul killed V", "killed by a roadside bomb": a weapon that kills
        // is an attack, with the attacker and place its noun phrase names.
        Draft weapon = new Draft(EventRules.Kind.ATTACK, killing.sentence, word, killing.evidence);
        weapon.date = killing.date;
        byTrigger.put(key(killing.sentence, word), weapon);
        weaponAttacks.add(weapon);
        fill(weapon);
        return Optional.of(weapon);
      }
      if (word.word().equalsIgnoreCase("it")) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
          Draft d = drafts.get(i);
          if (d.kind.isAttack() && d.sentence >= killing.sentence - 1) {
            return Optional.of(d);
          }
        }
      }
      return Optional.empty();
    }

    /**
     * The actors a word names: its own, or those found below it along {@code descend}; a target
     * also through whoever holds it ("hideouts used by the BLA").
     */
    private Set<Actor> collectActors(SemanticGraph graph, IndexedWord word, int sentence, Set<String> descend,
        Role role, int depth) {
      // "the two countries": both, where coreference would give one of them
      if (PAIRED.contains(role) && ActorLookup.namesAPair(graph, word)) {
        return new LinkedHashSet<>(lookup.pairOf(graph, word, sentence, role == Role.PARTICIPANT ? partiesOfTheLastTalks(sentence) : Set.of()));
      }
      Set<Actor> found = new LinkedHashSet<>();
      Optional<Actor> own = lookup.at(graph, word, sentence);
      if (own.isEmpty() && depth == 0 && descend.contains("appos")) {
        own = appositionOf(graph, word, sentence);
      }
      if (own.isEmpty() && armedForces.contains(Trees.lemma(word))) {
        own = armedForcesOf(graph, word, sentence);
      }
      if (own.isEmpty() && role == Role.PLACE && Trees.lemma(word).equals("capital")) {
        own = capitalOf(graph, word, sentence);
      }
      if (own.isPresent()) {
        found.add(own.get());
        if (own.get().type() == ActorType.PERSON && (role == Role.VICTIM || isList(graph, word))) {
          found.addAll(listedInApposition(graph, word, sentence, own.get()));
        }
        return found;
      }
      // "Israel's defence minister, Yoav Stern, warned": who threatens (or is struck) is the person
      // in apposition to the post, not the country the post serves; "the reporter X had been
      // threatened": the parser hangs a name after its post as a bare dependent; "brokered by the
      // Archbishop of Lima, X": the see a post is named for is no mediator.
      Optional<Actor> person = graph.outgoingEdgeList(word).stream()
          .filter(e -> (role == Role.AGENT || role == Role.TARGET || role == Role.MEDIATOR) && (e.getRelation().toString().equals("appos")
              || e.getRelation().toString().equals("dep") && "TITLE".equals(word.ner())))
          .map(e -> lookup.at(graph, e.getDependent(), sentence))
          .flatMap(Optional::stream)
          .filter(a -> a.type() == ActorType.PERSON)
          .findFirst();
      if (person.isPresent()) {
        found.add(person.get());
        return found;
      }
      found.addAll(namedAs(graph, word, sentence));
      if (!found.isEmpty()) {
        return found;
      }
      // "four men were gunned down: a driver, X; a guard, Y; two clerks, A and B": the dead listed
      // after a colon hang one level deeper than other fillers
      if (depth < (role == Role.VICTIM ? VICTIM_DEPTH : FILLER_DEPTH)) {
        // "brokered by the UN's envoy, X, A and B failed to agree": a singular noun is one named
        // actor; the parser may hang the next clause's subjects on it as more appositions
        boolean singular = word.tag().equals("NN") || word.tag().equals("NNP");
        boolean apposed = false;
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(word)) {
          String relation = edge.getRelation().toString();
          if (relation.equals("appos") && singular && apposed) {
            continue;
          }
          apposed |= relation.equals("appos") && lookup.at(graph, edge.getDependent(), sentence).isPresent();
          // "inmates from the INLA": people from a group act for it
          boolean member = relation.equals("nmod:from") && memberNouns.contains(Trees.lemma(word))
              // "troops loyal to President X attacked": forces act for whom they are loyal to
              || relation.equals("obl:to") && loyalty.contains(Trees.lemma(word))
              // "the governments of Chad and Sudan warned": a state's organs act for it
              || relation.equals("nmod:of") && stateBodies.contains(Trees.lemma(word))
              // "the government in Paris": a capital's government is its state's
              || relation.equals("nmod:in") && stateBodies.contains(Trees.lemma(word)) && ACTING.contains(role)
              // "the army chiefs of Kenya and Uganda warned", "the foreign ministers of A and B
              // met": holders of a post left unnamed act for whom they hold it
              || relation.equals("nmod:of") && ACTING.contains(role) && word.tag().equals("NNS")
                  && posts.isTitleWord(word.backingLabel()) && !posts.isOccupation(word.backingLabel());
          boolean held = role == Role.TARGET && (relation.equals("acl") && possessionVerbs.contains(Trees.lemma(edge.getDependent()))
              || (relation.equals("obl:by") || relation.equals("obl:to")) && possessionVerbs.contains(Trees.lemma(word)));
          // "a convoy carrying the prime minister, X": who rides in what was struck was aimed at
          boolean carried = role == Role.TARGET && (relation.equals("acl") && carriers.contains(Trees.lemma(edge.getDependent()))
              || relation.equals("obj") && carriers.contains(Trees.lemma(word)));
          // "at the Omani embassy": a demonym says whose the site is, not where it is
          boolean owner = role == Role.PLACE && gazetteer.byDemonym(edge.getDependent().word()).isPresent();
          // "the killers of X", "X's assassins": the one it was done to is not who did it
          boolean sufferer = (relation.equals("nmod:of") || relation.equals("nmod:poss")) && perpetratorNouns.contains(Trees.lemma(word));
          // "the Archbishop of Lima", "the mayor of Kyiv": the city a post is held in does not act
          boolean see = relation.equals("nmod:of") && posts.isTitleWord(word.backingLabel())
              && gazetteer.byCapital(edge.getDependent().word()).isPresent();
          if ((descend.contains(relation) || held || carried || member) && !owner && !sufferer && !see && triggerOf(sentence, edge.getDependent()).isEmpty()
              && Trees.compoundSuffix(edge.getDependent().word()).filter(lendingCompounds::contains).isEmpty()) {
            // the verb of "a convoy carrying X" is a hop, not a level, and so is "loyal" in "the
            // positions of forces loyal to X"
            boolean hop = carried && pos(edge.getDependent()) == 'V' || loyalty.contains(Trees.lemma(edge.getDependent()));
            found.addAll(collectActors(graph, edge.getDependent(), sentence, descend, role, hop ? depth : depth + 1));
          }
        }
      }
      if (found.isEmpty() && depth == 0) {
        referredBack(graph, word, sentence, role).ifPresent(found::add);
      }
      if (found.isEmpty() && depth == 0 && (role == Role.PARTICIPANT || ACTING.contains(role)) && word.tag().matches("NNS?")) {
        found.addAll(leaderOfGroup(graph, word, sentence));
      }
      return found;
    }

    /**
     * A definite noun or pronoun that names no one refers back to a group the article named before:
     * "the rebels" after "the rebel X"; bare "the government" after "the Indonesian government" (not
     * "the Bolivarian Government", which is modified); "they" for an acting role.
     */
    private Optional<Actor> referredBack(SemanticGraph graph, IndexedWord word, int sentence, Role role) {
      String lemma = Trees.lemma(word);
      boolean named = role != Role.PLACE && role != Role.VICTIM;
      if (named && armedMembers.contains(lemma) && ActorLookup.isDefiniteNoun(graph, word)) {
        Optional<Actor> group = groupOfMembers(Set.of(lemma), sentence, word.index())
            .or(() -> irregularMembers.contains(lemma) ? groupOfMembers(irregularMembers, sentence, word.index()) : Optional.empty());
        if (group.isPresent()) {
          return group;
        }
      }
      boolean bare = modifiers(graph, word).isEmpty();
      if (named && stateBodies.contains(lemma) && ActorLookup.isDefiniteNoun(graph, word) && bare) {
        Optional<Actor> state = groupOfMembers(Set.of(lemma), sentence, word.index());
        if (state.isPresent()) {
          return state;
        }
        // "talks between the government and the guerrillas", "rebels attacked the government",
        // "warned the government that ...": a government the article ties to no state is that of
        // the state it is about
        if (lemma.equals("government")) {
          return homeState();
        }
      }
      // "an army patrol was ambushed", "rebels attacked government troops": a state's forces no
      // word ties to a state, unless named before as another's, are those of the state of the
      // dateline (the country most named may be a foreign war's other side)
      if (FORCE_ROLES.contains(role) && unownedForce(graph, word)) {
        return groupOfMembers(Set.of(lemma), sentence, word.index())
            .or(() -> HomeState.ofDateline(Datelines.openingPlace(text), actors, gazetteer));
      }
      // "a government delegation opened talks with the rebels", "government negotiators and the
      // Front met": who negotiate for a government no word ties to a state speak for that state
      if (role == Role.PARTICIPANT && negotiatingNouns.contains(lemma) && governmentOnly(graph, word)) {
        return homeState();
      }
      return ACTING.contains(role) && word.tag().startsWith("PRP") ? groupOfPronoun(word, sentence) : Optional.empty();
    }

    /** The words that say which one a noun is: its adjectives, compounds and nominal modifiers. */
    private static List<IndexedWord> modifiers(SemanticGraph graph, IndexedWord word) {
      return graph.outgoingEdgeList(word).stream().filter(e -> {
        String r = e.getRelation().toString();
        return r.equals("amod") || r.equals("compound") || r.startsWith("nmod");
      }).map(SemanticGraphEdge::getDependent).toList();
    }

    /**
     * Whether the noun is a state's force ("soldiers", "the army", "security forces", "an army
     * patrol") that only its kind modifies: not "rebel soldiers", "Kenyan troops", "forces loyal to
     * X" nor "the army of the Front". Bare "forces" and bare units name no one.
     */
    private boolean unownedForce(SemanticGraph graph, IndexedWord word) {
      String lemma = Trees.lemma(word);
      // "an army patrol near X": where it was says nothing of whose it is
      List<IndexedWord> modifiers = graph.outgoingEdgeList(word).stream().filter(e -> MEMBER_OF.contains(e.getRelation().toString()))
          .map(SemanticGraphEdge::getDependent).toList();
      boolean unit = forceUnits.contains(lemma) || lemma.equals("force");
      if (!(stateForces.contains(lemma) || unit) || modifiers.isEmpty() && unit || namesAnOrganization(lemma)) {
        return false;
      }
      return modifiers.stream().allMatch(m -> forceKinds.contains(Trees.lemma(m)) && graph.outgoingEdgeList(m).stream()
          .allMatch(e -> e.getRelation().toString().equals("det") || forceKinds.contains(Trees.lemma(e.getDependent()))));
    }

    /** Whether an organization of the article is named by the noun: "the police" after "the Border Police". */
    private boolean namesAnOrganization(String lemma) {
      return actors.actors().stream().filter(a -> a.type() == ActorType.ORGANIZATION)
          .anyMatch(a -> a.label().toLowerCase(Locale.ROOT).endsWith(" " + lemma) || a.label().equalsIgnoreCase(lemma));
    }

    /** Whether a noun's only modifier is "government": "government negotiators", not "Kenyan government envoys". */
    private static boolean governmentOnly(SemanticGraph graph, IndexedWord word) {
      List<IndexedWord> modifiers = modifiers(graph, word);
      return modifiers.size() == 1 && Trees.lemma(modifiers.get(0)).equals("government")
          && graph.outgoingEdgeList(modifiers.get(0)).stream().allMatch(e -> e.getRelation().toString().equals("det"));
    }

    /** The country the article names far more than any other, else its dateline's state. */
    private Optional<Actor> homeState() {
      if (homeState == null) {
        homeState = HomeState.mostNamed(sentences, actors).or(() -> HomeState.ofDateline(Datelines.openingPlace(text), actors, gazetteer));
      }
      return homeState;
    }

    /**
     * "talks between the Front and an opposition led by the Party": a group no name tells is named
     * by the organization or state that leads it.
     */
    private Set<Actor> leaderOfGroup(SemanticGraph graph, IndexedWord group, int sentence) {
      Set<Actor> leaders = new LinkedHashSet<>();
      for (SemanticGraphEdge acl : graph.outgoingEdgeList(group)) {
        if (acl.getRelation().toString().equals("acl") && Set.of("lead", "head").contains(Trees.lemma(acl.getDependent()))) {
          for (SemanticGraphEdge by : graph.outgoingEdgeList(acl.getDependent())) {
            if (Set.of("obl:by", "obl:agent").contains(by.getRelation().toString())) {
              lookup.at(graph, by.getDependent(), sentence)
                  .filter(a -> a.type() == ActorType.ORGANIZATION || a.type() == ActorType.COUNTRY).ifPresent(leaders::add);
            }
          }
        }
      }
      return leaders;
    }

    /** "The gunmen, whom police named as A and B": the persons a naming clause gives the noun. */
    private Set<Actor> namedAs(SemanticGraph graph, IndexedWord word, int sentence) {
      Set<Actor> named = new LinkedHashSet<>();
      graph.outgoingEdgeList(word).stream()
          .filter(e -> e.getRelation().toString().startsWith("acl") && namingVerbs.contains(Trees.lemma(e.getDependent())))
          .flatMap(e -> graph.outgoingEdgeList(e.getDependent()).stream())
          .filter(e -> e.getRelation().toString().equals("obl:as"))
          .map(e -> lookup.at(graph, e.getDependent(), sentence))
          .flatMap(Optional::stream)
          .filter(a -> a.type() == ActorType.PERSON)
          .forEach(named::add);
      return named;
    }

    /**
     * "The gunmen picked out five hostages. ... They shot them": a pronoun whose coreference
     * chain goes back to armed men stands for the group last named as theirs.
     */
    private Optional<Actor> groupOfPronoun(IndexedWord pronoun, int sentence) {
      for (CorefChains.Head head : lookup.corefHeads(sentence, pronoun.index() - 1)) {
        SemanticGraph graph = graph(head.sentence());
        IndexedWord noun = graph == null ? null : graph.getNodeByIndexSafe(head.token() + 1);
        boolean before = head.sentence() < sentence || head.sentence() == sentence && head.token() < pronoun.index() - 1;
        if (noun != null && before && noun.tag().startsWith("PRP")) {
          // "Masked gunmen, who claimed they belonged to X": the chain may begin with a pronoun whose
          // antecedent is the armed men named just before it
          noun = graph.vertexListSorted().stream()
              .filter(w -> w.index() < head.token() + 1 && armedMembers.contains(Trees.lemma(w)))
              .reduce((first, second) -> second)
              .orElse(noun);
        }
        if (noun == null || !before || !armedMembers.contains(Trees.lemma(noun))) {
          continue;
        }
        String lemma = Trees.lemma(noun);
        int at = noun.index();
        Optional<Actor> group = groupOfMembers(Set.of(lemma), head.sentence(), at)
            .or(() -> irregularMembers.contains(lemma) ? groupOfMembers(irregularMembers, head.sentence(), at) : Optional.empty());
        if (group.isPresent()) {
          return group;
        }
      }
      return Optional.empty();
    }

    /**
     * "A, B, C and D fired on the deputies": names in apposition that end in a conjunction are a
     * list, not one person's other names ("X, Abu Y, ..." alone may be an alias, so for any role
     * but the victim's the list must show itself).
     */
    private static boolean isList(SemanticGraph graph, IndexedWord word) {
      List<IndexedWord> appositions = graph.outgoingEdgeList(word).stream()
          .filter(e -> e.getRelation().toString().equals("appos"))
          .map(SemanticGraphEdge::getDependent)
          .toList();
      return appositions.size() > 1 || appositions.stream().anyMatch(a -> graph.outgoingEdgeList(a).stream()
          .anyMatch(e -> e.getRelation().toString().startsWith("conj")));
    }

    /**
     * "X, the chief of police, Commissioner Y and Inspector Z have been killed": the parser makes
     * the later names appositions of the first; another person's name is no apposition but the
     * next of a list, and its conjuncts follow it.
     */
    private List<Actor> listedInApposition(SemanticGraph graph, IndexedWord word, int sentence, Actor first) {
      List<Actor> listed = new ArrayList<>();
      for (SemanticGraphEdge appos : graph.outgoingEdgeList(word)) {
        if (!appos.getRelation().toString().equals("appos")) {
          continue;
        }
        Optional<Actor> next = actors.actorAt(sentence, appos.getDependent().index() - 1)
            .filter(a -> a.type() == ActorType.PERSON && !a.equals(first));
        if (next.isEmpty()) {
          continue;
        }
        listed.add(next.get());
        graph.outgoingEdgeList(appos.getDependent()).stream()
            .filter(e -> e.getRelation().toString().startsWith("conj"))
            .map(e -> actors.actorAt(sentence, e.getDependent().index() - 1))
            .flatMap(Optional::stream)
            .filter(a -> a.type() == ActorType.PERSON && !listed.contains(a))
            .forEach(listed::add);
      }
      return listed;
    }

    /**
     * "Taliban fighters stormed the hotel ... the fighters shot X dead": a bare "the fighters" are
     * the group last named as theirs ("Taliban fighters", "commandos of the army", "the gunmen,
     * members of the Islamic State"), within a dozen sentences back. Irregulars may be named
     * with another word the second time ("guerrillas of the Front ... the raiders"), soldiers not,
     * since both sides have them.
     */
    private Optional<Actor> groupOfMembers(Set<String> lemmas, int sentence, int before) {
      for (int s = sentence; s >= 0 && s >= sentence - MEMBER_REACH; s--) {
        SemanticGraph graph = graph(s);
        if (graph == null) {
          continue;
        }
        List<IndexedWord> words = graph.vertexListSorted();
        for (int i = words.size() - 1; i >= 0; i--) {
          IndexedWord word = words.get(i);
          if (s == sentence && word.index() > before || !lemmas.contains(Trees.lemma(word))) {
            continue;
          }
          // "The guerrillas, members of the Palestinian group Black September,": through the apposition
          List<SemanticGraphEdge> edges = new ArrayList<>(graph.outgoingEdgeList(word));
          graph.outgoingEdgeList(word).stream().filter(e -> e.getRelation().toString().equals("appos"))
              .forEach(e -> edges.addAll(graph.outgoingEdgeList(e.getDependent())));
          List<IndexedWord> groups = new ArrayList<>(edges.stream()
              .filter(e -> MEMBER_OF.contains(e.getRelation().toString()))
              .map(SemanticGraphEdge::getDependent)
              .toList());
          // "the Red Hand, a militia ... the militia": the group the noun was first said of
          graph.incomingEdgeList(word).stream().filter(e -> e.getRelation().toString().equals("appos"))
              .forEach(e -> groups.add(e.getGovernor()));
          // "the rebel X", "X, a rebel group", "the X rebel group": the noun modifies the group's
          // name, or a noun of a group that names it
          graph.incomingEdgeList(word).stream()
              .filter(e -> Set.of("amod", "compound").contains(e.getRelation().toString()))
              .map(SemanticGraphEdge::getGovernor)
              .forEach(g -> {
                groups.add(g);
                graph.outgoingEdgeList(g).stream().filter(e -> e.getRelation().toString().equals("compound"))
                    .forEach(e -> groups.add(e.getDependent()));
                graph.incomingEdgeList(g).stream().filter(e -> e.getRelation().toString().equals("appos"))
                    .forEach(e -> groups.add(e.getGovernor()));
              });
          // "the hijackers, who claimed they belonged to the PFLP", "whom India identified as members
          // of X", "who were believed to be members of X": through the relative clause
          List<IndexedWord> clause = graph.outgoingEdgeList(word).stream()
              .filter(e -> e.getRelation().toString().equals("acl:relcl"))
              .flatMap(e -> Stream.concat(Stream.of(e.getDependent()), graph.getChildren(e.getDependent()).stream()))
              .toList();
          clause.stream().filter(v -> Trees.lemma(v).equals("belong"))
              .flatMap(v -> graph.outgoingEdgeList(v).stream())
              .filter(e -> e.getRelation().toString().equals("obl:to"))
              .forEach(e -> groups.add(e.getDependent()));
          clause.stream().filter(v -> Trees.lemma(v).equals("member"))
              .flatMap(v -> graph.outgoingEdgeList(v).stream())
              .filter(e -> MEMBER_OF.contains(e.getRelation().toString()))
              .forEach(e -> groups.add(e.getDependent()));
          // "..., the Palestinian organization": the organization named beside, before the country of a demonym
          int at = s;
          Optional<Actor> group = groups.stream()
              .map(g -> lookup.at(graph, g, at))
              .flatMap(Optional::stream)
              .filter(a -> a.type().hasMembers())
              .min(Comparator.comparing(a -> a.type() != ActorType.ORGANIZATION));
          if (group.isPresent()) {
            return group;
          }
        }
      }
      return Optional.empty();
    }

    /**
     * "Qassem Jafari, the commander of the Quds Force, who died": a noun phrase right after
     * "NAME," is an apposition of that person, whatever the parser attached it to.
     */
    private Optional<Actor> appositionOf(SemanticGraph graph, IndexedWord word, int sentence) {
      if (!word.tag().startsWith("NN")) {
        return Optional.empty();
      }
      int start = word.index();
      for (SemanticGraphEdge edge : graph.outgoingEdgeList(word)) {
        String rel = edge.getRelation().toString();
        if (rel.equals("det") || rel.equals("amod") || rel.equals("compound")) {
          start = Math.min(start, edge.getDependent().index());
        }
      }
      List<CoreLabel> tokens = Sentences.tokens(sentences.get(sentence));
      int comma = start - 2;
      if (comma < 1 || !tokens.get(comma).word().equals(",")) {
        return Optional.empty();
      }
      // "Acting on the orders of X, commandos raided ...": the comma closes a clause of the verb
      IndexedWord before = graph.getNodeByIndexSafe(comma);
      IndexedWord governor = graph.getParent(word);
      boolean inClause = before != null && governor != null && graph.outgoingEdgeList(governor).stream()
          .filter(e -> e.getRelation().toString().startsWith("advcl"))
          .anyMatch(e -> e.getDependent().equals(before) || graph.descendants(e.getDependent()).contains(before));
      return inClause ? Optional.empty() : actors.actorAt(sentence, comma - 1).filter(a -> a.type() == ActorType.PERSON);
    }

    /**
     * "as his convoy entered the Ethiopian capital", "in Egypt's capital": the capital of the
     * country named, when the article names it.
     */
    private Optional<Actor> capitalOf(SemanticGraph graph, IndexedWord word, int sentence) {
      Optional<String> country = graph.outgoingEdgeList(word).stream()
          .filter(e -> Set.of("amod", "nmod:poss", "nmod:of", "compound").contains(e.getRelation().toString()))
          .map(e -> gazetteer.byDemonym(e.getDependent().word())
              .or(() -> actors.actorAt(sentence, e.getDependent().index() - 1)
                  .filter(a -> a.type() == ActorType.COUNTRY)
                  .flatMap(a -> gazetteer.byName(a.label()))))
          .flatMap(Optional::stream)
          .map(Gazetteer.Entry::name)
          .findFirst();
      return country.flatMap(c -> actors.actors().stream()
          .filter(a -> a.type() == ActorType.PLACE)
          .filter(a -> gazetteer.byCapital(a.label()).map(Gazetteer.Entry::name).filter(c::equals).isPresent())
          .findFirst());
    }

    /**
     * "Sudan's army" is the armed forces the article names for that country ("Sudanese Armed
     * Forces"), when it names exactly one; a bare "the army" or "the military" is the one armed
     * forces the article names at all.
     */
    private Optional<Actor> armedForcesOf(SemanticGraph graph, IndexedWord word, int sentence) {
      List<Actor> countries = graph.outgoingEdgeList(word).stream()
          .filter(e -> Set.of("nmod:poss", "amod", "compound").contains(e.getRelation().toString()))
          .map(e -> actors.actorAt(sentence, e.getDependent().index() - 1))
          .flatMap(Optional::stream)
          .filter(a -> a.type() == ActorType.COUNTRY)
          .distinct()
          .toList();
      if (countries.size() > 1) {
        // "Kenyan, Ethiopian and Somali forces": each country's, which the descent through the
        // modifiers collects
        return Optional.empty();
      }
      Optional<Actor> country = countries.stream().findFirst();
      if (country.isEmpty()) {
        boolean modified = graph.outgoingEdgeList(word).stream().anyMatch(e -> Set.of("amod", "compound", "nmod:poss")
            .contains(e.getRelation().toString()) && !e.getDependent().word().equalsIgnoreCase("armed"));
        if (!ActorLookup.isDefiniteNoun(graph, word) || !bare(graph, word) || modified) {
          return Optional.empty();
        }
        List<Actor> forces = armedForcesNamed(c -> true);
        return forces.size() == 1 ? Optional.of(forces.get(0)) : Optional.empty();
      }
      List<Actor> forces = armedForcesNamed(country.get().label()::equals);
      // "Israeli forces" with no armed forces named in the article act for their country.
      return forces.size() == 1 ? Optional.of(forces.get(0)) : forces.isEmpty() ? country : Optional.empty();
    }

    /** The article's organizations named as the own armed forces of a country the filter takes. */
    private List<Actor> armedForcesNamed(Predicate<String> country) {
      return actors.actors().stream()
          .filter(a -> a.type() == ActorType.ORGANIZATION && armedForcesNames.stream().anyMatch(a.label()::contains))
          .filter(a -> Arrays.stream(a.label().split(" "))
              .map(w -> gazetteer.byDemonym(w).or(() -> gazetteer.byName(w)))
              .flatMap(Optional::stream)
              .map(Gazetteer.Entry::name)
              .filter(country)
              .anyMatch(c -> namesArmedForcesOf(a.label(), c)))
          .toList();
    }

    /**
     * Whether a name is the country's own armed forces: the armed-forces words, the country or
     * its demonym, and nothing else but fillers; "Revolutionary Armed Forces of Colombia" is a
     * group's name.
     */
    private boolean namesArmedForcesOf(String label, String country) {
      boolean namesCountry = false;
      for (String word : label.split(" ")) {
        boolean isCountry = gazetteer.byDemonym(word).or(() -> gazetteer.byName(word))
            .map(c -> c.name().equals(country)).orElse(false);
        namesCountry |= isCountry;
        if (!isCountry && !armedForcesWords.contains(word) && !armedForcesFillers.contains(word)) {
          return false;
        }
      }
      return namesCountry;
    }

    /**
     * "the strike" after "a U.S. drone strike" is the same attack: its roles join the first
     * mention's, and a killing caused by either gets the attackers of both.
     */
    private void mergeDefiniteAttacks() {
      Map<String, Draft> lastByLemma = new HashMap<>();
      Draft last = null;
      for (Draft d : drafts) {
        if (!d.kind.isAttack()) {
          continue;
        }
        IndexedWord mention = mentionOf(d);
        String lemma = Trees.lemma(mention);
        Draft antecedent = lastByLemma.get(lemma);
        if (antecedent == null && last != null && last.sentence >= d.sentence - MENTION_REACH && bare(graph(d.sentence), mention)) {
          // "The attack also killed X" after "a drone strike ...": the latest attack. "The bombing
          // of the market, which X carried out" tells its own.
          antecedent = last;
        }
        if (antecedent != null && antecedent.sentence < d.sentence && pos(mention) == 'N'
            && ActorLookup.isDefiniteNoun(graph(d.sentence), mention) && !apart(antecedent.resolved(), d)) {
          Draft target = antecedent.resolved();
          target.absorb(d);
          d.mergedInto = target;
        } else {
          lastByLemma.put(lemma, d);
          last = d;
        }
      }
      for (Draft d : drafts) {
        if (d.instrument != null) {
          Draft cause = d.instrument.resolved();
          cause.fillers(Role.ATTACKER).forEach(a -> d.roles.putIfAbsent(new RoleFiller(Role.KILLER, a), "event.killing.cause"));
          if (d.fillers(Role.PLACE).isEmpty()) {
            cause.fillers(Role.PLACE).forEach(a -> d.roles.putIfAbsent(new RoleFiller(Role.PLACE, a), "event.killing.cause"));
          }
        }
      }
    }

    /**
     * The noun that names an attack: its trigger, or the weapon of a verb that is an attack only
     * through it ("the bomb was planted by X" names the bomb that went off before).
     */
    private IndexedWord mentionOf(Draft d) {
      if (d.kind != EventRules.Kind.IMPACT) {
        return d.trigger;
      }
      return graph(d.sentence).outgoingEdgeList(d.trigger).stream()
          .filter(e -> Set.of("nsubj", "nsubj:pass", "obj").contains(e.getRelation().toString()))
          .map(SemanticGraphEdge::getDependent)
          .filter(w -> weapons.contains(Trees.lemma(w)))
          .findFirst()
          .orElse(d.trigger);
    }

    /** Whether a noun has no complement or clause of its own: "the attack", "the deadly blast". */
    private static boolean bare(SemanticGraph graph, IndexedWord noun) {
      return graph.outgoingEdgeList(noun).stream()
          .map(e -> e.getRelation().toString())
          .noneMatch(r -> r.startsWith("nmod") || r.startsWith("acl"));
    }

    /**
     * Whether two attacks are told at different sites: "the attack on the school in Maiduguri" is
     * not "the bombing in Kunduz" two lines earlier. Countries do not count, being around sites.
     */
    private static boolean apart(Draft first, Draft second) {
      List<Actor> sites = sites(first);
      List<Actor> others = sites(second);
      return !sites.isEmpty() && !others.isEmpty() && others.stream().noneMatch(sites::contains);
    }

    private static List<Actor> sites(Draft draft) {
      return draft.fillers(Role.PLACE).stream().filter(a -> a.type() == ActorType.PLACE).toList();
    }

    /** Keeps a filler only where its class fits the role; a place hit in an attack is the place. */
    private Optional<RoleFiller> typed(Role role, Actor actor, EventRules.Kind kind) {
      boolean isPlace = actor.type() == ActorType.PLACE;
      if (isPlace && ACTING.contains(role)) {
        return governmentOf(actor).map(country -> new RoleFiller(role, country));
      }
      return switch (role) {
        case PLACE -> isPlace || actor.type() == ActorType.COUNTRY ? Optional.of(new RoleFiller(role, actor)) : Optional.empty();
        case VICTIM -> actor.type() == ActorType.PERSON ? Optional.of(new RoleFiller(role, actor)) : Optional.empty();
        case TARGET -> !isPlace ? Optional.of(new RoleFiller(role, actor))
            : kind.isAttack() ? Optional.of(new RoleFiller(Role.PLACE, actor))
            // "warned Tehran of consequences": a capital threatened is its government
            : governmentOf(actor).map(country -> new RoleFiller(role, country));
        default -> Optional.of(new RoleFiller(role, actor));
      };
    }

    /** A capital acting ("Kyiv launched", "Tehran attacked") is its country, if the article names it. */
    private Optional<Actor> governmentOf(Actor place) {
      return gazetteer.byCapital(place.label()).flatMap(country -> actors.country(country.name()));
    }
  }

  /** Whether a role came from an accusation's rule ("blamed X for the attack"). */
  private static boolean accusing(String rule) {
    return ACCUSING.stream().anyMatch(rule::contains);
  }

  private static char pos(IndexedWord word) {
    return EventRules.pos(word);
  }

  /** One number for a word of a sentence, to key the per-word caches. */
  private static long key(int sentence, IndexedWord word) {
    return ((long) sentence << 32) | word.index();
  }

  /**
   * The words a rule reaches from an event noun, and from the noun that contains it: "a second
   * round of talks between A and B took place in Muscat", "waves of air strikes on Iran", "a NATO
   * bombing campaign against Yugoslavia".
   */
  private List<IndexedWord> fillerWordsWithContainer(SemanticGraph graph, IndexedWord trigger, EventRules.RoleRule rule) {
    List<IndexedWord> words = fillerWords(graph, trigger, rule);
    if (pos(trigger) != 'N') {
      return words;
    }
    for (SemanticGraphEdge edge : graph.incomingEdgeList(trigger)) {
      String relation = edge.getRelation().toString();
      IndexedWord container = edge.getGovernor();
      if ((relation.equals("nmod:of") || relation.equals("compound")) && containers.contains(Trees.lemma(container))) {
        for (IndexedWord w : fillerWords(graph, container, rule)) {
          if (!w.equals(trigger) && !words.contains(w)) {
            words = new ArrayList<>(words);
            words.add(w);
          }
        }
      }
    }
    return words;
  }

  /** The words a rule's Semgrex pattern reaches from this trigger. */
  private static List<IndexedWord> fillerWords(SemanticGraph graph, IndexedWord trigger, EventRules.RoleRule rule) {
    List<IndexedWord> words = new ArrayList<>();
    // The matcher binds further names into the map it is given: a fresh, mutable one per call.
    SemgrexMatcher matcher = rule.pattern().matcher(graph, new HashMap<>(Map.of("trigger", trigger)));
    while (matcher.find()) {
      // Semgrex does not always hold a pattern's first node to the word bound to its name: a first
      // node with attributes and an upward first step ("(VBN)<acl") matches from other words too
      if (!trigger.equals(matcher.getNode("trigger"))) {
        continue;
      }
      IndexedWord filler = matcher.getNode("filler");
      if (!words.contains(filler)) {
        words.add(filler);
      }
      if (rule.fillerAbove()) {
        graph.outgoingEdgeList(filler).stream()
            .filter(e -> e.getRelation().toString().startsWith("conj"))
            .map(SemanticGraphEdge::getDependent)
            .filter(w -> !words.contains(w))
            .forEach(words::add);
      }
    }
    return words;
  }

  /**
   * A person dies once: the killings of one victim, and the attacks aimed at that victim, tell of
   * one event ("Ecuador accused Colombia of assassinating V. V was shot in Quito."). Each takes the
   * killer (attacker) and the place it lacks from the others, unless they are dated apart.
   */
  private static void shareRolesOfOneDeath(List<Draft> drafts) {
    Map<Draft, List<RoleFiller>> shared = new LinkedHashMap<>();
    for (Draft killing : drafts) {
      Set<Actor> victims = killing.fillers(Role.VICTIM);
      if (killing.type() != EventType.KILLING || victims.isEmpty()) {
        continue;
      }
      List<Draft> same = new ArrayList<>(List.of(killing));
      for (Draft other : drafts) {
        boolean sameDeath = other.type() == EventType.KILLING && !Collections.disjoint(victims, other.fillers(Role.VICTIM))
            || other.type() == EventType.ATTACK && !Collections.disjoint(victims, other.fillers(Role.TARGET));
        if (other != killing && sameDeath && (killing.date == null || other.date == null || killing.date.equals(other.date))) {
          same.add(other);
        }
      }
      Set<Actor> agents = new LinkedHashSet<>();
      Set<Actor> places = new LinkedHashSet<>();
      for (Draft d : same) {
        agents.addAll(d.fillers(Role.KILLER));
        agents.addAll(d.fillers(Role.ATTACKER));
        places.addAll(d.fillers(Role.PLACE));
      }
      for (Draft d : same) {
        Role agent = d.type() == EventType.KILLING ? Role.KILLER : Role.ATTACKER;
        List<RoleFiller> lent = shared.computeIfAbsent(d, k -> new ArrayList<>());
        if (d.fillers(agent).isEmpty()) {
          Set<Actor> struck = d.fillers(d.type() == EventType.KILLING ? Role.VICTIM : Role.TARGET);
          agents.stream().filter(a -> !struck.contains(a)).forEach(a -> lent.add(new RoleFiller(agent, a)));
        }
        if (d.fillers(Role.PLACE).isEmpty()) {
          places.forEach(p -> lent.add(new RoleFiller(Role.PLACE, p)));
        }
      }
    }
    // Lent after all are gathered, so that what one mention lends does not travel on to a third.
    shared.forEach((d, lent) -> lent.forEach(r -> d.roles.putIfAbsent(r, "event.killing.same-victim")));
  }

  /**
   * One negotiation per sentence (a meeting only with a mediator), sentences sharing a party merged, mediator-only and place-only
   * sentences joined to the main negotiation (or made another round of it); a subject that
   * negotiated "a deal between A and B" without being A or B mediates.
   */
  private static List<Draft> mergeNegotiations(List<Draft> drafts) {
    List<Draft> out = new ArrayList<>();
    Map<Integer, Draft> bySentence = new LinkedHashMap<>();
    for (Draft d : drafts) {
      if (d.type() != EventType.NEGOTIATION) {
        out.add(d);
        continue;
      }
      if (d.kind == EventRules.Kind.MEETING && d.fillers(Role.MEDIATOR).isEmpty() && !d.delegates) {
        // allies and colleagues meet too: a meeting is talks only under a mediator, or of negotiators
        continue;
      }
      if (d.aimless && d.fillers(Role.PARTICIPANT).isEmpty()) {
        // "Jordan facilitated the transfer of arms", "moderated its demands": no talks to mediate
        continue;
      }
      Draft merged = bySentence.computeIfAbsent(d.sentence, k -> new Draft(EventRules.Kind.NEGOTIATION, d.sentence, d.trigger, d.evidence));
      merged.absorb(d);
      // A place from talks said to come is no place of the talks held.
      merged.planned |= d.planned && !d.fillers(Role.PLACE).isEmpty();
    }
    List<Draft> negotiations = new ArrayList<>();
    // "The talks were held in Addis Ababa": a place alone says where the main talks were held.
    List<Draft> placesOnly = new ArrayList<>();
    for (Draft d : bySentence.values()) {
      demoteNonPartySubjects(d);
      if (!d.fillers(Role.PARTICIPANT).isEmpty() || !d.fillers(Role.MEDIATOR).isEmpty()) {
        negotiations.add(d);
      } else if (!d.fillers(Role.PLACE).isEmpty() && !d.planned) {
        placesOnly.add(d);
      }
    }
    // Sentences about one negotiation share parties: they become one negotiation. Talks of one
    // side with two others are two negotiations ("the government and the OLA opened talks ... after
    // the government and the TPLF signed an agreement"): one's parties hold the other's.
    List<Draft> merged = new ArrayList<>();
    for (Draft d : negotiations) {
      Set<Actor> parties = d.fillers(Role.PARTICIPANT);
      Optional<Draft> same = merged.stream()
          .filter(m -> !parties.isEmpty() && m.fillers(Role.PARTICIPANT).stream().anyMatch(parties::contains))
          .filter(m -> m.fillers(Role.PARTICIPANT).containsAll(parties) || parties.containsAll(m.fillers(Role.PARTICIPANT)))
          .filter(m -> !anotherRound(m, d))
          .findFirst();
      if (same.isPresent()) {
        same.get().absorb(d);
      } else {
        merged.add(d);
      }
    }
    // Mediators named apart from the parties ("The mediation was led by X") join the main talks.
    Optional<Draft> main = merged.stream().filter(d -> !d.fillers(Role.PARTICIPANT).isEmpty())
        .max(Comparator.comparingInt(d -> d.fillers(Role.PARTICIPANT).size()));
    if (main.isPresent()) {
      merged.addAll(placesOnly);
    }
    for (Draft d : merged) {
      if (d.fillers(Role.PARTICIPANT).isEmpty() && main.isPresent()) {
        if (!anotherRound(main.get(), d)) {
          main.get().absorb(d);
          continue;
        }
        // "The first round, mediated by X in Y on May 2": another round of the same talks, between the same parties.
        // (a mediator the main talks also list as a party, before that is settled, is none)
        Set<Actor> mediators = new HashSet<>(main.get().fillers(Role.MEDIATOR));
        mediators.addAll(d.fillers(Role.MEDIATOR));
        main.get().fillers(Role.PARTICIPANT).stream().filter(a -> !mediators.contains(a))
            .forEach(a -> d.roles.putIfAbsent(new RoleFiller(Role.PARTICIPANT, a), "event.negotiation.round"));
      }
      out.add(d);
    }
    return out;
  }

  /**
   * The day under the trigger, or for a noun the verb that carries it ("held talks in Rome on
   * Saturday", "the strike was carried out on Friday"): the date hangs on that verb's clause.
   */
  private static LocalDate dateOf(SemanticGraph graph, IndexedWord trigger) {
    LocalDate day = Dates.under(graph, trigger);
    if (day != null || !trigger.tag().startsWith("NN")) {
      return day;
    }
    IndexedWord noun = trigger;
    for (int up = 0; up < 3 && noun != null; up++) {
      IndexedWord head = null;
      for (SemanticGraphEdge edge : graph.incomingEdgeList(noun)) {
        String rel = edge.getRelation().toString();
        IndexedWord governor = edge.getGovernor();
        if (governor.tag().startsWith("VB") && (rel.equals("obj") || rel.startsWith("nsubj"))) {
          return Dates.ofClause(graph, governor);
        }
        if (governor.tag().startsWith("NN") && rel.equals("nmod:of")) {
          head = governor; // "a second round of talks": the round is what was held
        }
      }
      noun = head;
    }
    return null;
  }

  /**
   * Two sentences about talks between the same parties tell of different rounds when they date
   * them on different days or place them in different places ("a second round in Rome, a week
   * after the first in Muscat"): rounds stay apart so that each keeps its own date and place.
   */
  private static boolean anotherRound(Draft a, Draft b) {
    if (a.date != null && b.date != null && !a.date.equals(b.date)) {
      return true;
    }
    Set<Actor> here = a.fillers(Role.PLACE);
    Set<Actor> there = b.fillers(Role.PLACE);
    return !here.isEmpty() && !there.isEmpty() && Collections.disjoint(here, there);
  }

  private static void demoteNonPartySubjects(Draft d) {
    // "Saleh negotiated on its behalf": the represented party replaces the envoy.
    if (d.roles.values().stream().anyMatch(rule -> rule.contains("behalf"))) {
      d.roles.entrySet().removeIf(e -> e.getKey().role() == Role.PARTICIPANT && e.getValue().endsWith(".nsubj"));
    }
    Set<Actor> between = new LinkedHashSet<>();
    d.roles.forEach((filler, rule) -> {
      if (filler.role() == Role.PARTICIPANT && rule.contains("nmod:between")) {
        between.add(filler.actor());
      }
    });
    if (between.isEmpty()) {
      return;
    }
    Map<RoleFiller, String> changed = new LinkedHashMap<>();
    d.roles.forEach((filler, rule) -> {
      // "X hosted talks between A and B": a subject beside the parties "between" names mediates;
      // "an accord with the rebels of X, signed after talks between X's acronym and B" keeps its party
      boolean subject = filler.role() == Role.PARTICIPANT && !between.contains(filler.actor()) && rule.contains("nsubj");
      // "X and Y put their signatures to an agreement between A and B": signatories act for the
      // parties; they mediate nothing
      boolean signatory = rule.contains("obl:to[put") || rule.contains("acl[sign");
      if (!(subject && signatory)) {
        changed.putIfAbsent(subject ? new RoleFiller(Role.MEDIATOR, filler.actor()) : filler, rule);
      }
    });
    d.roles.clear();
    d.roles.putAll(changed);
  }

  private static List<Event> finish(List<Draft> drafts, Attribution attribution) {
    List<Event> events = new ArrayList<>();
    Set<List<Object>> seen = new LinkedHashSet<>();
    for (Draft d : drafts) {
      Map<RoleFiller, String> roles = new LinkedHashMap<>(d.roles);
      // An actor is not both mediator and party ("mediated by" is the more explicit), attacker
      // and target, or killer and victim.
      Set<Actor> mediators = d.fillers(Role.MEDIATOR);
      roles.keySet().removeIf(r -> r.role() == Role.PARTICIPANT && mediators.contains(r.actor()));
      Set<Actor> victims = d.fillers(Role.VICTIM);
      roles.keySet().removeIf(r -> r.role() == Role.KILLER && victims.contains(r.actor()));
      // A coreferent target ("Russia invaded the country") that resolves to the attacker is wrong.
      Set<Actor> attackers = d.fillers(Role.ATTACKER);
      roles.keySet().removeIf(r -> r.role() == Role.TARGET && attackers.contains(r.actor()));
      if (roles.isEmpty() || (d.type() == EventType.KILLING && victims.isEmpty())
          || (d.causeless && d.fillers(Role.KILLER).isEmpty())
          // "launched a satellite" is none; "fired shells at the village of X" is an attack there
          || (d.kind == EventRules.Kind.LAUNCH && d.fillers(Role.TARGET).isEmpty()
              && (d.fillers(Role.PLACE).isEmpty() || !d.armed))
          // "gunmen threatened to kill X": a threat whose maker is unnamed still has its person
          // ("vowed to avenge his death" has none: the dead is whom revenge is for)
          || (d.type() == EventType.THREAT && d.fillers(Role.AGENT).isEmpty()
              && (d.kind == EventRules.Kind.REPRISAL || d.fillers(Role.TARGET).stream().noneMatch(a -> a.type() == ActorType.PERSON)))) {
        continue;
      }
      List<RoleFiller> fillers = List.copyOf(roles.keySet());
      if (seen.add(List.of(d.type(), Set.copyOf(fillers)))) {
        String rule = String.join(",", new LinkedHashSet<>(roles.values()));
        events.add(new Event(d.type(), fillers, d.date, d.evidence.withRule(rule, CONFIDENCE),
            attribution.statementAt(d.trigger.beginPosition())));
      }
    }
    return events;
  }
}
