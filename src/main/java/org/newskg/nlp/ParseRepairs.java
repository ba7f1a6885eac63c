package org.newskg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Mends, in the enhanced++ parse every extractor reads, mistakes of the dependency parser that
 * are certain from the tree itself.
 */
final class ParseRepairs {
  private ParseRepairs() {}

  static void apply(Annotation document) {
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return;
    }
    for (CoreMap sentence : sentences) {
      SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      if (graph != null) {
        reducedRelatives(graph);
        participleRoots(graph);
        passiveParticiples(graph);
        passiveObjects(graph);
        resultativeObjects(graph);
        personAppositions(graph);
        strandedAppositions(graph);
        appositionsPastClauses(graph);
        namesCoordinatedBeforePosts(graph);
        namesAfterObjects(graph);
        appositionsOnCommas(graph);
        conjunctsAfterAppositions(graph);
        predicatesAfterAppositions(graph);
        colonLists(graph);
        frontedParticiples(graph);
        nominalAdjectives(graph);
        verbalNouns(graph);
        clefts(graph);
        looseRelativeClauses(graph);
        looseParticiples(graph);
        farParticiples(graph);
        contactClauses(graph);
        relativeClausePredicates(graph);
        objectsAsSubjects(graph);
        conjoinedSubjects(graph);
        sharedAgents(graph);
        sameAs(graph);
      }
    }
  }

  /** Participles whose "on X" or "to X" names who is held to have done it: "a bomb blamed on the cartel". */
  private static final Set<String> ASCRIBING = Set.of("blame", "attribute", "ascribe");

  /**
   * "A car bomb planted by the group exploded at the market", "bombs blamed on the cartel have
   * wrecked banks": the parser may make the reduced relative the root, with the bomb its subject
   * and the real verb a loose dependent. A past participle with an agent (or one it is blamed
   * on), no auxiliary and a finite verb hanging from it as "dep" modifies its subject, and the
   * finite verb is the clause's predicate.
   */
  static void reducedRelatives(SemanticGraph graph) {
    for (var participle : List.copyOf(graph.getRoots())) {
      List<SemanticGraphEdge> edges = graph.outgoingEdgeList(participle);
      boolean ascribed = ASCRIBING.contains(participle.lemma());
      boolean agent = edges.stream().anyMatch(e -> rel(e).equals("obl:by") || rel(e).equals("obl:agent")
          || ascribed && (rel(e).equals("obl:on") || rel(e).equals("obl:to")));
      boolean auxiliary = edges.stream().anyMatch(e -> rel(e).startsWith("aux"));
      var subject = edges.stream().filter(e -> rel(e).equals("nsubj")).findFirst();
      var verb = edges.stream()
          .filter(e -> rel(e).equals("dep") && e.getDependent().tag() != null && isFinite(graph, e.getDependent())
              && e.getDependent().index() > participle.index()
              && graph.outgoingEdgeList(e.getDependent()).stream().noneMatch(d -> rel(d).startsWith("nsubj")))
          .findFirst()
          .or(() -> predicateAfterAgent(graph, edges));
      if (!"VBN".equals(participle.tag()) || !agent || auxiliary || subject.isEmpty() || verb.isEmpty()) {
        continue;
      }
      var noun = subject.get().getDependent();
      var predicate = verb.get().getDependent();
      graph.removeEdge(subject.get());
      graph.removeEdge(verb.get());
      graph.addEdge(predicate, noun, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, subject.get().getWeight(), false);
      graph.addEdge(noun, participle, UniversalEnglishGrammaticalRelations.CLAUSAL_MODIFIER, verb.get().getWeight(), false);
      graph.setRoot(predicate);
    }
  }

  /** A finite verb, or a participle with its own auxiliary: "devastated", "have wrecked". */
  private static boolean isFinite(SemanticGraph graph, IndexedWord verb) {
    return verb.tag().matches("VBD|VBZ|VBP")
        || verb.tag().equals("VBN") && graph.outgoingEdgeList(verb).stream().anyMatch(e -> rel(e).equals("aux"));
  }

  /**
   * "Jets of the alliance led by Turkey bombed PKK positions": the parser may make
   * the reduced relative the root, its objects the real verb's, and the real verb (a past tense
   * after the agent) an adjective of the object. That verb is the predicate: the subject and the
   * objects are its, and the participle modifies the noun before it.
   */
  static void participleRoots(SemanticGraph graph) {
    for (var participle : List.copyOf(graph.getRoots())) {
      List<SemanticGraphEdge> edges = graph.outgoingEdgeList(participle);
      var agent = edges.stream().filter(e -> rel(e).equals("obl:by") || rel(e).equals("obl:agent")).findFirst();
      var subject = edges.stream().filter(e -> rel(e).equals("nsubj")).findFirst();
      if (!"VBN".equals(participle.tag()) || agent.isEmpty() || subject.isEmpty()
          || edges.stream().anyMatch(e -> rel(e).startsWith("aux"))) {
        continue;
      }
      int after = agent.get().getDependent().index();
      var verb = edges.stream().filter(e -> rel(e).equals("obj"))
          .flatMap(e -> graph.outgoingEdgeList(e.getDependent()).stream())
          .filter(e -> rel(e).equals("amod") && "VBD".equals(e.getDependent().tag()) && e.getDependent().index() > after
              && e.getDependent().index() < e.getGovernor().index())
          .findFirst();
      if (verb.isEmpty()) {
        continue;
      }
      IndexedWord predicate = verb.get().getDependent();
      graph.removeEdge(verb.get());
      for (SemanticGraphEdge object : edges.stream().filter(e -> rel(e).equals("obj")).toList()) {
        graph.removeEdge(object);
        graph.addEdge(predicate, object.getDependent(), object.getRelation(), object.getWeight(), object.isExtra());
      }
      IndexedWord noun = subject.get().getDependent();
      graph.removeEdge(subject.get());
      graph.addEdge(predicate, noun, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, subject.get().getWeight(), false);
      IndexedWord modified = graph.vertexSet().stream()
          .filter(w -> w.index() == participle.index() - 1 && w.tag() != null && w.tag().startsWith("NN"))
          .findFirst().orElse(noun);
      graph.addEdge(modified, participle, UniversalEnglishGrammaticalRelations.CLAUSAL_MODIFIER, verb.get().getWeight(), false);
      graph.setRoot(predicate);
    }
  }

  /**
   * "Gunmen led by X killed Y": the parser may also hang the real verb on the agent as a clause
   * of its own ("X [who was] killed"). A verb right after the agent, with no subject, is the
   * predicate; one after a comma ("X, killed in 2019,") is a true reduced clause.
   */
  private static Optional<SemanticGraphEdge> predicateAfterAgent(SemanticGraph graph, List<SemanticGraphEdge> edges) {
    return edges.stream()
        .filter(e -> rel(e).equals("obl:by") || rel(e).equals("obl:agent"))
        .flatMap(e -> graph.outgoingEdgeList(e.getDependent()).stream())
        .filter(e -> rel(e).equals("acl") && e.getDependent().tag() != null && e.getDependent().tag().matches("VBD|VBN")
            && e.getDependent().index() == e.getGovernor().index() + 1
            && graph.outgoingEdgeList(e.getDependent()).stream().noneMatch(d -> rel(d).startsWith("nsubj") || rel(d).startsWith("aux")))
        .findFirst();
  }

  /**
   * "The commander X, killed by a drone in 2019, was buried in Kano": the parser may make the
   * reduced participle the root, with X its active subject. A past participle with an agent and
   * no auxiliary is passive, so its subject is the one it happened to.
   */
  static void passiveParticiples(SemanticGraph graph) {
    for (var verb : List.copyOf(graph.vertexSet())) {
      if (!"VBN".equals(verb.tag())) {
        continue;
      }
      List<SemanticGraphEdge> edges = graph.outgoingEdgeList(verb);
      boolean agent = edges.stream().anyMatch(e -> rel(e).equals("obl:by") || rel(e).equals("obl:agent"));
      boolean auxiliary = edges.stream().anyMatch(e -> rel(e).startsWith("aux"));
      if (!agent || auxiliary) {
        continue;
      }
      for (SemanticGraphEdge subject : edges.stream().filter(e -> rel(e).equals("nsubj")).toList()) {
        graph.removeEdge(subject);
        graph.addEdge(verb, subject.getDependent(), UniversalEnglishGrammaticalRelations.NOMINAL_PASSIVE_SUBJECT,
            subject.getWeight(), subject.isExtra());
      }
    }
  }

  /**
   * "X was assassinated by two of her bodyguards, Y and Z": the parser may make the names after the
   * agent objects of the passive verb, which has none. A name after the agent and a comma is the
   * agent's apposition.
   */
  static void passiveObjects(SemanticGraph graph) {
    for (var verb : List.copyOf(graph.vertexSet())) {
      List<SemanticGraphEdge> edges = graph.outgoingEdgeList(verb);
      boolean passive = edges.stream().anyMatch(e -> rel(e).equals("aux:pass") || rel(e).equals("nsubj:pass"));
      var agent = edges.stream().filter(e -> rel(e).equals("obl:agent") || rel(e).equals("obl:by")).findFirst();
      if (!passive || agent.isEmpty()) {
        continue;
      }
      int after = agent.get().getDependent().index();
      for (SemanticGraphEdge object : edges.stream().filter(e -> rel(e).equals("obj") && e.getDependent().index() > after).toList()) {
        int at = object.getDependent().index();
        boolean comma = graph.vertexSet().stream().anyMatch(w -> ",".equals(w.word()) && w.index() > after && w.index() < at);
        if (comma) {
          graph.removeEdge(object);
          graph.addEdge(agent.get().getDependent(), object.getDependent(), UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER,
              object.getWeight(), object.isExtra());
        }
      }
    }
  }

  /**
   * "Gunmen shot dead the mayor of X, Y": with the adjective before the object, the parser may
   * hang the object on "dead". A noun after "dead" is the object of the verb, when it has none.
   */
  static void resultativeObjects(SemanticGraph graph) {
    for (var verb : List.copyOf(graph.vertexSet())) {
      List<SemanticGraphEdge> edges = graph.outgoingEdgeList(verb);
      var dead = edges.stream()
          .filter(e -> rel(e).equals("xcomp") && "dead".equalsIgnoreCase(e.getDependent().word()))
          .findFirst();
      if (dead.isEmpty() || edges.stream().anyMatch(e -> rel(e).equals("obj"))) {
        continue;
      }
      IndexedWord adjective = dead.get().getDependent();
      for (SemanticGraphEdge loose : List.copyOf(graph.outgoingEdgeList(adjective))) {
        if ((rel(loose).equals("dep") || rel(loose).equals("obj")) && loose.getDependent().index() > adjective.index()
            && loose.getDependent().tag() != null && loose.getDependent().tag().startsWith("NN")) {
          graph.removeEdge(loose);
          graph.addEdge(verb, loose.getDependent(), UniversalEnglishGrammaticalRelations.DIRECT_OBJECT,
              loose.getWeight(), loose.isExtra());
        }
      }
    }
  }

  /**
   * "the police chief of Mardan, Sajid Khan": the parser may make the name an apposition of the
   * place that ends the post. A person is no apposition of a place or an organization; the name
   * belongs to the noun the place complements.
   */
  static void personAppositions(SemanticGraph graph) {
    for (SemanticGraphEdge appos : List.copyOf(graph.edgeListSorted())) {
      IndexedWord name = appos.getDependent();
      IndexedWord named = appos.getGovernor();
      if (!rel(appos).equals("appos") || !"PERSON".equals(name.ner()) || named.ner() == null
          || named.ner().equals("PERSON") || named.ner().equals("O") || named.ner().equals("TITLE")) {
        continue;
      }
      var post = graph.incomingEdgeList(named).stream()
          .filter(e -> rel(e).equals("nmod:of") && e.getGovernor().tag() != null && e.getGovernor().tag().startsWith("NN")
              && "O".equals(e.getGovernor().ner()) || rel(e).equals("nmod:of") && "TITLE".equals(e.getGovernor().ner()))
          .map(SemanticGraphEdge::getGovernor)
          .findFirst();
      if (post.isPresent()) {
        graph.removeEdge(appos);
        graph.addEdge(post.get(), name, appos.getRelation(), appos.getWeight(), appos.isExtra());
      }
    }
  }

  /**
   * "Soldiers fired on the crowd, killing a student, Juan Ortal", "raided a church and shot dead an
   * activist, X", "hit the hospital and killed two nurses, X and Y": the parser may make the names
   * a second object, or conjuncts, of the main verb. A name right after "noun ," that is the object
   * of a clause or conjoined verb hanging from that verb is the noun's apposition, and the names
   * listed after it with "and" are too.
   */
  static void strandedAppositions(SemanticGraph graph) {
    for (SemanticGraphEdge stranded : List.copyOf(graph.edgeListSorted())) {
      IndexedWord name = stranded.getDependent();
      if (!graph.containsEdge(stranded) || !strandable(stranded)) {
        continue;
      }
      IndexedWord verb = stranded.getGovernor();
      var noun = clauseObjectBeforeComma(graph, verb, name,
          r -> r.equals("dep") || r.startsWith("advcl") || r.equals("xcomp") || r.startsWith("conj"), "NN|NNS|NNPS");
      if (noun.isEmpty()) {
        continue;
      }
      graph.removeEdge(stranded);
      graph.addEdge(noun.get(), name, UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER, stranded.getWeight(), false);
      IndexedWord last = name;
      for (SemanticGraphEdge next : graph.outgoingEdgeList(verb).stream()
          .sorted(Comparator.comparingInt((SemanticGraphEdge e) -> e.getDependent().index())).toList()) {
        IndexedWord listed = next.getDependent();
        int gap = nameStart(graph, listed) - last.index();
        boolean joined = gap == 2 && (isWord(graph, last.index() + 1, ",") || isWord(graph, last.index() + 1, "and"))
            || gap == 3 && isWord(graph, last.index() + 1, ",") && isWord(graph, last.index() + 2, "and");
        if (listed.index() > last.index() && strandable(next) && joined) {
          graph.removeEdge(next);
          graph.addEdge(noun.get(), listed, UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER, next.getWeight(), false);
          graph.addEdge(name, listed, UniversalEnglishGrammaticalRelations.getConj("and"), next.getWeight(), false);
          last = listed;
        }
      }
    }
  }

  /**
   * "killed two nurses, X and Y", "killing one of them, X": the parser may hang the names on the
   * comma itself. A name governed by a comma that follows a common noun (or "them") is its apposition.
   */
  static void appositionsOnCommas(SemanticGraph graph) {
    for (SemanticGraphEdge edge : List.copyOf(graph.edgeListSorted())) {
      IndexedWord comma = edge.getGovernor();
      if (!",".equals(comma.word()) || !"PERSON".equals(edge.getDependent().ner())) {
        continue;
      }
      var noun = graph.vertexSet().stream()
          .filter(w -> w.index() == comma.index() - 1 && w.tag() != null
              && (w.tag().matches("NNS?") || w.word().equalsIgnoreCase("them")))
          .findFirst();
      if (noun.isPresent()) {
        graph.removeEdge(edge);
        graph.addEdge(noun.get(), edge.getDependent(), UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER, edge.getWeight(), false);
      }
    }
  }

  /**
   * "killing one of them, X": the parser may hang the name anywhere (on a later date, or make it
   * the root). A name right after "object ," that is no subject is the object's apposition.
   */
  static void namesAfterObjects(SemanticGraph graph) {
    for (SemanticGraphEdge object : List.copyOf(graph.edgeListSorted())) {
      IndexedWord noun = object.getDependent();
      if (!rel(object).equals("obj") || !isWord(graph, noun.index() + 1, ",")
          || noun.tag() == null || !(noun.tag().matches("NNS?") || noun.word().equalsIgnoreCase("them"))) {
        continue;
      }
      // "one of them, Corporal X": a rank or post before the name
      int start = noun.index() + 2;
      while (graph.getNodeByIndexSafe(start) != null && "TITLE".equals(graph.getNodeByIndexSafe(start).ner())) {
        start++;
      }
      int nameAt = start;
      graph.vertexSet().stream()
          .filter(w -> "PERSON".equals(w.ner()) && nameStart(graph, w) == nameAt
              && graph.getChildList(w).stream().noneMatch(c -> "PERSON".equals(c.ner()) && c.index() > w.index()))
          .filter(w -> !graph.getRoots().contains(w)
              && graph.incomingEdgeList(w).stream().noneMatch(e -> rel(e).startsWith("nsubj") || rel(e).equals("appos")))
          .findFirst()
          .ifPresent(name -> {
            graph.incomingEdgeList(name).forEach(graph::removeEdge);
            graph.addEdge(noun, name, UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER, object.getWeight(), false);
            // "stabbed the mayor, X, in Gdansk": the phrases after the name are the verb's
            for (SemanticGraphEdge phrase : graph.outgoingEdgeList(name)) {
              if (rel(phrase).startsWith("nmod:") && !rel(phrase).equals("nmod:poss") && !rel(phrase).equals("nmod:of")
                  && phrase.getDependent().index() > name.index()) {
                graph.removeEdge(phrase);
                graph.addEdge(object.getGovernor(), phrase.getDependent(),
                    UniversalEnglishGrammaticalRelations.getObl(rel(phrase).substring("nmod:".length())), phrase.getWeight(), false);
              }
            }
          });
    }
  }

  /**
   * "opened fire on a bus, killing three refugees, A, B and C": the parser may hang the names on
   * the noun the participle clause qualifies. A name right after "noun ," where the noun is the
   * object of a clause on the name's governor is that noun's apposition, with the names listed
   * after it.
   */
  static void appositionsPastClauses(SemanticGraph graph) {
    for (SemanticGraphEdge stranded : List.copyOf(graph.edgeListSorted())) {
      IndexedWord name = stranded.getDependent();
      IndexedWord holder = stranded.getGovernor();
      if (!graph.containsEdge(stranded) || !rel(stranded).equals("appos") || !"PERSON".equals(name.ner())) {
        continue;
      }
      var noun = clauseObjectBeforeComma(graph, holder, name, r -> r.startsWith("acl"), "NNS?");
      if (noun.isEmpty()) {
        continue;
      }
      graph.removeEdge(stranded);
      graph.addEdge(noun.get(), name, UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER, stranded.getWeight(), false);
      for (SemanticGraphEdge next : List.copyOf(graph.outgoingEdgeList(holder))) {
        IndexedWord listed = next.getDependent();
        if (rel(next).equals("appos") && listed.index() > name.index() && "PERSON".equals(listed.ner())) {
          graph.removeEdge(next);
          graph.addEdge(noun.get(), listed, UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER, next.getWeight(), false);
          graph.addEdge(name, listed, UniversalEnglishGrammaticalRelations.getConj("and"), next.getWeight(), false);
        }
      }
    }
  }

  /**
   * The common noun right before the comma that opens the name, when it is the object of a clause
   * (a dependent of the holder by one of the given relations): the noun the name stands beside.
   */
  private static Optional<IndexedWord> clauseObjectBeforeComma(SemanticGraph graph, IndexedWord holder, IndexedWord name,
      Predicate<String> clause, String nounTags) {
    int comma = nameStart(graph, name) - 1;
    if (!isWord(graph, comma, ",")) {
      return Optional.empty();
    }
    return graph.outgoingEdgeList(holder).stream()
        .filter(e -> clause.test(rel(e)))
        .flatMap(e -> graph.outgoingEdgeList(e.getDependent()).stream())
        .filter(e -> rel(e).equals("obj") && e.getDependent().index() == comma - 1 && e.getDependent().tag() != null
            && e.getDependent().tag().matches(nounTags))
        .map(SemanticGraphEdge::getDependent)
        .findFirst();
  }

  /**
   * "Journalist A and newspaper publisher B were killed": the parser may run both names into one
   * compound, the first name a modifier of the second post and that post's own modifier a conjunct
   * of the first name. A person's name that modifies a common noun, with a common noun conjoined
   * to it that stands right before that noun, is coordinated with the name the noun modifies.
   */
  static void namesCoordinatedBeforePosts(SemanticGraph graph) {
    for (SemanticGraphEdge modifies : List.copyOf(graph.edgeListSorted())) {
      IndexedWord name = modifies.getDependent();
      IndexedWord post = modifies.getGovernor();
      if (!graph.containsEdge(modifies) || !rel(modifies).equals("compound") || !"PERSON".equals(name.ner())
          || post.tag() == null || !post.tag().matches("NNS?") || "PERSON".equals(post.ner())) {
        continue;
      }
      var conjunct = graph.outgoingEdgeList(name).stream()
          .filter(e -> rel(e).startsWith("conj") && e.getDependent().index() == post.index() - 1
              && e.getDependent().tag() != null && e.getDependent().tag().matches("NNS?"))
          .findFirst();
      var second = graph.incomingEdgeList(post).stream()
          .filter(e -> rel(e).equals("compound") && "PERSON".equals(e.getGovernor().ner())).findFirst();
      if (conjunct.isEmpty() || second.isEmpty()) {
        continue;
      }
      IndexedWord head = second.get().getGovernor();
      graph.removeEdge(conjunct.get());
      graph.addEdge(post, conjunct.get().getDependent(), UniversalEnglishGrammaticalRelations.COMPOUND_MODIFIER, conjunct.get().getWeight(), false);
      graph.removeEdge(modifies);
      graph.addEdge(head, name, UniversalEnglishGrammaticalRelations.getConj("and"), modifies.getWeight(), false);
      for (SemanticGraphEdge role : List.copyOf(graph.incomingEdgeList(head))) {
        if (rel(role).startsWith("nsubj") || rel(role).equals("obj")) {
          graph.addEdge(role.getGovernor(), name, role.getRelation(), role.getWeight(), true);
        }
      }
    }
  }

  /** A person's name as the object or a conjunct of a verb. */
  private static boolean strandable(SemanticGraphEdge edge) {
    return (rel(edge).equals("obj") || rel(edge).startsWith("conj")) && "PERSON".equals(edge.getDependent().ner())
        && edge.getGovernor().tag() != null && edge.getGovernor().tag().startsWith("VB");
  }

  /** Where a name begins: its first word that is part of the same person's name. */
  private static int nameStart(SemanticGraph graph, IndexedWord name) {
    int start = name.index();
    for (IndexedWord part : graph.getChildList(name)) {
      if ("PERSON".equals(part.ner()) && part.index() < start) {
        start = part.index();
      }
    }
    return start;
  }

  private static boolean isWord(SemanticGraph graph, int index, String word) {
    return graph.vertexSet().stream().anyMatch(w -> w.index() == index && word.equalsIgnoreCase(w.word()));
  }

  /**
   * "Three ministers were killed in the blast: A, B and C", "killed four people: A, B, C and D":
   * the parser hangs the names after the colon on the verb as a loose clause. A noun phrase after
   * a colon that closes a clause names the members of its plural object, or else of its plural
   * subject: it is their apposition.
   */
  static void colonLists(SemanticGraph graph) {
    for (SemanticGraphEdge loose : List.copyOf(graph.edgeListSorted())) {
      IndexedWord verb = loose.getGovernor();
      IndexedWord list = loose.getDependent();
      if (!rel(loose).equals("parataxis") || list.tag() == null || !list.tag().startsWith("NN") || verb.tag() == null
          || !verb.tag().startsWith("VB") || graph.outgoingEdgeList(list).stream().anyMatch(e -> rel(e).startsWith("nsubj"))
          || !afterColon(graph, list)) {
        continue;
      }
      Optional<IndexedWord> members = Stream.of("obj", "nsubj:pass", "nsubj")
          .flatMap(r -> graph.outgoingEdgeList(verb).stream().filter(e -> rel(e).equals(r)))
          .map(SemanticGraphEdge::getDependent)
          .filter(w -> "NNS".equals(w.tag()) && w.index() < list.index())
          .findFirst();
      if (members.isPresent()) {
        graph.removeEdge(loose);
        graph.addEdge(members.get(), list, UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER, loose.getWeight(), false);
        // each conjunct is a member too, as enhanced++ would have propagated it
        for (SemanticGraphEdge conj : graph.outgoingEdgeList(list)) {
          if (rel(conj).startsWith("conj")) {
            graph.addEdge(members.get(), conj.getDependent(), UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER, conj.getWeight(), true);
          }
        }
      }
    }
  }

  /** Whether the phrase a word heads comes right after a colon. */
  private static boolean afterColon(SemanticGraph graph, IndexedWord head) {
    int first = graph.descendants(head).stream().mapToInt(IndexedWord::index).min().orElse(head.index());
    return isWord(graph, first - 1, ":");
  }

  /**
   * "Acting on the orders of X, commandos carried out a raid": the parser may make the fronted
   * participle the subject and the real subject an apposition inside it. A participle that opens
   * the sentence is an adverbial clause, and the noun in apposition before the verb its subject.
   */
  static void frontedParticiples(SemanticGraph graph) {
    for (SemanticGraphEdge subject : List.copyOf(graph.edgeListSorted())) {
      IndexedWord participle = subject.getDependent();
      IndexedWord verb = subject.getGovernor();
      if (!rel(subject).equals("nsubj") || !"VBG".equals(participle.tag()) || participle.index() != 1) {
        continue;
      }
      var appos = graph.descendants(participle).stream()
          .flatMap(w -> graph.outgoingEdgeList(w).stream())
          .filter(e -> rel(e).equals("appos") && e.getDependent().index() < verb.index())
          .findFirst();
      if (appos.isEmpty()) {
        continue;
      }
      IndexedWord noun = appos.get().getDependent();
      graph.removeEdge(subject);
      graph.removeEdge(appos.get());
      graph.addEdge(verb, participle, UniversalEnglishGrammaticalRelations.ADV_CLAUSE_MODIFIER, subject.getWeight(), false);
      graph.addEdge(verb, noun, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, subject.getWeight(), false);
    }
  }

  /**
   * "Among the dead were X": an adjective with "the" that heads a noun phrase of the clause is a
   * plural noun, the people it describes ("the dead", "the wounded").
   */
  static void nominalAdjectives(SemanticGraph graph) {
    for (var word : graph.vertexSet()) {
      boolean nominal = graph.incomingEdgeList(word).stream()
          .anyMatch(e -> rel(e).matches("(obl|nmod|nsubj|obj).*"));
      boolean definite = graph.outgoingEdgeList(word).stream()
          .anyMatch(e -> rel(e).equals("det") && e.getDependent().word().equalsIgnoreCase("the"));
      if ("JJ".equals(word.tag()) && nominal && definite) {
        word.setTag("NNS");
      }
    }
  }

  /**
   * "M23 fighters attack army positions near X" (a timeline's present tense): the tagger may call
   * the verb a noun while the parser gives it a subject and an object. A common noun with both is
   * a verb.
   */
  static void verbalNouns(SemanticGraph graph) {
    for (IndexedWord word : graph.vertexListSorted()) {
      if (word.tag() == null || !word.tag().matches("NNS?") || !Character.isLowerCase(word.word().codePointAt(0))) {
        continue;
      }
      boolean subject = graph.outgoingEdgeList(word).stream().anyMatch(e -> rel(e).equals("nsubj"));
      boolean object = graph.outgoingEdgeList(word).stream().anyMatch(e -> rel(e).equals("obj"));
      if (subject && object) {
        word.setTag(word.tag().equals("NNS") ? "VBZ" : "VBP");
      }
    }
  }

  /**
   * "It was Norway that brokered the talks", "it was the Front which attacked the camp": the parser
   * may take the clause after a cleft's focus for a complement of it, a loose "dep" through
   * "that", or a relative clause with the focus as object. The focus of "it was X that" right
   * before the relative word is the clause's subject, as in any relative clause.
   */
  static void clefts(SemanticGraph graph) {
    for (IndexedWord focus : List.copyOf(graph.vertexListSorted())) {
      boolean cleft = graph.outgoingEdgeList(focus).stream().anyMatch(e -> rel(e).equals("nsubj") && e.getDependent().word().equalsIgnoreCase("it"))
          && graph.outgoingEdgeList(focus).stream().anyMatch(e -> rel(e).equals("cop") && "be".equals(e.getDependent().lemma()));
      IndexedWord relativizer = graph.getNodeByIndexSafe(focus.index() + 1);
      if (!cleft || relativizer == null || !relativizer.word().matches("(?i)that|who|which")) {
        continue;
      }
      Optional<SemanticGraphEdge> clause = graph.outgoingEdgeList(focus).stream()
          .filter(e -> rel(e).matches("ccomp|dep|acl:relcl") && e.getDependent().index() > relativizer.index())
          .findFirst()
          .or(() -> Optional.ofNullable(graph.getEdge(focus, relativizer)).filter(e -> rel(e).equals("dep"))
              .flatMap(e -> graph.outgoingEdgeList(relativizer).stream().filter(d -> rel(d).equals("dep")).findFirst()));
      if (clause.isEmpty() || clause.get().getDependent().tag() == null || !clause.get().getDependent().tag().startsWith("VB")) {
        continue;
      }
      IndexedWord verb = clause.get().getDependent();
      List<SemanticGraphEdge> verbEdges = graph.outgoingEdgeList(verb);
      boolean objects = verbEdges.stream().filter(e -> rel(e).equals("obj")).count() > 1;
      boolean ownSubject = verbEdges.stream().anyMatch(e -> rel(e).matches("nsubj.*") && !e.getDependent().equals(relativizer));
      if (ownSubject) {
        continue;
      }
      for (SemanticGraphEdge edge : verbEdges) {
        boolean focusAsObject = objects && rel(edge).equals("obj") && edge.getDependent().equals(focus);
        if (focusAsObject || edge.getDependent().equals(relativizer)) {
          graph.removeEdge(edge);
        }
      }
      graph.removeEdge(clause.get());
      Optional.ofNullable(graph.getEdge(focus, relativizer)).ifPresent(graph::removeEdge);
      graph.addEdge(focus, verb, UniversalEnglishGrammaticalRelations.RELATIVE_CLAUSE_MODIFIER, clause.get().getWeight(), false);
      graph.addEdge(focus, relativizer, UniversalEnglishGrammaticalRelations.REFERENT, clause.get().getWeight(), false);
      giveSubject(graph, verb, focus);
    }
  }

  /**
   * "talks mediated by Norway, a longtime facilitator, and the Vatican": after an apposition the
   * parser may join the next conjunct to the verb instead of the noun the apposition describes.
   * A noun joined to a verb by ", and" right after an apposition of one of the verb's dependents
   * is that dependent's conjunct, and the verb's dependent as it is.
   */
  static void conjunctsAfterAppositions(SemanticGraph graph) {
    for (SemanticGraphEdge conj : List.copyOf(graph.edgeListSorted())) {
      IndexedWord verb = conj.getGovernor();
      IndexedWord noun = conj.getDependent();
      if (!rel(conj).startsWith("conj") || verb.tag() == null || !verb.tag().startsWith("VB") || noun.tag() == null || !noun.tag().startsWith("NN")) {
        continue;
      }
      Optional<IndexedWord> and = graph.outgoingEdgeList(noun).stream()
          .filter(e -> rel(e).equals("cc")).map(SemanticGraphEdge::getDependent).findFirst();
      IndexedWord comma = and.map(a -> graph.getNodeByIndexSafe(a.index() - 1)).orElse(null);
      if (comma == null || !comma.word().equals(",")) {
        continue;
      }
      for (SemanticGraphEdge argument : graph.outgoingEdgeList(verb)) {
        IndexedWord head = argument.getDependent();
        boolean apposed = head.index() < comma.index() && graph.outgoingEdgeList(head).stream()
            .anyMatch(e -> rel(e).equals("appos") && lastIndex(graph, e.getDependent()) == comma.index() - 1);
        if (apposed && rel(argument).matches("obj|obl.*|nsubj.*|iobj")) {
          graph.removeEdge(conj);
          graph.addEdge(head, noun, conj.getRelation(), conj.getWeight(), false);
          graph.addEdge(verb, noun, argument.getRelation(), argument.getWeight(), true);
          break;
        }
      }
    }
  }

  /**
   * "found X, a pilot with Kenya Airways, guilty of the murder": after an apposition the parser
   * may hang the object's predicate on the object or the apposition's last noun as a following
   * adjective. An adjective after a comma, on an object with an apposition before it or on a noun
   * of that apposition, completes the verb.
   */
  static void predicatesAfterAppositions(SemanticGraph graph) {
    for (SemanticGraphEdge amod : List.copyOf(graph.edgeListSorted())) {
      IndexedWord adjective = amod.getDependent();
      IndexedWord comma = graph.getNodeByIndexSafe(adjective.index() - 1);
      if (!rel(amod).equals("amod") || adjective.index() < amod.getGovernor().index() || comma == null || !comma.word().equals(",")) {
        continue;
      }
      for (SemanticGraphEdge object : List.copyOf(graph.edgeListSorted())) {
        boolean apposed = rel(object).equals("obj") && graph.outgoingEdgeList(object.getDependent()).stream()
            .anyMatch(e -> rel(e).equals("appos") && e.getDependent().index() < adjective.index()
                && (amod.getGovernor().equals(object.getDependent()) || graph.descendants(e.getDependent()).contains(amod.getGovernor())));
        if (apposed) {
          graph.removeEdge(amod);
          graph.addEdge(object.getGovernor(), adjective, UniversalEnglishGrammaticalRelations.XCLAUSAL_COMPLEMENT, amod.getWeight(), false);
          break;
        }
      }
    }
  }

  /** The index of the last word of the phrase a word heads. */
  private static int lastIndex(SemanticGraph graph, IndexedWord head) {
    return graph.descendants(head).stream().mapToInt(IndexedWord::index).max().orElse(head.index());
  }

  /**
   * "a drone strike that killed X": the parser may hang a relative clause on its noun as a loose
   * "dep", its subject the relative pronoun; "the daughter of X, who was assassinated": or on a
   * word before the name as "parataxis". A verb whose subject is "that", "which" or "who"
   * right after a noun is that noun's relative clause, with the noun as subject (as the enhanced
   * parse gives relative clauses it recognises).
   */
  static void looseRelativeClauses(SemanticGraph graph) {
    for (SemanticGraphEdge loose : List.copyOf(graph.edgeListSorted())) {
      IndexedWord verb = loose.getDependent();
      if (!rel(loose).equals("dep") && !rel(loose).equals("parataxis") || verb.tag() == null || !verb.tag().startsWith("VB")) {
        continue;
      }
      var pronoun = graph.outgoingEdgeList(verb).stream()
          .filter(e -> rel(e).startsWith("nsubj") && e.getDependent().tag() != null && e.getDependent().tag().matches("WDT|WP"))
          .findFirst();
      if (pronoun.isEmpty()) {
        continue;
      }
      // "the daughter of X, who was assassinated": the name before the comma, whatever the
      // parser hung the clause on
      int before = pronoun.get().getDependent().index() - 1;
      IndexedWord comma = graph.getNodeByIndexSafe(before);
      IndexedWord noun = comma != null && comma.word().equals(",") ? graph.getNodeByIndexSafe(before - 1) : comma;
      boolean relative = rel(loose).equals("dep") ? noun.equals(loose.getGovernor()) && noun.equals(comma)
          : comma != noun && noun != null && noun.tag().startsWith("NNP");
      if (noun == null || !relative || !noun.tag().startsWith("N") || graph.descendants(verb).contains(noun)) {
        continue;
      }
      graph.removeEdge(loose);
      graph.removeEdge(pronoun.get());
      graph.addEdge(noun, verb, UniversalEnglishGrammaticalRelations.RELATIVE_CLAUSE_MODIFIER, loose.getWeight(), false);
      graph.addEdge(verb, noun, pronoun.get().getRelation(), pronoun.get().getWeight(), false);
      graph.addEdge(noun, pronoun.get().getDependent(), UniversalEnglishGrammaticalRelations.REFERENT, pronoun.get().getWeight(), false);
    }
  }

  /**
   * "a missile fired from a Russian warplane": the parser may hang the participle on its noun as
   * a loose "dep" (the tagger may even call it a past tense) and the participle's own complements
   * on the noun. A bare past form right after its noun is a reduced relative, and the noun's
   * prepositional phrases after it are the participle's.
   */
  static void looseParticiples(SemanticGraph graph) {
    for (SemanticGraphEdge loose : List.copyOf(graph.edgeListSorted())) {
      IndexedWord noun = loose.getGovernor();
      IndexedWord participle = loose.getDependent();
      boolean bare = graph.outgoingEdgeList(participle).stream().noneMatch(e -> rel(e).matches("aux.*|[nc]subj.*"));
      if (!rel(loose).equals("dep") || !noun.tag().startsWith("N") || participle.tag() == null || !participle.tag().matches("VBN|VBD")
          || participle.index() != noun.index() + 1 || !bare) {
        continue;
      }
      // a past form with no subject right after its noun is the participle ("a missile fired from")
      participle.setTag("VBN");
      graph.removeEdge(loose);
      graph.addEdge(noun, participle, UniversalEnglishGrammaticalRelations.CLAUSAL_MODIFIER, loose.getWeight(), false);
      for (SemanticGraphEdge complement : List.copyOf(graph.outgoingEdgeList(noun))) {
        if (rel(complement).startsWith("nmod:") && complement.getDependent().index() > participle.index()) {
          graph.removeEdge(complement);
          graph.addEdge(participle, complement.getDependent(),
              UniversalEnglishGrammaticalRelations.getObl(rel(complement).substring("nmod:".length())),
              complement.getWeight(), complement.isExtra());
        }
      }
    }
  }

  /**
   * "talks between the Front and an opposition led by the Party": the parser may hang a participle
   * on a noun before the one it follows. A participle right after an indefinite common noun, with
   * no comma between, describes that noun.
   */
  static void farParticiples(SemanticGraph graph) {
    for (SemanticGraphEdge acl : List.copyOf(graph.edgeListSorted())) {
      IndexedWord participle = acl.getDependent();
      if (!rel(acl).equals("acl") || !"VBN".equals(participle.tag()) || acl.getGovernor().index() >= participle.index() - 1) {
        continue;
      }
      IndexedWord noun = graph.getNodeByIndexSafe(participle.index() - 1);
      boolean indefinite = noun != null && graph.outgoingEdgeList(noun).stream()
          .anyMatch(e -> rel(e).equals("det") && e.getDependent().word().matches("(?i)an?"));
      if (!indefinite || !noun.tag().matches("NNS?") || graph.descendants(noun).contains(acl.getGovernor()) || graph.descendants(participle).contains(noun)) {
        continue;
      }
      graph.removeEdge(acl);
      graph.addEdge(noun, participle, acl.getRelation(), acl.getWeight(), acl.isExtra());
    }
  }

  /**
   * "broke the ceasefire Armenia and Azerbaijan signed": a relative clause without "that" may be
   * parsed with the noun as the verb's subject and the names after it a loose "dep" of the noun.
   * The names are the subject, and the noun the object the clause qualifies.
   */
  static void contactClauses(SemanticGraph graph) {
    for (SemanticGraphEdge loose : List.copyOf(graph.edgeListSorted())) {
      IndexedWord noun = loose.getGovernor();
      IndexedWord name = loose.getDependent();
      if (!rel(loose).equals("dep") || !noun.tag().startsWith("NN") || noun.tag().startsWith("NNP")
          || !name.tag().startsWith("NNP") || name.index() != noun.index() + 1) {
        continue;
      }
      var subject = graph.incomingEdgeList(noun).stream()
          .filter(e -> rel(e).equals("nsubj") && e.getGovernor().index() > name.index() && e.getGovernor().tag().startsWith("VB"))
          .findFirst();
      if (subject.isEmpty()) {
        continue;
      }
      IndexedWord verb = subject.get().getGovernor();
      List<SemanticGraphEdge> above = graph.incomingEdgeList(verb);
      graph.removeEdge(loose);
      graph.removeEdge(subject.get());
      for (SemanticGraphEdge edge : above) {
        graph.removeEdge(edge);
        graph.addEdge(edge.getGovernor(), noun,
            rel(edge).equals("ccomp") ? UniversalEnglishGrammaticalRelations.DIRECT_OBJECT : edge.getRelation(),
            edge.getWeight(), edge.isExtra());
      }
      if (above.isEmpty()) {
        graph.setRoot(noun);
      }
      graph.addEdge(noun, verb, UniversalEnglishGrammaticalRelations.RELATIVE_CLAUSE_MODIFIER, loose.getWeight(), false);
      giveSubject(graph, verb, name);
    }
  }

  /**
   * "His uncle, X, who had led the union for years, was killed by gunmen": after a long relative
   * clause the parser may hang the real predicate on the clause's verb as a loose "dep" with no
   * subject.
   * A finite or passive verb there, after the clause, has the noun the clause modifies as subject.
   */
  static void relativeClausePredicates(SemanticGraph graph) {
    for (SemanticGraphEdge relative : List.copyOf(graph.edgeListSorted())) {
      IndexedWord noun = relative.getGovernor();
      IndexedWord clause = relative.getDependent();
      boolean relativeClause = rel(relative).equals("acl:relcl")
          || rel(relative).equals("dep") && graph.outgoingEdgeList(clause).stream()
              .anyMatch(e -> rel(e).startsWith("nsubj") && e.getDependent().tag() != null && e.getDependent().tag().matches("WP|WDT"));
      if (!relativeClause || !noun.tag().startsWith("N")) {
        continue;
      }
      for (SemanticGraphEdge loose : List.copyOf(graph.outgoingEdgeList(clause))) {
        IndexedWord predicate = loose.getDependent();
        if (!rel(loose).equals("dep") || predicate.index() < clause.index() || !subjectless(graph, predicate)) {
          continue;
        }
        graph.removeEdge(loose);
        List<SemanticGraphEdge> above = graph.incomingEdgeList(noun).stream()
            .filter(e -> !e.getGovernor().equals(predicate)).toList();
        if (above.isEmpty()) {
          graph.setRoot(predicate);
        } else {
          graph.addEdge(above.get(0).getGovernor(), predicate, UniversalEnglishGrammaticalRelations.ADV_CLAUSE_MODIFIER,
              loose.getWeight(), false);
        }
        giveSubject(graph, predicate, noun);
        if (rel(relative).equals("dep")) {
          graph.removeEdge(relative);
          graph.addEdge(noun, clause, UniversalEnglishGrammaticalRelations.RELATIVE_CLAUSE_MODIFIER, relative.getWeight(), false);
        }
      }
    }
  }

  /**
   * "Officials said X, the mayor of Y, were seized and executed": the parser may take the subject
   * of the reported clause for the object of the verb of saying, and hang the clause's predicate on
   * that verb as a loose "dep". A subjectless finite or passive verb after the object has the
   * object as subject, and the clause is the complement.
   */
  static void objectsAsSubjects(SemanticGraph graph) {
    for (var verb : List.copyOf(graph.vertexSet())) {
      List<SemanticGraphEdge> edges = graph.outgoingEdgeList(verb);
      var object = edges.stream().filter(e -> rel(e).equals("obj")).findFirst();
      var loose = edges.stream()
          .filter(e -> rel(e).equals("dep") && object.isPresent() && e.getDependent().index() > object.get().getDependent().index())
          .filter(e -> subjectless(graph, e.getDependent()))
          .findFirst();
      if (loose.isEmpty()) {
        continue;
      }
      IndexedWord predicate = loose.get().getDependent();
      IndexedWord subject = object.get().getDependent();
      // the enhanced parse gives each conjunct of the object its own edge
      for (SemanticGraphEdge conjunct : edges.stream().filter(e -> rel(e).equals("obj")).toList()) {
        SemanticGraphEdge link = graph.getEdge(subject, conjunct.getDependent());
        if (conjunct == object.get() || link != null && rel(link).startsWith("conj")) {
          graph.removeEdge(conjunct);
        }
      }
      graph.removeEdge(loose.get());
      graph.addEdge(verb, predicate, UniversalEnglishGrammaticalRelations.CLAUSAL_COMPLEMENT, loose.get().getWeight(), false);
      giveSubject(graph, predicate, subject);
    }
  }

  /** A verb with an auxiliary or a finite tag, and no subject of its own. */
  private static boolean subjectless(SemanticGraph graph, IndexedWord verb) {
    List<SemanticGraphEdge> own = graph.outgoingEdgeList(verb);
    boolean auxiliary = own.stream().anyMatch(e -> rel(e).startsWith("aux"));
    boolean finite = verb.tag() != null && verb.tag().matches("VBD|VBZ|VBP");
    boolean verbal = verb.tag() != null && verb.tag().startsWith("VB");
    return verbal && (auxiliary || finite) && own.stream().noneMatch(e -> rel(e).matches("[nc]subj.*|expl"));
  }

  /**
   * Makes the noun the predicate's subject, passive when the predicate is, and the subject of the
   * predicate's conjoined verbs that have none ("were seized and executed").
   */
  private static void giveSubject(SemanticGraph graph, IndexedWord predicate, IndexedWord noun) {
    boolean passive = graph.outgoingEdgeList(predicate).stream().anyMatch(e -> rel(e).equals("aux:pass"));
    List<IndexedWord> verbs = new ArrayList<>(List.of(predicate));
    graph.outgoingEdgeList(predicate).stream()
        .filter(e -> rel(e).startsWith("conj") && e.getDependent().tag() != null && e.getDependent().tag().startsWith("VB"))
        .map(SemanticGraphEdge::getDependent)
        .filter(v -> graph.outgoingEdgeList(v).stream().noneMatch(e -> rel(e).matches("[nc]subj.*")))
        .forEach(verbs::add);
    List<IndexedWord> subjects = new ArrayList<>(List.of(noun));
    graph.outgoingEdgeList(noun).stream()
        .filter(e -> rel(e).startsWith("conj"))
        .map(SemanticGraphEdge::getDependent)
        .forEach(subjects::add);
    for (IndexedWord verb : verbs) {
      boolean passiveVerb = passive && "VBN".equals(verb.tag()) || graph.outgoingEdgeList(verb).stream().anyMatch(e -> rel(e).equals("aux:pass"));
      for (IndexedWord subject : subjects) {
        graph.addEdge(verb, subject,
            passiveVerb ? UniversalEnglishGrammaticalRelations.NOMINAL_PASSIVE_SUBJECT : UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT,
            Double.NEGATIVE_INFINITY, verb != predicate || subject != noun);
      }
    }
  }

  /**
   * "X and Y were captured and executed": the enhanced parse gives the second verb only the first
   * of the conjoined subjects. A subject of both verbs brings its conjuncts that are subjects of
   * the first.
   */
  static void conjoinedSubjects(SemanticGraph graph) {
    for (SemanticGraphEdge conj : List.copyOf(graph.edgeListSorted())) {
      if (!rel(conj).startsWith("conj")) {
        continue;
      }
      IndexedWord first = conj.getGovernor();
      IndexedWord second = conj.getDependent();
      for (SemanticGraphEdge subject : List.copyOf(graph.outgoingEdgeList(second))) {
        if (!rel(subject).startsWith("nsubj")) {
          continue;
        }
        for (SemanticGraphEdge other : List.copyOf(graph.outgoingEdgeList(first))) {
          IndexedWord conjunct = other.getDependent();
          boolean sameSubject = rel(other).startsWith("nsubj") && !conjunct.equals(subject.getDependent());
          boolean conjoined = graph.getEdge(subject.getDependent(), conjunct) != null
              && rel(graph.getEdge(subject.getDependent(), conjunct)).startsWith("conj");
          if (sameSubject && conjoined && graph.getEdge(second, conjunct) == null) {
            graph.addEdge(second, conjunct, subject.getRelation(), subject.getWeight(), true);
          }
        }
      }
    }
  }

  /**
   * "X was captured and killed in 1990 by a faction led by Y": the parser hangs the agent after two
   * conjoined participles on the first only. An agent after the second participle, which has none
   * of its own, is the agent of both.
   */
  static void sharedAgents(SemanticGraph graph) {
    for (SemanticGraphEdge conj : List.copyOf(graph.edgeListSorted())) {
      IndexedWord first = conj.getGovernor();
      IndexedWord second = conj.getDependent();
      if (!rel(conj).startsWith("conj") || !"VBN".equals(first.tag()) || !"VBN".equals(second.tag())
          || graph.outgoingEdgeList(second).stream().anyMatch(e -> rel(e).equals("obl:agent"))) {
        continue;
      }
      graph.outgoingEdgeList(first).stream()
          .filter(e -> rel(e).equals("obl:agent") && e.getDependent().index() > second.index())
          .findFirst()
          .ifPresent(agent -> graph.addEdge(second, agent.getDependent(), agent.getRelation(), agent.getWeight(), true));
    }
  }

  /**
   * "flew in on the same flight as the mediators": the parser may hang the "as" phrase on the verb,
   * which then reads as "flew in as mediators". After a noun with "same" or "such", the "as"
   * phrase completes that noun.
   */
  static void sameAs(SemanticGraph graph) {
    for (SemanticGraphEdge edge : List.copyOf(graph.edgeListSorted())) {
      IndexedWord standard = edge.getDependent();
      boolean asPhrase = rel(edge).startsWith("obl") && graph.outgoingEdgeList(standard).stream()
          .anyMatch(e -> rel(e).equals("case") && e.getDependent().word().equalsIgnoreCase("as"));
      if (!asPhrase) {
        continue;
      }
      graph.outgoingEdgeList(edge.getGovernor()).stream()
          .map(SemanticGraphEdge::getDependent)
          .filter(noun -> noun.index() < standard.index() && graph.outgoingEdgeList(noun).stream()
              .anyMatch(e -> rel(e).equals("amod") && e.getDependent().word().matches("(?i)same|such")))
          .reduce((first, second) -> second)
          .ifPresent(noun -> {
            graph.removeEdge(edge);
            graph.addEdge(noun, standard, UniversalEnglishGrammaticalRelations.getNmod("as"), edge.getWeight(), edge.isExtra());
          });
    }
  }

  private static String rel(SemanticGraphEdge edge) {
    return edge.getRelation().toString();
  }
}
