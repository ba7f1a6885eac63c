package org.newskg.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newskg.lexicon.DataFiles;
import org.newskg.lexicon.Gazetteer;
import org.newskg.model.Actor;
import org.newskg.model.ActorIndex;
import org.newskg.model.ActorType;
import org.newskg.nlp.AnnotatedArticle;

/** Which of the article's actors a word of the dependency tree stands for. */
final class ActorLookup {
  private static final String ACTOR_NOUNS = "/org/newskg/extract/actor-nouns.tsv";
  private static final String ANAPHOR = "ANAPHOR";
  private static final String HEAD = "HEAD";
  /** Which class of actor a common noun may refer back to; immutable, read once. */
  private static final Map<String, ActorType> NOUN_CLASS = nounClasses();
  /** Nouns that stand for the organization or country last named when coreference finds none. */
  private static final Set<String> ANAPHORS = nounsOf(ANAPHOR);
  /** Nouns that stand for the one organization named with them as head word ("the police"). */
  private static final Set<String> HEAD_NOUNS = nounsOf(HEAD);

  /** How many sentences back "the group" may find its organization when coreference finds none. */
  private static final int REFERENCE_REACH = 2;

  private final ActorIndex actors;
  private final CorefChains chains;
  private final Gazetteer gazetteer;
  /** Tokens per sentence, to walk back through earlier sentences. */
  private final List<List<CoreLabel>> tokens;

  private ActorLookup(ActorIndex actors, CorefChains chains, Gazetteer gazetteer, List<List<CoreLabel>> tokens) {
    this.actors = actors;
    this.chains = chains;
    this.gazetteer = gazetteer;
    this.tokens = tokens;
  }

  static ActorLookup of(AnnotatedArticle annotated, ActorIndex actors, Gazetteer gazetteer) {
    List<List<CoreLabel>> tokens = Sentences.of(annotated).stream()
        .map(s -> s.get(CoreAnnotations.TokensAnnotation.class))
        .toList();
    return new ActorLookup(actors, CorefChains.of(annotated), gazetteer, tokens);
  }

  ActorIndex index() {
    return actors;
  }

  CorefChains chains() {
    return chains;
  }

  /**
   * "The sect's founder, X", "the cartel's chief, Y": what a definite noun read from the tokens
   * alone refers back to, where coreference gave nothing: the one organization named with it as
   * head word, or for "the group" and its like, the actor of its class last named in its sentence
   * or the two before that the caller admits.
   */
  Optional<Actor> ofDefiniteNoun(int sentence, int token, Predicate<Actor> admissible) {
    CoreLabel word = tokens.get(sentence).get(token);
    String noun = (word.lemma() == null ? word.word() : word.lemma()).toLowerCase(Locale.ROOT);
    ActorType kind = NOUN_CLASS.get(noun);
    return byHeadNoun(sentence, token)
        .or(() -> kind != null && ANAPHORS.contains(noun) ? lastNamed(sentence, token, a -> a.type() == kind && admissible.test(a)) : Optional.empty());
  }

  /** The actor the word names, or, for a pronoun or "the group", the actor its coreference chain names. */
  Optional<Actor> at(SemanticGraph graph, IndexedWord word, int sentence) {
    Optional<Actor> own = actors.actorAt(sentence, word.index() - 1);
    if (own.isEmpty() && (word.tag().startsWith("PRP") || isDefiniteNoun(graph, word))) {
      int chain = chains.chainAt(sentence, word.index() - 1);
      if (chain >= 0) {
        own = actors.actorOfCluster(chain).filter(a -> compatible(word, a)).filter(a -> !isOwnSubject(graph, word, sentence, a));
      }
      if (own.isEmpty() && chain >= 0 && word.tag().startsWith("PRP")) {
        own = throughAnaphorNoun(chain, sentence, word.index() - 1);
      }
      boolean bareDefinite = own.isEmpty() && isDefiniteNoun(graph, word) && bare(graph, word);
      Optional<ActorType> kind = classOfNoun(word).filter(k -> ANAPHORS.contains(word.lemma().toLowerCase(Locale.ROOT)));
      if (bareDefinite && kind.isPresent()) {
        own = lastNamed(sentence, word.index() - 1, kind.get());
      }
      if (own.isEmpty() && bareDefinite) {
        own = byHeadNoun(sentence, word.index() - 1, word.word().toLowerCase(Locale.ROOT));
      }
      if (own.isEmpty() && word.tag().equals("PRP") && PERSONAL.contains(word.word().toLowerCase(Locale.ROOT))) {
        own = onlyPersonBefore(sentence, word.index() - 1);
      }
      if (own.isEmpty() && word.tag().equals("PRP") && OBJECT_FORMS.contains(word.word().toLowerCase(Locale.ROOT))) {
        own = onlyOtherPersonInSentence(graph, word, sentence);
      }
    }
    return own;
  }

