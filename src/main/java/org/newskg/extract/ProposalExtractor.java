package org.newskg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.lexicon.Gazetteer;
import org.newskg.model.Actor;
import org.newskg.model.ActorIndex;
import org.newskg.model.ActorType;
import org.newskg.model.Evidence;
import org.newskg.model.Proposal;
import org.newskg.model.ProposalStep;
import org.newskg.model.ProposalStep.Stance;
import org.newskg.nlp.AnnotatedArticle;

/**
 * Proposals, plans and deals, and each move in their history: who proposes, backs, accepts,
 * rejects or doubts them ("Israel had accepted a U.S.-backed proposal", "Hamas was skeptical of
 * the ceasefire", "Hamas rejected it").
 *
 * <p>Within an article, a proposal named again ("the bridging proposal") or referred to ("the
 * proposal", "the ceasefire", "it") is the one last mentioned; "a new proposal" is another one.
 */
public final class ProposalExtractor {
  private static final double CONFIDENCE = 0.65;
  /** "U.S.-backed", "Egyptian-brokered": an actor and a verb in one hyphenated token. */
  private static final Pattern BY_ACTOR = Pattern.compile("(.+)-([a-z]+ed)");
  /** Relations from a stance word to the proposal it is about. */
  private static final Set<String> STANCE_OBJECT = Set.of("obj", "obl:to", "obl:of", "obl:about", "obl:over", "obl:on", "nmod:of", "nsubj:pass");
  /** Relations from a proposal to the terms it offers: "a proposal for a ceasefire and hostage release". */
  private static final Set<String> TERM_RELATIONS = Set.of("nmod:for", "nmod:on", "nmod:including", "nmod:of");

  private final WordLists words;
  private final Gazetteer gazetteer;

  private ProposalExtractor(WordLists words, Gazetteer gazetteer) {
    this.words = words;
    this.gazetteer = gazetteer;
  }

  public static ProposalExtractor load(Gazetteer gazetteer) {
    return new ProposalExtractor(ClaimWords.load(), gazetteer);
  }

  /** Proposals and their steps; a step reported by someone points at that statement. */
  public record Result(List<Proposal> proposals, List<ProposalStep> steps) {}

  public Result extract(AnnotatedArticle annotated, ActorIndex actors, Attribution attribution) {
    return new Run(annotated, ActorLookup.of(annotated, actors, gazetteer), attribution).extract();
  }

  /** A proposal being read: its name once known, its terms, where it is first mentioned. */
  private static final class Draft {
    String name;
    final String mention;
    final Set<String> terms = new LinkedHashSet<>();
    final Evidence evidence;

    Draft(String mention, Evidence evidence) {
      this.mention = mention;
      this.evidence = evidence;
    }
  }

  private final class Run {
    private final AnnotatedArticle annotated;
    private final ActorLookup lookup;
    private final Attribution attribution;
    private final List<Draft> drafts = new ArrayList<>();
    private final List<ProposalStep> steps = new ArrayList<>();
    private final Set<List<Object>> seenSteps = new LinkedHashSet<>();
    private Draft current;

    Run(AnnotatedArticle annotated, ActorLookup lookup, Attribution attribution) {
      this.annotated = annotated;
      this.lookup = lookup;
      this.attribution = attribution;
    }

    Result extract() {
      List<CoreMap> sentences = Sentences.of(annotated);
      for (int s = 0; s < sentences.size(); s++) {
        SemanticGraph graph = sentences.get(s).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (graph == null) {
          continue;
        }
        Evidence evidence = Sentences.evidence(annotated, sentences.get(s), CONFIDENCE, "proposal");
        for (IndexedWord word : graph.vertexListSorted()) {
          read(graph, word, s, evidence);
        }
      }
      // A plan nobody is said to propose, back, accept or reject ("working to flesh out a plan") is no proposal.
      List<Proposal> proposals = new ArrayList<>();
      List<ProposalStep> kept = new ArrayList<>();
      for (int i = 0; i < drafts.size(); i++) {
        int index = i;
        List<ProposalStep> own = steps.stream().filter(st -> st.proposal() == index).toList();
        if (!own.isEmpty()) {
          Draft d = drafts.get(i);
          proposals.add(new Proposal(d.name, d.mention, List.copyOf(d.terms), d.evidence));
          own.forEach(st -> kept.add(new ProposalStep(proposals.size() - 1, st.stance(), st.agents(), st.statement(), st.date(), st.evidence())));
        }
      }
      kept.sort(Comparator.comparingInt(st -> st.evidence().begin()));
      return new Result(proposals, kept);
    }

