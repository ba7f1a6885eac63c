package org.newskg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import org.newskg.lexicon.DataFiles;
import org.newskg.model.Role;

/**
 * The event lexicon and role table ({@code event-triggers.tsv}, {@code event-roles.tsv}), loaded
 * once: which words state which event, and which dependency paths lead from them to which role.
 */
final class EventRules {
  /**
   * Event kinds of the trigger lexicon: the contract's four, Mediation (a Negotiation seen from
   * its mediator), Death (a Killing whose subject is the victim: "V died in a strike") and
   * Threatened_Attack (a Threat: an attack a speaker says would come) and Launch (an Attack only
   * when something is launched at a target).
   */
  enum Kind {
    NEGOTIATION,
    MEDIATION,
    /** "talks hosted by Turkey": mediation, when what is hosted is talks (not a ceremony or troops). */
    HOSTING,
    /** "the delegations met under the auspices of X": a negotiation only when it has a mediator. */
    MEETING,
    ATTACK,
    KILLING,
    DEATH,
    THREAT,
    THREATENED_ATTACK,
    LAUNCH,
    /** A weapon's impact ("rockets landed near the airport"): an attack there, if a weapon is the subject. */
    IMPACT,
    /** Harm threatened only when promised or warned of: "promised a crushing response", "warned of consequences". */
    RETRIBUTION,
    /** A response that is a threat only as a speaker's future: "said Iran would respond"; stated as done, none. */
    REPRISAL,
    /**
     * The harm of an ultimatum's alternative: "told the rebels to disarm or face the army"; a
     * threat only through that "or", which its role paths all go through ("faces charges" is none).
     */
    ULTIMATUM;

    boolean isAttack() {
      return this == ATTACK || this == LAUNCH || this == IMPACT;
    }
  }

  /** One step of a path: along one of some relations, down to a dependent or up to the governor. */
  record Step(Set<String> relations, boolean up, Set<String> lemmas) {}

  /**
   * One row of the role table, its path compiled to a Semgrex pattern whose node "trigger" is
   * bound to the event's word and whose node "filler" is the role filler; its id travels with the
   * facts it produces.
   *
   * @param fallback used only when no other rule filled the role
   * @param fillerAbove the path's last step goes up: the filler governs, and its conjuncts share
   *     the role ("Also killed were X and Y"), which the enhanced parse does not spread upwards
   */
  record RoleRule(Kind kind, char pos, SemgrexPattern pattern, Role role, boolean fallback, boolean fillerAbove, String id) {}

  /** Dependents that complete a two-word verb: "gun down", "open fire", "shoot dead". */
  private static final Set<String> PHRASAL = Set.of("compound:prt", "obj", "xcomp", "advmod");
  /** Particles that leave a verb of carrying its sense: "passed on messages", "relayed back proposals". */
  private static final Set<String> CONVEYING = Set.of("on", "along", "back");
  /** Verbs of finding a body: "was found shot dead". */
  private static final Set<String> FOUND = Set.of("find", "discover");
  /** How the parser hangs "dead" on "found": as its predicate, or as its object. */
  private static final Set<String> RESULT_OF_FOUND = Set.of("xcomp", "obj");
  /** Dependents that make an attack verb a killing: "shot dead", "stabbed to death". */
  private static final Set<String> RESULT = Set.of("xcomp", "advmod", "obl:to", "amod");
  /** The noun of "back to the negotiating table". */
  private static final String TABLE = "table";

  /** A leading "(VBN)" or "[pay]": the trigger's tag or lemmas. */
  private static final Pattern TRIGGER_TAG = Pattern.compile("\\(([A-Z]+)\\)|\\[([a-z|]+)]");
  private static final Pattern STEP = Pattern.compile("(<?)([a-z:_|]+)(?:\\[(@?[a-z|@-]+)])?");

  private final Map<String, Kind> triggers;
  private final Map<String, List<RoleRule>> rules;
  private final WordLists words;
  /** The verbs whose goal "to the table" is talks: table-return and table-bring together. */
  private final Set<String> tableVerbs;