  /** Object forms of one person's pronoun: they never stand for the subject of their own verb. */
  private static final Set<String> OBJECT_FORMS = Set.of("him", "her");

  /**
   * "Militants ambushed the convoy of X, killing him", "the men who stopped X's car and shot him":
   * where coreference gives an object pronoun no one, the one person its sentence names before it
   * who is not the subject of the pronoun's own verb (and no guess where the parse shows no subject).
   */
  private Optional<Actor> onlyOtherPersonInSentence(SemanticGraph graph, IndexedWord pronoun, int sentence) {
    Optional<IndexedWord> subject = subjectOfVerb(graph, pronoun);
    if (subject.isEmpty()) {
      return Optional.empty();
    }
    Set<Actor> persons = namedBefore(actors, sentence, pronoun.index() - 1, ActorType.PERSON);
    actors.actorAt(sentence, subject.get().index() - 1).ifPresent(persons::remove);
    return persons.size() == 1 ? persons.stream().findFirst() : Optional.empty();
  }

  /** "X shot him", "X fired at him": the actor is the subject of the verb whose object or oblique "him" or "her" is. */
  private boolean isOwnSubject(SemanticGraph graph, IndexedWord pronoun, int sentence, Actor actor) {
    return OBJECT_FORMS.contains(pronoun.word().toLowerCase(Locale.ROOT)) && subjectOfVerb(graph, pronoun)
        .flatMap(subject -> actors.actorAt(sentence, subject.index() - 1)).filter(actor::equals).isPresent();
  }

  /**
   * The subject of the verb whose object or oblique the pronoun is: its own, or for a participle or
   * clause that has none ("..., killing him"), that of the verb it hangs on.
   */
  private static Optional<IndexedWord> subjectOfVerb(SemanticGraph graph, IndexedWord pronoun) {
    IndexedWord verb = graph.incomingEdgeList(pronoun).stream()
        .filter(e -> e.getRelation().toString().matches("i?obj|obl(:.*)?"))
        .map(SemanticGraphEdge::getGovernor).findFirst().orElse(null);
    for (int hops = 0; verb != null && verb.tag() != null && verb.tag().startsWith("VB") && hops < 3; hops++) {
      Optional<IndexedWord> subject = graph.outgoingEdgeList(verb).stream()
          .filter(e -> e.getRelation().toString().startsWith("nsubj")).map(SemanticGraphEdge::getDependent).findFirst();
      if (subject.isPresent()) {
        return subject;
      }
      verb = graph.incomingEdgeList(verb).stream()
          .filter(e -> e.getRelation().toString().matches("advcl(:.*)?|dep|xcomp|conj(:.*)?"))
          .map(SemanticGraphEdge::getGovernor).findFirst().orElse(null);
    }
    return Optional.empty();
  }

  /**
   * "The group has turned on its allies: its fighters killed X": a pronoun whose chain names no
   * actor but goes back to "the group" stands for what that noun refers to, the organization (or
   * country) last named before it.
   */
  private Optional<Actor> throughAnaphorNoun(int chain, int sentence, int token) {
    for (CorefChains.Head head : chains.heads(chain)) {
      if (head.sentence() > sentence || head.sentence() == sentence && head.token() >= token || head.token() == 0) {
        continue;
      }
      List<CoreLabel> words = tokens.get(head.sentence());
      String lemma = words.get(head.token()).lemma() == null ? "" : words.get(head.token()).lemma().toLowerCase(Locale.ROOT);
      ActorType kind = NOUN_CLASS.get(lemma);
      if (kind != null && ANAPHORS.contains(lemma) && words.get(head.token() - 1).word().equalsIgnoreCase("the")) {
        return lastNamed(head.sentence(), head.token() - 1, kind);
      }
    }
    return Optional.empty();
  }