    private void read(SemanticGraph graph, IndexedWord word, int s, Evidence evidence) {
      String lemma = Trees.lemma(word);
      boolean pronoun = word.tag().startsWith("PRP") || word.tag().equals("DT");
      Optional<Stance> stance = stanceOver(graph, word);
      boolean proposalNoun = word.tag().startsWith("NN") && words.get("proposal").contains(lemma);
      boolean termNoun = word.tag().startsWith("NN") && words.get("proposal-term").contains(lemma) && stance.isPresent();
      boolean reference = pronoun && stance.isPresent() && current != null && !"obl:to".equals(relationToParent(graph, word));
      if (!(proposalNoun || termNoun || reference) || modifiesAnotherNoun(graph, word)) {
        return;
      }
      Draft draft = reference ? current : draftFor(graph, word, s, evidence);
      current = draft;
      if (!reference) {
        terms(graph, word, draft, termNoun);
        authors(graph, word, s, draft, evidence);
      }
      if (stance.isPresent()) {
        IndexedWord verb = graph.getParent(word);
        List<Actor> agents = agents(graph, verb, word, s);
        Stance st = Trees.negated(graph, verb) ? (stance.get() == Stance.ACCEPTED ? Stance.REJECTED : null) : stance.get();
        if (st != null && !agents.isEmpty()) {
          step(draft, st, agents, verb, graph, evidence.withRule("proposal." + st.name().toLowerCase(Locale.ROOT), CONFIDENCE));
        }
      }
    }

    /** The proposal a noun mentions: a named one again, the last one when definite, else a new one. */
    private Draft draftFor(SemanticGraph graph, IndexedWord noun, int s, Evidence evidence) {
      String name = nameOf(graph, noun, s);
      if (name != null) {
        for (Draft d : drafts) {
          if (name.equals(d.name)) {
            return d;
          }
        }
        if (current != null && current.name == null) {
          current.name = name;
          return current;
        }
      } else if (current != null && !indefinite(graph, noun)) {
        return current;
      }
      Draft draft = new Draft(phrase(graph, noun), evidence);
      draft.name = name;
      drafts.add(draft);
      return draft;
    }

    /**
     * "the bridging proposal": the words that single a proposal out, when they are neither its
     * authors ("Egyptian", "U.S.-backed"), its terms ("ceasefire"), nor generic ("new", "peace").
     */
    private String nameOf(SemanticGraph graph, IndexedWord noun, int s) {
      List<IndexedWord> naming = new ArrayList<>();
      for (SemanticGraphEdge edge : graph.outgoingEdgeList(noun)) {
        IndexedWord dep = edge.getDependent();
        String rel = edge.getRelation().toString();
        if ((rel.equals("compound") || rel.equals("amod")) && !dep.tag().equals("CD")
            && !words.get("proposal-generic").contains(Trees.lemma(dep)) && !words.get("proposal-term").contains(Trees.lemma(dep))
            && !BY_ACTOR.matcher(dep.word()).matches() && authorOf(graph, dep, s).isEmpty()
            && (dep.ner().equals("O") || placeNer(dep))) {
          naming.add(dep);
        }
      }
      if (naming.isEmpty()) {
        return null;
      }
      naming.add(noun);
      naming.sort(Comparator.comparingInt(IndexedWord::index));
      return String.join(" ", naming.stream().map(w -> w == noun ? Trees.lemma(w) : w.word().toLowerCase(Locale.ROOT)).toList());
    }

    /** "a proposal for a ceasefire and hostage release", or the term noun itself ("a three-day truce"). */
    private void terms(SemanticGraph graph, IndexedWord noun, Draft draft, boolean termNoun) {
      if (termNoun) {
        draft.terms.add(phrase(graph, noun));
      }
      for (SemanticGraphEdge edge : graph.outgoingEdgeList(noun)) {
        IndexedWord dep = edge.getDependent();
        if (TERM_RELATIONS.contains(edge.getRelation().toString()) && words.get("proposal-term").contains(Trees.lemma(dep))) {
          draft.terms.add(phrase(graph, dep));
        }
      }
    }

    /** Authors named on the noun: "the Egyptian proposal", "Whitman's plan", "a U.S.-backed proposal". */
    private void authors(SemanticGraph graph, IndexedWord noun, int s, Draft draft, Evidence evidence) {
      for (SemanticGraphEdge edge : graph.outgoingEdgeList(noun)) {
        IndexedWord dep = edge.getDependent();
        String rel = edge.getRelation().toString();
        Matcher byActor = BY_ACTOR.matcher(dep.word());
        if (rel.equals("amod") && byActor.matches()) {
          Stance stance = words.get("by-actor-backed").contains(byActor.group(2)) ? Stance.BACKED
              : words.get("by-actor-proposed").contains(byActor.group(2)) ? Stance.PROPOSED : null;
          Optional<Actor> actor = lookup.named(byActor.group(1));
          if (stance != null && actor.isPresent()) {
            step(draft, stance, List.of(actor.get()), noun, graph, evidence.withRule("proposal.by-actor", CONFIDENCE));
          }
        } else if (Set.of("amod", "compound", "nmod:poss").contains(rel)) {
          authorOf(graph, dep, s).ifPresent(actor ->
              step(draft, Stance.PROPOSED, List.of(actor), noun, graph, evidence.withRule("proposal.author", CONFIDENCE)));
        }
      }
    }