  private EventRules(Map<String, Kind> triggers, Map<String, List<RoleRule>> rules, WordLists words) {
    this.triggers = Map.copyOf(triggers);
    this.rules = Map.copyOf(rules);
    this.words = words;
    Set<String> table = new HashSet<>(words.get("table-return"));
    table.addAll(words.get("table-bring"));
    this.tableVerbs = Set.copyOf(table);
  }

  static EventRules load() {
    Map<String, Kind> triggers = new HashMap<>();
    for (List<String> row : DataFiles.rows("/org/newskg/extract/event-triggers.tsv")) {
      triggers.put(key(row.get(0), row.get(1).charAt(0)), Kind.valueOf(row.get(2).toUpperCase(Locale.ROOT)));
    }
    // The lexicon generated from WordNet and CAMEO widens the hand-written one, which it never overrides.
    for (List<String> row : DataFiles.rows("/org/newskg/extract/event-lexicon.tsv")) {
      triggers.putIfAbsent(key(row.get(0), row.get(1).charAt(0)), Kind.valueOf(row.get(2).toUpperCase(Locale.ROOT)));
    }
    Map<String, List<RoleRule>> rules = new HashMap<>();
    // "@attack-verb" in a path: every one-word verb the lexicons make an attack ("ambushed the
    // convoy, killing V" reads like "struck the hotel, killing V")
    Set<String> attackVerbs = new TreeSet<>();
    triggers.forEach((key, kind) -> {
      if (kind == Kind.ATTACK && key.endsWith("/V") && key.indexOf(' ') < 0) {
        attackVerbs.add(key.substring(0, key.length() - 2));
      }
    });
    WordLists words = WordLists.load("/org/newskg/extract/event-words.tsv").with("attack-verb", attackVerbs);
    for (List<String> row : DataFiles.rows("/org/newskg/extract/event-roles.tsv")) {
      Kind kind = Kind.valueOf(row.get(0).toUpperCase(Locale.ROOT));
      char pos = row.get(1).charAt(0);
      String role = row.get(3);
      boolean fallback = role.endsWith("?");
      String path = row.get(2);
      RoleRule rule = new RoleRule(kind, pos, SemgrexPattern.compile(toSemgrex(path, words)),
          Role.parse(fallback ? role.substring(0, role.length() - 1) : role),
          fallback, path.lastIndexOf('<') > path.lastIndexOf('>'), "event." + row.get(0).toLowerCase(Locale.ROOT) + "." + row.get(1) + "." + path);
      rules.computeIfAbsent(kind + "/" + pos, k -> new ArrayList<>()).add(rule);
    }
    return new EventRules(triggers, rules, words);
  }

  /** A path of the role table; a step's "[@list]" names a word list of event-words.tsv. */
  private static List<Step> parsePath(String path, WordLists words) {
    List<Step> steps = new ArrayList<>();
    // Steps are joined by ">" (down) or start with "<" (up): "<nmod:for[responsibility]<obj>nsubj".
    for (String part : path.replace("><", "<").split(">|(?=<)")) {
      Matcher m = STEP.matcher(part.strip());
      if (!m.matches()) {
        throw new IllegalStateException("event-roles.tsv: bad path step '" + part + "' in " + path);
      }
      // "[sign|reach]" lemmas, "[@weapon|@set-charge]" the union of named lists of event-words.tsv
      Set<String> lemmas = new HashSet<>();
      for (String word : m.group(3) == null ? new String[0] : m.group(3).split("\\|")) {
        lemmas.addAll(word.startsWith("@") ? words.get(word.substring(1)) : WordLists.withBritishSpellings(List.of(word)));
      }
      steps.add(new Step(Set.of(m.group(2).split("\\|")), !m.group(1).isEmpty(), Set.copyOf(lemmas)));
    }
    return List.copyOf(steps);
  }