  /** The token's word as {@link #byHeadNoun(int, int, String)} reads it: "the party's" of "the Popular Union Party". */
  Optional<Actor> byHeadNoun(int sentence, int token) {
    return byHeadNoun(sentence, token, tokens.get(sentence).get(token).word().toLowerCase(Locale.ROOT));
  }

  /**
   * "The Kesh National Police sealed the square ... shot dead by the police": a definite noun that is the
   * head word of one organization's name, and of no other the article names, stands for it once
   * the article has named it (the head match of rule-based coreference).
   */
  private Optional<Actor> byHeadNoun(int sentence, int token, String noun) {
    if (!HEAD_NOUNS.contains(noun)) {
      return Optional.empty();
    }
    List<Actor> headed = actors.actors().stream()
        .filter(a -> a.type() == ActorType.ORGANIZATION && !a.label().equalsIgnoreCase(noun))
        .filter(a -> Stream.concat(Stream.of(a.label()), a.altLabels().stream()).anyMatch(name -> headWord(name).equals(noun)))
        .toList();
    if (headed.size() != 1) {
      return Optional.empty();
    }
    for (int s = sentence; s >= 0; s--) {
      int end = s == sentence ? token : tokens.get(s).size();
      if (lastBefore(actors, s, end, headed.get(0)::equals).isPresent()) {
        return Optional.of(headed.get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * The head word of a name: its last, or the last before "of" or "for" ("Revolutionary Armed
   * Forces of Colombia", "State Committee for Border Security").
   */
  private static String headWord(String name) {
    int of = Stream.of(" of ", " for ").mapToInt(name::indexOf).filter(i -> i > 0).min().orElse(-1);
    String head = of > 0 ? name.substring(0, of) : name;
    return head.substring(head.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
  }

  /** The heads of the other mentions of the chain a pronoun or noun at this token belongs to. */
  List<CorefChains.Head> corefHeads(int sentence, int token) {
    int chain = chains.chainAt(sentence, token);
    return chain < 0 ? List.of() : chains.heads(chain).stream()
        .filter(h -> h.sentence() != sentence || h.token() != token)
        .toList();
  }

  /**
   * Pronouns of one person, as subject or object: a possessive ("avenge his death") more often
   * points at the dead than at whoever acts.
   */
  private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her");

  /**
   * "X addressed the rally. He warned ...": where coreference leaves "he" in no chain, the one
   * person the previous sentence names, if the pronoun's own sentence names none before it.
   */
  private Optional<Actor> onlyPersonBefore(int sentence, int token) {
    if (sentence == 0 || lastBefore(actors, sentence, token, a -> a.type() == ActorType.PERSON).isPresent()) {
      return Optional.empty();
    }
    Set<Actor> persons = namedBefore(actors, sentence - 1, tokens.get(sentence - 1).size(), ActorType.PERSON);
    return persons.size() == 1 ? persons.stream().findFirst() : Optional.empty();
  }

  /** "the group", "the bloc's": nothing but a determiner; "the separatist group ETA" names its own. */
  private static boolean bare(SemanticGraph graph, IndexedWord word) {
    return graph.outgoingEdgeList(word).stream()
        .allMatch(e -> Set.of("det", "case", "punct").contains(e.getRelation().toString()));
  }

  /**
   * "The bloc said" where coreference found nothing: the organization (or country, for "the
   * country") last named, in this sentence or the two before.
   */
  private Optional<Actor> lastNamed(int sentence, int token, ActorType kind) {
    return lastNamed(sentence, token, a -> a.type() == kind);
  }

  private Optional<Actor> lastNamed(int sentence, int token, Predicate<Actor> kind) {
    for (int s = sentence; s >= 0 && s >= sentence - REFERENCE_REACH; s--) {
      Optional<Actor> actor = lastBefore(actors, s, s == sentence ? token : tokens.get(s).size(), kind);
      if (actor.isPresent()) {
        return actor;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the word names a pair of actors: "the two countries", "both sides", "the two
   * militias" (a plural noun of an actor class, or one for the sides of a conflict).
   */
  static boolean namesAPair(SemanticGraph graph, IndexedWord word) {
    return "NNS".equals(word.tag()) && (classOfNoun(word).isPresent() || PAIR_NOUNS.contains(Trees.lemma(word)))
        && graph.outgoingEdgeList(word).stream().anyMatch(e -> {
          String relation = e.getRelation().toString();
          String dependent = e.getDependent().word().toLowerCase(Locale.ROOT);
          return relation.equals("nummod") && (dependent.equals("two") || dependent.equals("2"))
              || (relation.equals("det") || relation.equals("det:predet")) && dependent.equals("both");
        });
  }

  /**
   * The pair "the two countries" stands for: the parties of the talks told last, if given and
   * they hold every actor of the pair's class its own sentence names before it (outside its
   * subjects, who may act on the pair: "Russia warned both sides", "X, the African Union's envoy,
   * said both sides had accepted"; but "talked with Chile's president, after which the two
   * countries settled" must hold Chile). Else two joined by "and" earlier in its own sentence;
   * else the two actors of its class the nearest of the three sentences before name ("Ethiopia and
   * Eritrea fought a war. ... the two countries"). None when a sentence would add a third, or the
   * pair leaves out one its own sentence names: which two is then a guess. The word must name a
   * pair ({@link #namesAPair}).
   */
  Set<Actor> pairOf(SemanticGraph graph, IndexedWord word, int sentence, Set<Actor> lastParties) {
    Predicate<Actor> ofKind = pairMember(word);
    Set<Actor> here = namedOutsideSubjects(graph, word, sentence, ofKind);
    if (!lastParties.isEmpty() && lastParties.containsAll(here)) {
      return lastParties;
    }
    Set<IndexedWord> subjects = subjectPhrases(graph);
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      boolean before = edge.getGovernor().index() < word.index() && edge.getDependent().index() < word.index();
      // "The United States and Rwanda mediated between the two governments": who acts on the pair is not it
      if (before && edge.getRelation().toString().startsWith("conj") && !subjects.contains(edge.getDependent())) {
        Optional<Actor> first = actors.actorAt(sentence, edge.getGovernor().index() - 1).filter(ofKind);
        Optional<Actor> second = actors.actorAt(sentence, edge.getDependent().index() - 1).filter(ofKind);
        if (first.isPresent() && second.isPresent() && !first.equals(second)) {
          return new LinkedHashSet<>(List.of(first.get(), second.get()));
        }
      }
    }
    Set<Actor> pair = new LinkedHashSet<>();
    for (int s = sentence - 1; s >= 0 && s >= sentence - PAIR_REACH && pair.size() < 2; s--) {
      Set<Actor> named = new LinkedHashSet<>();
      for (int t = 0; t < tokens.get(s).size(); t++) {
        actors.actorAt(s, t).filter(ofKind).filter(a -> !pair.contains(a)).ifPresent(named::add);
      }
      if (pair.size() + named.size() > 2) {
        return Set.of();
      }
      pair.addAll(named);
    }
    return pair.size() == 2 && pair.containsAll(here) ? pair : Set.of();
  }

  /** Who the pair's noun may stand for: its class, or for "sides" any organization or country. */
  private static Predicate<Actor> pairMember(IndexedWord word) {
    Optional<ActorType> kind = classOfNoun(word);
    return a -> kind.map(k -> a.type() == k).orElse(a.type().hasMembers() && a.type() != ActorType.PERSON);
  }

  /** The actors of a kind the sentence names before the word, outside the phrases of its subjects. */
  private Set<Actor> namedOutsideSubjects(SemanticGraph graph, IndexedWord word, int sentence, Predicate<Actor> kind) {
    Set<IndexedWord> subjects = subjectPhrases(graph);
    Set<Actor> named = new LinkedHashSet<>();
    for (IndexedWord w : graph.vertexListSorted()) {
      if (w.index() < word.index() && !subjects.contains(w)) {
        actors.actorAt(sentence, w.index() - 1).filter(kind).ifPresent(named::add);
      }
    }
    return named;
  }

  /** The words of the sentence's subjects, with all they govern. */
  private static Set<IndexedWord> subjectPhrases(SemanticGraph graph) {
    Set<IndexedWord> subjects = new HashSet<>();
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      if (edge.getRelation().toString().startsWith("nsubj")) {
        subjects.add(edge.getDependent());
        subjects.addAll(graph.descendants(edge.getDependent()));
      }
    }
    return subjects;
  }

  /** Plural nouns for the two sides of a conflict, of either class. */
  private static final Set<String> PAIR_NOUNS = Set.of("side", "party", "neighbour", "neighbor", "rival", "enemy", "foe",
      "adversary", "belligerent", "warring");
  /** How many sentences back "the two countries" may find its pair. */
  private static final int PAIR_REACH = 3;

  /** The distinct actors of a class the sentence names before the token, in order. */
  static Set<Actor> namedBefore(ActorIndex actors, int sentence, int token, ActorType kind) {
    Set<Actor> named = new LinkedHashSet<>();
    for (int t = 0; t < token; t++) {
      actors.actorAt(sentence, t).filter(a -> a.type() == kind).ifPresent(named::add);
    }
    return named;
  }

  /** The last actor of a kind the sentence names before the token. */
  static Optional<Actor> lastBefore(ActorIndex actors, int sentence, int token, Predicate<Actor> kind) {
    for (int t = token - 1; t >= 0; t--) {
      Optional<Actor> actor = actors.actorAt(sentence, t).filter(kind);
      if (actor.isPresent()) {
        return actor;
      }
    }
    return Optional.empty();
  }

  /** "the group" is no country: a coreference that joins a noun to an actor of another class is wrong. */
  private static boolean compatible(IndexedWord word, Actor actor) {
    return classOfNoun(word).map(type -> type == actor.type()).orElse(true);
  }

  /** The class of actor a common noun stands for ("group": an organization), if actor-nouns.tsv knows it. */
  static Optional<ActorType> classOfNoun(IndexedWord word) {
    return Optional.ofNullable(word.lemma() == null ? null : NOUN_CLASS.get(word.lemma().toLowerCase(Locale.ROOT)));
  }

  private static Map<String, ActorType> nounClasses() {
    Map<String, ActorType> classes = new HashMap<>();
    for (List<String> row : DataFiles.rows(ACTOR_NOUNS)) {
      if (!Set.of(ANAPHOR, HEAD).contains(row.get(0))) {
        DataFiles.split(row, 1).forEach(noun -> classes.put(noun, ActorType.valueOf(row.get(0))));
      }
    }
    return Map.copyOf(classes);
  }

  private static Set<String> nounsOf(String list) {
    return DataFiles.rows(ACTOR_NOUNS).stream()
        .filter(row -> row.get(0).equals(list))
        .flatMap(row -> DataFiles.split(row, 1).stream())
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The word's actor and those of its conjuncts: "Israel and Hamas". */
  List<Actor> withConjuncts(SemanticGraph graph, IndexedWord word, int sentence) {
    List<Actor> found = new ArrayList<>();
    at(graph, word, sentence).ifPresent(found::add);
    for (SemanticGraphEdge edge : graph.outgoingEdgeList(word)) {
      if (edge.getRelation().toString().startsWith("conj")) {
        at(graph, edge.getDependent(), sentence).filter(a -> !found.contains(a)).ifPresent(found::add);
      }
    }
    return found;
  }

  /**
   * The article's actor a name or demonym written inside a word stands for ("U.S." of
   * "U.S.-backed", "Egyptian" of "an Egyptian official"); only actors the article names.
   */
  Optional<Actor> named(String surface) {
    Optional<String> canonical = gazetteer.byName(surface).or(() -> gazetteer.byDemonym(surface)).map(Gazetteer.Entry::name);
    return actors.actors().stream()
        .filter(a -> a.label().equals(canonical.orElse(surface)) || a.altLabels().contains(surface))
        .findFirst();
  }

  /** "the group", "the militants": a definite noun phrase that coreference may tie to an actor. */
  static boolean isDefiniteNoun(SemanticGraph graph, IndexedWord word) {
    return word.tag().startsWith("NN") && graph.outgoingEdgeList(word).stream()
        .anyMatch(e -> e.getRelation().toString().equals("det") && e.getDependent().word().equalsIgnoreCase("the"));
  }
}
