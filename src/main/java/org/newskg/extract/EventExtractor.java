package org.newskg.extract;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.model.Actor;
import org.newskg.model.ActorIndex;
import org.newskg.model.ActorType;
import org.newskg.model.Event;
import org.newskg.model.EventType;
import org.newskg.model.Evidence;
import org.newskg.model.Role;
import org.newskg.model.RoleFiller;
import org.newskg.nlp.AnnotatedArticle;

/**
 * Events and their roles, read off CoreNLP's enhanced++ dependencies by the trigger lexicon and
 * role table of {@link EventRules}. Negated, conditional, questioned and denied events give no
 * roles; a Killing needs a named victim (casualty counts belong to the Attack).
 */
public final class EventExtractor {
  private static final double CONFIDENCE = 0.7;
  /** Relations under a filler that is no actor, searched for one: "Houthi targets", "port of Odesa". */
  private static final Set<String> DESCEND = Set.of("compound", "amod", "nmod:poss", "nmod:of");
  private static final Set<String> DESCEND_PLACE = Set.of("compound", "amod", "nmod:poss", "nmod:of", "nmod:in");
  private static final Set<String> CONDITIONAL = Set.of("if", "unless", "whether");
  private static final Set<String> DENIAL = Set.of("deny", "reject", "dismiss");

  private final EventRules rules;

  private EventExtractor(EventRules rules) {
    this.rules = rules;
  }

  public static EventExtractor load() {
    return new EventExtractor(EventRules.load());
  }

  /** An event being built: its kind, roles with the rule each came from, and its sentence. */
  private record Draft(EventRules.Kind kind, int sentence, Map<RoleFiller, String> roles, Evidence evidence) {
    EventType type() {
      return switch (kind) {
        case NEGOTIATION, MEDIATION -> EventType.NEGOTIATION;
        case ATTACK -> EventType.ATTACK;
        case KILLING -> EventType.KILLING;
        case THREAT -> EventType.THREAT;
      };
    }

    Set<Actor> fillers(Role role) {
      Set<Actor> out = new LinkedHashSet<>();
      roles.keySet().stream().filter(r -> r.role() == role).forEach(r -> out.add(r.actor()));
      return out;
    }
  }

  public List<Event> extract(AnnotatedArticle annotated, ActorIndex actors) {
    List<Draft> drafts = new ArrayList<>();
    List<CoreMap> sentences = Sentences.of(annotated);
    for (int s = 0; s < sentences.size(); s++) {
      CoreMap sentence = sentences.get(s);
      SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      if (graph == null || sentence.toString().strip().endsWith("?")) {
        continue;
      }
      for (IndexedWord word : graph.vertexListSorted()) {
        Optional<EventRules.Kind> kind = triggerOf(word);
        if (kind.isEmpty() || blocked(graph, word, kind.get())) {
          continue;
        }
        Draft draft = new Draft(kind.get(), s, new LinkedHashMap<>(),
            Sentences.evidence(annotated, sentence, CONFIDENCE, "event." + kind.get().name().toLowerCase(Locale.ROOT)));
        fillRoles(graph, word, draft, s, actors, 0);
        drafts.add(draft);
      }
    }
    return finish(mergeNegotiations(drafts));
  }

  private Optional<EventRules.Kind> triggerOf(IndexedWord word) {
    String tag = word.tag();
    if (tag == null || word.lemma() == null) {
      return Optional.empty();
    }
    char pos = tag.startsWith("VB") ? 'V' : tag.startsWith("NN") ? 'N' : ' ';
    return pos == ' ' ? Optional.empty() : rules.trigger(word.lemma(), pos);
  }