  /**
   * The Semgrex pattern of a path: "obj>nmod:against" is
   * {@code {}=trigger >/obj/ ({} >/nmod:against/ {}=filler)}; "<obj[sign|reach]>nsubj" is
   * {@code {}=trigger </obj/ ({lemma:/sign|reach/} >/nsubj/ {}=filler)}. A leading "(VBN)" keeps
   * triggers of that tag: "(VBN)<acl" is the noun a passive participle modifies ("X, killed in 2016");
   * a leading "[pay]" keeps triggers of those lemmas, for a role only some words of a kind have.
   */
  static String toSemgrex(String path, WordLists words) {
    Matcher tagged = TRIGGER_TAG.matcher(path);
    boolean hasTag = tagged.lookingAt();
    String trigger = !hasTag ? "{}" : tagged.group(1) != null ? "{tag:" + tagged.group(1) + "}" : "{lemma:/" + tagged.group(2) + "/}";
    return trigger + "=trigger " + relation(parsePath(hasTag ? path.substring(tagged.end()) : path, words), 0);
  }

  private static String relation(List<Step> path, int i) {
    Step step = path.get(i);
    String node = step.lemmas().isEmpty() ? "{}" : "{lemma:/" + String.join("|", new java.util.TreeSet<>(step.lemmas())) + "/}";
    String rel = (step.up() ? "<" : ">") + "/" + String.join("|", new java.util.TreeSet<>(step.relations())) + "/";
    if (i == path.size() - 1) {
      return rel + " " + node + "=filler";
    }
    return rel + " (" + node + " " + relation(path, i + 1) + ")";
  }

  /** The event kind a word states, by lemma and coarse part of speech ('V' or 'N'). */
  Optional<Kind> trigger(String lemma, char pos) {
    Kind kind = triggers.get(key(lemma, pos));
    // "co-mediated", "co-hosted", "co-sponsored": a shared act is still the act
    if (kind == null && lemma.startsWith("co-")) {
      kind = triggers.get(key(lemma.substring(3), pos));
    }
    // "counter-attacked", "air-strike": the lexicon writes such words closed up
    if (kind == null && lemma.indexOf('-') > 0) {
      kind = triggers.get(key(lemma.replace("-", ""), pos));
    }
    return Optional.ofNullable(kind);
  }

  /**
   * The event kind a word of a parsed sentence states. Two-word entries come first, read through
   * the parse: a verb with its particle, object or predicate ("gunned him down", "opened fire",
   * "shot dead"; the next word too, since the parser may hang "dead" on the object), a noun with
   * its compound or adjective ("a car bomb", "a military operation"). An attack verb made
   * resultative ("shot dead", "stabbed to death") is a killing, and so is a verb of a fatal manner
   * ("beaten to death", "stoned to death").
   */
  Optional<Kind> trigger(SemanticGraph graph, IndexedWord word, String nextLemma) {
    char pos = pos(word);
    if (pos == ' ') {
      return Optional.empty();
    }
    String lemma = word.lemma().toLowerCase(Locale.ROOT);
    Set<String> resultative = words("resultative");
    boolean killed = false;
    // "Manila would carry out its terms": a verb with a particle is another verb, whose object
    // makes no two-word entry of the verb alone ("carry terms" between the sides); "passed on
    // messages" still passes them
    IndexedWord prt = pos == 'V' ? Trees.child(graph, word, "compound:prt") : null;
    boolean particle = prt != null && !CONVEYING.contains(Trees.lemma(prt));
    for (SemanticGraphEdge edge : graph.outgoingEdgeList(word)) {
      String rel = edge.getRelation().toString();
      String dependent = edge.getDependent().lemma() == null ? "" : edge.getDependent().lemma().toLowerCase(Locale.ROOT);
      boolean completes = PHRASAL.contains(rel) && !(particle && rel.equals("obj"));
      Kind phrasal = pos == 'V' && completes ? triggers.get(key(lemma + " " + dependent, pos))
          : pos == 'N' && (rel.equals("compound") || rel.equals("amod")) ? triggers.get(key(dependent + " " + lemma, pos))
          : null;
      if (phrasal != null) {
        return Optional.of(phrasal);
      }
      killed |= pos == 'V' && RESULT.contains(rel) && resultative.contains(dependent);
      // "shot Beant Singh dead": the parser may hang "dead" on the object
      killed |= pos == 'V' && rel.equals("obj") && graph.outgoingEdgeList(edge.getDependent()).stream()
          .anyMatch(e -> RESULT.contains(e.getRelation().toString()) && resultative.contains(Trees.lemma(e.getDependent())));
    }
    if (pos == 'V' && nextLemma != null) {
      Kind phrasal = triggers.get(key(lemma + " " + nextLemma.toLowerCase(Locale.ROOT), pos));
      if (phrasal != null) {
        return Optional.of(phrasal);
      }
      killed |= resultative.contains(nextLemma.toLowerCase(Locale.ROOT));
    }
    if (pos == 'N' && lemma.equals(TABLE) && toTheTable(graph, word)) {
      return Optional.of(Kind.NEGOTIATION);
    }
    if (pos == 'V' && FOUND.contains(lemma) && foundKilled(graph, word)) {
      return Optional.of(Kind.KILLING);
    }
    if (pos == 'V' && words("weapon-verb").contains(lemma) && firesWeapon(graph, word)) {
      return Optional.of(Kind.LAUNCH);
    }
    // "sent its tanks against the palace", "threw several armies against the divisions": forces
    // sent against someone attack them (in the active voice: the forces thrown are no target)
    if (pos == 'V' && words("sent-against").contains(lemma) && Trees.child(graph, word, "obl:against") != null
        && Trees.child(graph, word, "aux:pass") == null) {
      return Optional.of(Kind.ATTACK);
    }
    if (killed && pos == 'V' && words("fatal-manner").contains(lemma)) {
      return Optional.of(Kind.KILLING);
    }
    Optional<Kind> single = trigger(lemma, pos);
    return killed && single.filter(Kind::isAttack).isPresent() ? Optional.of(Kind.KILLING) : single;
  }

