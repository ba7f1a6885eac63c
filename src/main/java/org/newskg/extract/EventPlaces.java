package org.newskg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newskg.model.Actor;
import org.newskg.model.ActorType;
import org.newskg.model.Role;
import org.newskg.model.RoleFiller;

/**
 * Where an event happened, beyond what its role rules read: the place of a "where" clause on it,
 * the scene a "when", "as" or "while" clause sets, and, of several places, the most specific.
 */
final class EventPlaces {
  private static final Set<String> NAME_PARTS = Set.of("compound", "flat", "amod");
  private static final Set<String> STRUCK = Set.of("obj", "nsubj:pass");
  private static final Set<String> LOCATING = Set.of("obl:in", "obl:near", "obl:outside", "obl:inside");
  private static final Set<String> SCENE_MARKS = Set.of("when", "as", "while");

  /** Nouns that hold an event noun: "a second round of talks", "two weeks of talks". */
  private final Set<String> containerNouns;
  /** Nouns that locate an event relative to a named place: "on the edge of X", "in X province". */
  private final Set<String> locatingNouns;

  EventPlaces(Set<String> containerNouns, Set<String> locatingNouns) {
    this.containerNouns = containerNouns;
    this.locatingNouns = locatingNouns;
  }

  /** One event as its sentence tells it, with the roles found so far (which the methods here add to). */
  record Mention(ActorLookup lookup, SemanticGraph graph, int sentence, IndexedWord trigger, Map<RoleFiller, String> roles) {
    boolean hasPlace() {
      return roles.keySet().stream().anyMatch(r -> r.role() == Role.PLACE);
    }
  }

  private static Optional<RoleFiller> asPlace(Actor actor) {
    return actor.type() == ActorType.PLACE || actor.type() == ActorType.COUNTRY
        ? Optional.of(new RoleFiller(Role.PLACE, actor)) : Optional.empty();
  }

  /**
   * "X was dining at a barbecue in Lima when gunmen burst in", "gunmen shot X as he left his
   * house in Y": a clause of "when", "as" or "while" sets the scene the event happened in, so its
   * place is the event's when the event names none.
   */
  void sceneClausePlace(Mention mention) {
    SemanticGraph graph = mention.graph();
    if (EventRules.pos(mention.trigger()) != 'V' || mention.hasPlace()) {
      return;
    }
    // The scene is the one struck's ("talks went on in Geneva when rebels shelled the town" sets
    // no scene): its subject is a filler of the event, or a pronoun in a clause of the event.
    Set<Actor> struck = mention.roles().keySet().stream().map(RoleFiller::actor).collect(Collectors.toSet());
    List<IndexedWord> scenes = new ArrayList<>();
    // "when gunmen burst in and shot him": the clause of the first of coordinated verbs
    // (the enhanced graph also hangs the later verb on the first's governor)
    IndexedWord clause = mention.trigger();
    for (SemanticGraphEdge edge : graph.incomingEdgeList(mention.trigger())) {
      if (edge.getRelation().toString().startsWith("conj")) {
        clause = edge.getGovernor();
      }
    }
    for (SemanticGraphEdge edge : graph.incomingEdgeList(clause)) {
      IndexedWord governor = edge.getGovernor();
      if (edge.getRelation().toString().startsWith("advcl") && sceneMarked(graph, clause)
          && sceneSubject(graph, governor).flatMap(w -> mention.lookup().at(graph, w, mention.sentence())).filter(struck::contains).isPresent()) {
        scenes.add(governor);
      }
    }
    for (SemanticGraphEdge edge : graph.outgoingEdgeList(mention.trigger())) {
      IndexedWord scene = edge.getDependent();
      // "was shot dead while cycling in X": a clause without a subject of its own is the one struck's
      if (edge.getRelation().toString().startsWith("advcl") && sceneMarked(graph, scene)
          && sceneSubject(graph, scene).map(w -> w.tag().equals("PRP")
              || mention.lookup().at(graph, w, mention.sentence()).filter(struck::contains).isPresent()).orElse(true)) {
        scenes.add(scene);
      }
    }
    for (IndexedWord scene : scenes) {
      // "X was in Lima when ...": the place is the clause's predicate
      mention.lookup().at(graph, scene, mention.sentence()).flatMap(EventPlaces::asPlace)
          .ifPresent(r -> mention.roles().putIfAbsent(r, "event.place.scene-clause"));
      scenePlaces(mention, scene, 4);
    }
  }