  /** Negated ("did not attack"), conditional ("if talks collapse") or denied events are no facts. */
  private static boolean blocked(SemanticGraph graph, IndexedWord trigger, EventRules.Kind kind) {
    for (SemanticGraphEdge edge : graph.outgoingEdgeList(trigger)) {
      String rel = edge.getRelation().toString();
      String lemma = edge.getDependent().lemma() == null ? "" : edge.getDependent().lemma().toLowerCase(Locale.ROOT);
      if (rel.equals("neg") || (rel.equals("advmod") && (lemma.equals("not") || lemma.equals("never")))) {
        return true;
      }
      // A struck deal is an agreement, not an attack: "they struck a deal".
      if (kind == EventRules.Kind.ATTACK && rel.equals("obj") && Set.of("deal", "agreement", "truce", "ceasefire").contains(lemma)) {
        return true;
      }
    }
    IndexedWord node = trigger;
    for (int depth = 0; depth < 3; depth++) {
      if (kind != EventRules.Kind.THREAT && hasConditionalMark(graph, node)) {
        return true;
      }
      IndexedWord parent = graph.getParent(node);
      if (parent == null) {
        break;
      }
      if (parent.lemma() != null && DENIAL.contains(parent.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
      node = parent;
    }
    return false;
  }

  private static boolean hasConditionalMark(SemanticGraph graph, IndexedWord node) {
    return graph.outgoingEdgeList(node).stream().anyMatch(e -> e.getRelation().toString().equals("mark")
        && CONDITIONAL.contains(e.getDependent().word().toLowerCase(Locale.ROOT)));
  }

  private void fillRoles(SemanticGraph graph, IndexedWord trigger, Draft draft, int sentence, ActorIndex actors, int depth) {
    char pos = trigger.tag().startsWith("VB") ? 'V' : 'N';
    for (EventRules.RoleRule rule : rules.rulesFor(draft.kind(), pos)) {
      for (IndexedWord target : follow(graph, trigger, rule.path())) {
        for (RoleFiller filler : fillersOf(graph, target, rule.role(), draft, sentence, actors, depth)) {
          draft.roles().putIfAbsent(filler, rule.id());
        }
      }
    }
  }

  private static List<IndexedWord> follow(SemanticGraph graph, IndexedWord start, List<EventRules.Step> path) {
    List<IndexedWord> current = List.of(start);
    for (EventRules.Step step : path) {
      List<IndexedWord> next = new ArrayList<>();
      for (IndexedWord node : current) {
        List<SemanticGraphEdge> edges = step.up() ? graph.incomingEdgeList(node) : graph.outgoingEdgeList(node);
        for (SemanticGraphEdge edge : edges) {
          IndexedWord other = step.up() ? edge.getGovernor() : edge.getDependent();
          if (edge.getRelation().toString().equals(step.relation())
              && (step.lemmas().isEmpty() || (other.lemma() != null && step.lemmas().contains(other.lemma().toLowerCase(Locale.ROOT))))) {
            next.add(other);
          }
        }
      }
      current = next;
    }
    return current;
  }

  /**
   * The actors a word fills a role with: its own actor, its coreferent's ("he", "the group"),
   * actors below it ("Houthi targets"), or, for an attack noun in an agent role, that attack's
   * attackers ("killed in an Israeli strike").
   */
  private List<RoleFiller> fillersOf(SemanticGraph graph, IndexedWord word, Role role, Draft draft, int sentence,
      ActorIndex actors, int depth) {
    List<RoleFiller> out = new ArrayList<>();
    Optional<EventRules.Kind> kind = triggerOf(word);
    if (kind.isPresent() && kind.get() == EventRules.Kind.ATTACK && depth == 0
        && draft.kind() == EventRules.Kind.KILLING) {
      Draft instrument = new Draft(EventRules.Kind.ATTACK, sentence, new LinkedHashMap<>(), draft.evidence());
      fillRoles(graph, word, instrument, sentence, actors, depth + 1);
      instrument.fillers(Role.ATTACKER).forEach(a -> out.add(new RoleFiller(Role.KILLER, a)));
      instrument.fillers(Role.PLACE).forEach(a -> out.add(new RoleFiller(Role.PLACE, a)));
      return out;
    }
    collectActors(graph, word, sentence, actors, role == Role.PLACE ? DESCEND_PLACE : DESCEND, 0)
        .forEach(actor -> typed(role, actor, draft.kind()).ifPresent(out::add));
    return out;
  }

  private static Set<Actor> collectActors(SemanticGraph graph, IndexedWord word, int sentence, ActorIndex actors,
      Set<String> descend, int depth) {
    Set<Actor> found = new LinkedHashSet<>();
    Optional<Actor> own = actors.actorAt(sentence, word.index() - 1);
    if (own.isEmpty()) {
      Integer cluster = word.backingLabel().get(CorefCoreAnnotations.CorefClusterIdAnnotation.class);
      if (cluster != null && (word.tag().startsWith("PRP") || isDefiniteNoun(graph, word))) {
        own = actors.actorOfCluster(cluster);
      }
    }
    if (own.isPresent()) {
      found.add(own.get());
      return found;
    }
    if (depth < 2) {
      for (SemanticGraphEdge edge : graph.outgoingEdgeList(word)) {
        if (descend.contains(edge.getRelation().toString())) {
          found.addAll(collectActors(graph, edge.getDependent(), sentence, actors, descend, depth + 1));
        }
      }
    }
    return found;
  }

  /** "the group", "the militants": a definite noun phrase that coreference may tie to an actor. */
  private static boolean isDefiniteNoun(SemanticGraph graph, IndexedWord word) {
    return word.tag().startsWith("NN") && graph.outgoingEdgeList(word).stream()
        .anyMatch(e -> e.getRelation().toString().equals("det") && e.getDependent().word().equalsIgnoreCase("the"));
  }

  /** Keeps a filler only where its class fits the role; a place hit in an attack is the place. */
  private static Optional<RoleFiller> typed(Role role, Actor actor, EventRules.Kind kind) {
    boolean isPlace = actor.type() == ActorType.PLACE;
    return switch (role) {
      case PLACE -> isPlace || actor.type() == ActorType.COUNTRY ? Optional.of(new RoleFiller(role, actor)) : Optional.empty();
      case VICTIM -> actor.type() == ActorType.PERSON ? Optional.of(new RoleFiller(role, actor)) : Optional.empty();
      case TARGET -> isPlace
          ? (kind == EventRules.Kind.ATTACK ? Optional.of(new RoleFiller(Role.PLACE, actor)) : Optional.empty())
          : Optional.of(new RoleFiller(role, actor));
      default -> isPlace ? Optional.empty() : Optional.of(new RoleFiller(role, actor));
    };
  }

  /**
   * One negotiation per sentence; a mediator-only negotiation joins the article's one negotiation
   * with parties; a subject that negotiated "a deal between A and B" without being A or B mediates.
   */
  private static List<Draft> mergeNegotiations(List<Draft> drafts) {
    List<Draft> out = new ArrayList<>();
    Map<Integer, Draft> bySentence = new LinkedHashMap<>();
    for (Draft d : drafts) {
      if (d.type() != EventType.NEGOTIATION) {
        out.add(d);
        continue;
      }
      Draft merged = bySentence.get(d.sentence());
      if (merged == null) {
        bySentence.put(d.sentence(), new Draft(EventRules.Kind.NEGOTIATION, d.sentence(), new LinkedHashMap<>(d.roles()), d.evidence()));
      } else {
        d.roles().forEach(merged.roles()::putIfAbsent);
      }
    }
    List<Draft> negotiations = new ArrayList<>();
    for (Draft d : bySentence.values()) {
      demoteNonPartySubjects(d);
      if (!d.fillers(Role.PARTICIPANT).isEmpty() || !d.fillers(Role.MEDIATOR).isEmpty()) {
        negotiations.add(d);
      }
    }
    List<Draft> withParties = negotiations.stream().filter(d -> !d.fillers(Role.PARTICIPANT).isEmpty()).toList();
    for (Draft d : negotiations) {
      if (d.fillers(Role.PARTICIPANT).isEmpty() && withParties.size() == 1) {
        d.roles().forEach(withParties.get(0).roles()::putIfAbsent);
      } else {
        out.add(d);
      }
    }
    return out;
  }

  private static void demoteNonPartySubjects(Draft d) {
    Set<Actor> between = new LinkedHashSet<>();
    d.roles().forEach((filler, rule) -> {
      if (filler.role() == Role.PARTICIPANT && rule.contains("nmod:between")) {
        between.add(filler.actor());
      }
    });
    if (between.isEmpty()) {
      return;
    }
    Map<RoleFiller, String> changed = new LinkedHashMap<>();
    d.roles().forEach((filler, rule) -> {
      boolean subject = filler.role() == Role.PARTICIPANT && !between.contains(filler.actor());
      changed.putIfAbsent(subject ? new RoleFiller(Role.MEDIATOR, filler.actor()) : filler, rule);
    });
    d.roles().clear();
    d.roles().putAll(changed);
  }

  private static List<Event> finish(List<Draft> drafts) {
    List<Event> events = new ArrayList<>();
    Set<List<Object>> seen = new LinkedHashSet<>();
    for (Draft d : drafts) {
      Map<RoleFiller, String> roles = new LinkedHashMap<>(d.roles());
      // An actor is not its own mediator, attacker and target, or killer and victim.
      Set<Actor> participants = d.fillers(Role.PARTICIPANT);
      roles.keySet().removeIf(r -> r.role() == Role.MEDIATOR && participants.contains(r.actor()));
      Set<Actor> victims = d.fillers(Role.VICTIM);
      roles.keySet().removeIf(r -> r.role() == Role.KILLER && victims.contains(r.actor()));
      Set<Actor> targets = d.fillers(Role.TARGET);
      roles.keySet().removeIf(r -> r.role() == Role.ATTACKER && targets.contains(r.actor()));
      if (roles.isEmpty() || (d.type() == EventType.KILLING && victims.isEmpty())
          || (d.type() == EventType.THREAT && d.fillers(Role.AGENT).isEmpty())) {
        continue;
      }
      List<RoleFiller> fillers = List.copyOf(roles.keySet());
      if (seen.add(List.of(d.type(), Set.copyOf(fillers)))) {
        String rule = String.join(",", new LinkedHashSet<>(roles.values()));
        events.add(new Event(d.type(), fillers, null, d.evidence().withRule(rule, CONFIDENCE)));
      }
    }
    return events;
  }
}