  /**
   * "returned to the negotiating table", "brought Greece and Turkey to the table": the table is
   * the talks' only as the goal of coming or bringing (word lists table-return, table-bring).
   */
  private boolean toTheTable(SemanticGraph graph, IndexedWord table) {
    return graph.incomingEdgeList(table).stream()
        .anyMatch(e -> e.getRelation().toString().equals("obl:to") && tableVerbs.contains(Trees.lemma(e.getGovernor())));
  }

  /**
   * "X was found shot dead", "Y was discovered stabbed to death": the parser hangs the attack verb
   * on "dead", the predicate of "found" ("found dead" alone tells no killing).
   */
  private boolean foundKilled(SemanticGraph graph, IndexedWord found) {
    return graph.outgoingEdgeList(found).stream()
        .filter(e -> RESULT_OF_FOUND.contains(e.getRelation().toString()) && words("resultative").contains(Trees.lemma(e.getDependent())))
        .flatMap(e -> graph.outgoingEdgeList(e.getDependent()).stream())
        .anyMatch(e -> e.getRelation().toString().equals("amod") && trigger(Trees.lemma(e.getDependent()), 'V').filter(Kind::isAttack).isPresent());
  }

  /**
   * Whether a verb's object is a weapon: "fired rockets", "bombs were dropped", "dropped chemical
   * weapons" (bare "weapons" only with its kind: rebels who "dropped their weapons" gave up).
   */
  boolean firesWeapon(SemanticGraph graph, IndexedWord verb) {
    Set<String> weapons = words("weapon");
    return graph.outgoingEdgeList(verb).stream()
        .filter(e -> e.getRelation().toString().equals("obj") || e.getRelation().toString().equals("nsubj:pass"))
        .anyMatch(e -> weapons.contains(Trees.lemma(e.getDependent()))
            || e.getDependent().word().equalsIgnoreCase("weapons") && graph.outgoingEdgeList(e.getDependent()).stream()
                .anyMatch(m -> m.getRelation().toString().equals("amod")));
  }

  /** 'V' for verbs, 'N' for nouns, ' ' for the rest: the parts of speech the lexicon knows. */
  static char pos(IndexedWord word) {
    if (word.tag() == null || word.lemma() == null) {
      return ' ';
    }
    return word.tag().startsWith("VB") ? 'V' : word.tag().startsWith("NN") ? 'N' : ' ';
  }

  /** A word list of {@code event-words.tsv} ("modal", "speech", ...). */
  Set<String> words(String list) {
    return words.get(list);
  }

  List<RoleRule> rulesFor(Kind kind, char pos) {
    return rules.getOrDefault(kind + "/" + pos, List.of());
  }

  private static String key(String lemma, char pos) {
    return lemma.toLowerCase(Locale.ROOT) + "/" + pos;
  }
}