  /**
   * The named places a scene clause's prepositional phrases and objects reach, however the parser
   * chains them: "eating dinner with his wife at X village", "left for work from his house in the
   * X district", "at a barbecue in X", "as he left a party meeting in X".
   */
  private void scenePlaces(Mention mention, IndexedWord from, int depth) {
    SemanticGraph graph = mention.graph();
    if (depth == 0) {
      return;
    }
    for (SemanticGraphEdge edge : graph.outgoingEdgeList(from)) {
      String rel = edge.getRelation().toString();
      if ((rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("compound") || rel.equals("obj"))
          && !rel.equals("nmod:poss") && !rel.equals("obl:tmod")) {
        Optional<Actor> actor = mention.lookup().at(graph, edge.getDependent(), mention.sentence()).filter(a -> a.type() == ActorType.PLACE);
        if (actor.isPresent()) {
          mention.roles().putIfAbsent(new RoleFiller(Role.PLACE, actor.get()), "event.place.scene-clause");
        } else {
          scenePlaces(mention, edge.getDependent(), depth - 1);
        }
      }
    }
  }

  private static Optional<IndexedWord> sceneSubject(SemanticGraph graph, IndexedWord clause) {
    return graph.outgoingEdgeList(clause).stream().filter(e -> e.getRelation().toString().startsWith("nsubj"))
        .map(SemanticGraphEdge::getDependent).findFirst();
  }

  private static boolean sceneMarked(SemanticGraph graph, IndexedWord clause) {
    // "when" is the parser's advmod, "as" and "while" its mark
    return graph.outgoingEdgeList(clause).stream().anyMatch(e -> Set.of("mark", "advmod").contains(e.getRelation().toString())
        && SCENE_MARKS.contains(e.getDependent().word().toLowerCase(Locale.ROOT)));
  }

  /**
   * The most specific place: "attacked the X Tavern in Y", "the village of X, in Y province",
   * "a base in the X district of Y", "X Farms, on the edge of Y": a place the sentence sets
   * another of the event's places in only locates that one.
   */
  void keepMostSpecificPlace(Mention mention) {
    SemanticGraph graph = mention.graph();
    Map<Actor, List<IndexedWord>> mentions = new LinkedHashMap<>();
    for (RoleFiller filler : mention.roles().keySet()) {
      if (filler.role() == Role.PLACE && filler.actor().type() == ActorType.PLACE) {
        mentions.put(filler.actor(), new ArrayList<>());
      }
    }
    if (mentions.size() < 2) {
      return;
    }
    for (IndexedWord word : graph.vertexListSorted()) {
      mention.lookup().index().actorAt(mention.sentence(), word.index() - 1).filter(mentions::containsKey).ifPresent(a -> mentions.get(a).add(word));
    }
    Set<Actor> outers = new HashSet<>();
    mentions.forEach((inner, innerWords) -> mentions.forEach((outer, outerWords) -> {
      if (inner != outer && innerWords.stream().anyMatch(i -> outerWords.stream().anyMatch(o -> locates(graph, mention.trigger(), i, o)))) {
        outers.add(outer);
      }
    }));
    if (outers.size() < mentions.size()) {
      mention.roles().keySet().removeIf(r -> r.role() == Role.PLACE && outers.contains(r.actor()));
    }
  }