    /** An author is a person, organization or country; a place names a proposal ("the Doha framework"). */
    private Optional<Actor> authorOf(SemanticGraph graph, IndexedWord word, int s) {
      Optional<Actor> actor = lookup.at(graph, word, s);
      return (actor.isPresent() ? actor : "NATIONALITY".equals(word.ner()) ? lookup.named(word.word()) : Optional.<Actor>empty())
          .filter(a -> a.type() != ActorType.PLACE);
    }

    /** The stance of the word that governs a proposal mention: "accepted [the proposal]", "skeptical of [it]". */
    private Optional<Stance> stanceOver(SemanticGraph graph, IndexedWord word) {
      IndexedWord parent = graph.getParent(word);
      if (parent == null || !STANCE_OBJECT.contains(graph.reln(parent, word).toString())) {
        return Optional.empty();
      }
      String lemma = Trees.lemma(parent);
      boolean verb = parent.tag().startsWith("VB");
      if (verb && words.get("proposed").contains(lemma)) {
        return Optional.of(Stance.PROPOSED);
      } else if (verb && words.get("backed").contains(lemma)) {
        return Optional.of(Stance.BACKED);
      } else if (verb && words.get("accepted").contains(lemma)) {
        return Optional.of(Stance.ACCEPTED);
      } else if (verb && words.get("rejected").contains(lemma)) {
        return Optional.of(Stance.REJECTED);
      } else if (words.get("reserved").contains(lemma)) {
        return Optional.of(Stance.RESERVED);
      }
      return Optional.empty();
    }

    /** Who takes the stance: the subject, or in the passive the agent ("was accepted by Israel"). */
    private List<Actor> agents(SemanticGraph graph, IndexedWord verb, IndexedWord object, int s) {
      for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
        String rel = edge.getRelation().toString();
        boolean passive = graph.reln(verb, object).toString().equals("nsubj:pass");
        if (passive ? rel.equals("obl:agent") : rel.equals("nsubj")) {
          List<Actor> agents = lookup.withConjuncts(graph, edge.getDependent(), s);
          return agents.isEmpty() ? ownersOf(graph, edge.getDependent(), s) : agents;
        }
      }
      return List.of();
    }

    /** "Levin's security cabinet", "the Israeli cabinet": the actor a body belongs to. */
    private List<Actor> ownersOf(SemanticGraph graph, IndexedWord body, int s) {
      return graph.outgoingEdgeList(body).stream()
          .filter(e -> Set.of("nmod:poss", "amod", "compound").contains(e.getRelation().toString()))
          .map(e -> authorOf(graph, e.getDependent(), s))
          .flatMap(Optional::stream)
          .distinct()
          .toList();
    }

    private void step(Draft draft, Stance stance, List<Actor> agents, IndexedWord anchor, SemanticGraph graph, Evidence evidence) {
      int proposal = drafts.indexOf(draft);
      if (seenSteps.add(List.of(proposal, stance, agents, evidence.begin()))) {
        steps.add(new ProposalStep(proposal, stance, agents, attribution.statementAt(anchor.beginPosition()),
            Dates.ofClause(graph, anchor), evidence));
      }
    }

    private String phrase(SemanticGraph graph, IndexedWord noun) {
      List<IndexedWord> phrase = new ArrayList<>(List.of(noun));
      for (SemanticGraphEdge edge : graph.outgoingEdgeList(noun)) {
        String rel = edge.getRelation().toString();
        if (Set.of("amod", "compound", "nummod").contains(rel) || (rel.startsWith("nmod:of") && !edge.getDependent().tag().startsWith("NNP"))) {
          phrase.addAll(graph.descendants(edge.getDependent()));
        }
      }
      phrase.removeIf(w -> w.tag().equals("DT") && w.index() < noun.index() && phrase.stream().allMatch(o -> o.index() >= w.index()));
      int begin = phrase.stream().mapToInt(IndexedWord::beginPosition).min().orElseThrow();
      int end = phrase.stream().mapToInt(IndexedWord::endPosition).max().orElseThrow();
      return annotated.article().text().substring(begin, end);
    }
  }

  private static boolean placeNer(IndexedWord word) {
    return Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE").contains(word.ner());
  }

  private static boolean indefinite(SemanticGraph graph, IndexedWord noun) {
    return graph.outgoingEdgeList(noun).stream()
        .anyMatch(e -> e.getRelation().toString().equals("det") && Set.of("a", "an", "another").contains(Trees.lemma(e.getDependent())));
  }

  /** "ceasefire talks": a noun that only modifies another is no mention of a proposal. */
  private static boolean modifiesAnotherNoun(SemanticGraph graph, IndexedWord word) {
    String rel = relationToParent(graph, word);
    return rel != null && (rel.equals("compound") || rel.equals("amod"));
  }

  private static String relationToParent(SemanticGraph graph, IndexedWord word) {
    IndexedWord parent = graph.getParent(word);
    return parent == null ? null : graph.reln(parent, word).toString();
  }
}