  /**
   * Whether {@code outer} locates {@code inner}: hangs below the noun the inner name belongs to
   * ("the X district of Y", "the village of X in Y"), is where the event struck the site the
   * inner name is ("attacked the X Tavern in Y"), or follows the inner name after a comma as a
   * location relative to it ("in X, on the edge of Y", "the village of X, in Y province").
   */
  private boolean locates(SemanticGraph graph, IndexedWord trigger, IndexedWord inner, IndexedWord outer) {
    IndexedWord innerHead = climb(graph, inner, false);
    if (below(graph, innerHead, outer, 3)) {
      return true;
    }
    IndexedWord outerHead = climb(graph, outer, true);
    if (!graph.containsEdge(trigger, outerHead)) {
      return false;
    }
    String outerRel = graph.reln(trigger, outerHead).toString();
    if (graph.containsEdge(trigger, innerHead) && STRUCK.contains(graph.reln(trigger, innerHead).toString()) && LOCATING.contains(outerRel)) {
      return true;
    }
    int start = graph.descendants(outerHead).stream().mapToInt(IndexedWord::index).min().orElse(outerHead.index());
    IndexedWord comma = graph.getNodeByIndexSafe(start - 1);
    if (outerRel.startsWith("obl") && locatingNouns.contains(Trees.lemma(outerHead))
        && comma != null && comma.word().equals(",") && inner.index() == start - 2) {
      return true;
    }
    // "shot dead at the Kfar Lavi junction in Gaza": the parser hangs both on the verb, the second
    // right after the first
    int innerEnd = graph.containsEdge(trigger, innerHead)
        ? graph.descendants(innerHead).stream().mapToInt(IndexedWord::index).max().orElse(innerHead.index()) : -1;
    return outerRel.equals("obl:in") && innerEnd >= 0 && graph.reln(trigger, innerHead).toString().startsWith("obl")
        && start == innerEnd + 1 && graph.getNodeByIndexSafe(start) != null
        && graph.getNodeByIndexSafe(start).word().equalsIgnoreCase("in");
  }

  /**
   * The noun a name belongs to: "Kafr Nabl" in "the village of Kafr Nabl", "Idlib" in "Idlib
   * province"; for a locating name also the relation it is told by ("the edge of Y").
   */
  private IndexedWord climb(SemanticGraph graph, IndexedWord word, boolean relation) {
    IndexedWord head = word;
    for (int up = 0; up < 3; up++) {
      IndexedWord parent = graph.getParent(head);
      String rel = parent == null ? "" : graph.reln(parent, head).toString();
      if (!NAME_PARTS.contains(rel) && !(rel.equals("nmod:of") && (relation ? locatingNouns.contains(Trees.lemma(parent)) : parent.tag().equals("NN")))) {
        break;
      }
      head = parent;
    }
    return head;
  }

  private static boolean below(SemanticGraph graph, IndexedWord from, IndexedWord target, int depth) {
    if (depth == 0) {
      return false;
    }
    for (SemanticGraphEdge edge : graph.outgoingEdgeList(from)) {
      String rel = edge.getRelation().toString();
      if ((rel.startsWith("nmod") || rel.equals("appos")) && !rel.equals("nmod:poss")
          && (edge.getDependent().equals(target) || below(graph, edge.getDependent(), target, depth - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "flew on to Muscat, where she held talks with X", "Kabul, where the bomb went off": the
   * place a "where" clause of the event hangs on.
   */
  void whereClausePlace(Mention mention) {
    SemanticGraph graph = mention.graph();
    IndexedWord clause = mention.trigger();
    IndexedWord governor = graph.getParent(clause);
    // "Seoul, where over two weeks of talks the envoy won ...": the noun that holds the talks
    if (EventRules.pos(clause) == 'N' && governor != null && graph.reln(governor, clause).toString().equals("nmod:of")
        && containerNouns.contains(Trees.lemma(governor))) {
      clause = governor;
      governor = graph.getParent(clause);
    }
    String rel = governor == null ? "" : graph.reln(governor, clause).toString();
    if (EventRules.pos(mention.trigger()) == 'N' && (rel.equals("obj") || rel.startsWith("obl"))) {
      clause = governor;
    }
    boolean where = graph.outgoingEdgeList(clause).stream()
        .anyMatch(e -> e.getRelation().toString().equals("advmod") && e.getDependent().word().equalsIgnoreCase("where"));
    IndexedWord site = graph.getParent(clause);
    if (where && site != null && graph.reln(site, clause).toString().startsWith("acl:relcl")) {
      // "the mining town of X, where ...": the name the place noun complements
      mention.lookup().at(graph, site, mention.sentence())
          .or(() -> graph.outgoingEdgeList(site).stream().filter(e -> e.getRelation().toString().equals("nmod:of"))
              .findFirst().flatMap(e -> mention.lookup().at(graph, e.getDependent(), mention.sentence())))
          .filter(a -> a.type() == ActorType.PLACE || a.type() == ActorType.COUNTRY)
          .flatMap(EventPlaces::asPlace)
          .ifPresent(r -> mention.roles().putIfAbsent(r, "event.place.where-clause"));
    }
  }
}
