package org.newskg.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.lexicon.Gazetteer;
import org.newskg.model.Actor;
import org.newskg.model.ActorIndex;
import org.newskg.model.Evidence;
import org.newskg.model.Source;
import org.newskg.model.Statement;
import org.newskg.nlp.AnnotatedArticle;

/**
 * Who said what: direct quotes, attributed by CoreNLP's quote annotator, and reported speech read
 * off the dependency tree ("Egypt told the AP that Hamas was skeptical", "according to Carver").
 */
public final class StatementExtractor {
  private static final double QUOTE_CONFIDENCE = 0.8;
  private static final double REPORTED_CONFIDENCE = 0.7;
  /** Shorter quotes are scare quotes or single words ("flesh out", 'yes'), not statements. */
  private static final int MIN_QUOTE_TOKENS = 4;
  private static final Set<String> AUDIENCE = Set.of("obj", "iobj", "obl:to");
  /** Speech verbs whose object is what was said, not who was told: "vowed revenge", "denied involvement". */
  private static final Set<String> OBJECT_IS_CONTENT = Set.of("vow", "pledge", "promise", "deny", "dismiss", "refute", "claim", "announce", "confirm");

  private final Set<String> speech;
  private final Set<String> denial;
  private final Set<String> sourceNouns;
  private final Set<String> sourceModifiers;
  private final Set<String> figureSource;
  private final Set<String> figureNouns;
  private final Gazetteer gazetteer;

  private StatementExtractor(WordLists words, Gazetteer gazetteer) {
    this.speech = words.get("speech");
    this.denial = words.get("denial");
    this.sourceNouns = words.get("source");
    this.sourceModifiers = words.get("source-modifier");
    this.figureSource = words.get("figure-source");
    this.figureNouns = words.get("figure-noun");
    this.gazetteer = gazetteer;
  }

  public static StatementExtractor load(Gazetteer gazetteer) {
    return new StatementExtractor(ClaimWords.load(), gazetteer);
  }

  /** The statements of an article, in text order. */
  public List<Statement> extract(AnnotatedArticle annotated, ActorIndex actors) {
    return new Run(annotated, ActorLookup.of(annotated, actors, gazetteer)).extract();
  }

  private final class Run {
    private final AnnotatedArticle annotated;
    private final ActorLookup lookup;
    private final List<CoreMap> sentences;
    private final List<Statement> out = new ArrayList<>();

    Run(AnnotatedArticle annotated, ActorLookup lookup) {
      this.annotated = annotated;
      this.lookup = lookup;
      this.sentences = Sentences.of(annotated);
    }

    List<Statement> extract() {
      quotes();
      for (int s = 0; s < sentences.size(); s++) {
        SemanticGraph graph = graph(s);
        if (graph != null) {
          reported(s, graph);
        }
      }
      out.sort(Comparator.comparingInt(Statement::contentBegin));
      return out;
    }

    /** Direct quotes whose speaker the quote annotator found at a mention in the text. */
    private void quotes() {
      List<CoreMap> quotes = annotated.annotation().get(CoreAnnotations.QuotationsAnnotation.class);
      List<CoreLabel> tokens = annotated.annotation().get(CoreAnnotations.TokensAnnotation.class);
      if (quotes == null) {
        return;
      }
      for (CoreMap quote : quotes) {
        Integer mention = quote.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
        List<CoreLabel> quoted = quote.get(CoreAnnotations.TokensAnnotation.class);
        if (mention == null || quoted == null || quoted.size() < MIN_QUOTE_TOKENS + 2) {
          continue;
        }
        CoreLabel head = tokens.get(mention);
        int s = head.sentIndex();
        SemanticGraph graph = graph(s);
        IndexedWord word = graph == null ? null : graph.getNodeByIndexSafe(head.index());
        if (word == null) {
          continue;
        }
        Optional<Source> speaker = speaker(graph, word, s);
        if (speaker.isEmpty()) {
          continue;
        }
        int begin = quote.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = quote.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        String text = annotated.article().text();
        // The content is what is between the quotation marks.
        int contentBegin = begin + 1;
        int contentEnd = end - 1;
        IndexedWord verb = speechVerbNear(graph, word);
        int firstSentence = quoted.get(0).sentIndex();
        Evidence evidence = evidence(Math.min(firstSentence, s), Math.max(quoted.get(quoted.size() - 1).sentIndex(), s), QUOTE_CONFIDENCE, "statement.quote");
        Statement.Kind kind = verb != null && denial.contains(Trees.lemma(verb)) ? Statement.Kind.DENIAL : Statement.Kind.CLAIM;
        out.add(statement(speaker.get(), kind, true, true, text.substring(contentBegin, contentEnd).strip(), contentBegin, contentEnd,
            graph, verb, s, evidence));
      }
    }

    /** "X said (that) ...", "..., X said", "X denied that ...", "according to X, ...". */
    private void reported(int s, SemanticGraph graph) {
      for (IndexedWord word : graph.vertexListSorted()) {
        String lemma = Trees.lemma(word);
        boolean denies = denial.contains(lemma);
        if (word.tag().startsWith("VB") && (speech.contains(lemma) || denies || figureSource.contains(lemma))) {
          List<IndexedWord> content = contentOf(graph, word, lemma);
          // "vowed revenge for the killing": the object is the topic; the killing is no report of the speaker's.
          boolean reporting = content.stream().noneMatch(c -> !c.equals(word) && graph.reln(word, c).toString().equals("obj"));
          IndexedWord subject = Trees.child(graph, word, "nsubj");
          if (Trees.negated(graph, word)) {
            // "Israel has not confirmed its role" states nothing.
            continue;
          }
          IndexedWord reportedClause = reportedBefore(graph, word);
          if ((content.isEmpty() && reportedClause == null) || subject == null) {
            continue;
          }
          Optional<Source> speaker = speaker(graph, subject, s);
          int[] span = content.isEmpty() ? clauseBefore(graph, reportedClause, word) : span(graph, content);
          if (speaker.isPresent() && !insideQuote(span)) {
            out.add(statement(speaker.get(), denies ? Statement.Kind.DENIAL : Statement.Kind.CLAIM, false, reporting,
                annotated.article().text().substring(span[0], span[1]), span[0], span[1], graph, word, s,
                evidence(s, s, REPORTED_CONFIDENCE, denies ? "statement.denial" : "statement.reported")));
          }
        }
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(word)) {
          // "According to X" on a speech verb names the outlet that relayed it, not a second speaker.
          if (edge.getRelation().toString().equals("obl:according_to") && !speech.contains(lemma)) {
            according(s, graph, word, edge.getDependent());
          }
        }
      }
    }

    private void according(int s, SemanticGraph graph, IndexedWord clause, IndexedWord source) {
      Optional<Source> speaker = speaker(graph, source, s);
      if (speaker.isEmpty()) {
        return;
      }
      // What X says is the rest of the sentence: the clause without "according to X".
      List<IndexedWord> rest = new ArrayList<>(graph.descendants(clause));
      rest.removeAll(graph.descendants(source));
      rest.removeIf(w -> w.tag().equals(",") || w.tag().equals("."));
      int[] span = span(rest);
      out.add(new Statement(speaker.get(), Statement.Kind.CLAIM, false, true, annotated.article().text().substring(span[0], span[1]),
          span[0], span[1], null, null, null, evidence(s, s, REPORTED_CONFIDENCE, "statement.according-to")));
    }

    private Statement statement(Source speaker, Statement.Kind kind, boolean quoted, boolean reporting, String content, int begin, int end,
        SemanticGraph graph, IndexedWord verb, int s, Evidence evidence) {
      Actor audience = null;
      String audienceText = null;
      LocalDate date = null;
      if (verb != null) {
        IndexedWord told = AUDIENCE.stream().map(rel -> Trees.child(graph, verb, rel)).filter(w -> w != null && w.tag().startsWith("NN")).findFirst().orElse(null);
        if (told != null && !OBJECT_IS_CONTENT.contains(Trees.lemma(verb)) && !figureSource.contains(Trees.lemma(verb))) {
          audience = lookup.at(graph, told, s).orElse(null);
          audienceText = audience == null ? phrase(graph, told) : null;
        }
        date = Dates.ofClause(graph, verb);
      }
      return new Statement(speaker, kind, quoted, reporting, content, begin, end, audience, audienceText, date, evidence);
    }

    /** "Hamas rejected the proposal, an official told Reuters": the clause the speech verb hangs on. */
    private IndexedWord reportedBefore(SemanticGraph graph, IndexedWord verb) {
      IndexedWord clause = graph.incomingEdgeList(verb).stream()
          .filter(e -> Set.of("parataxis", "dep").contains(e.getRelation().toString()) && e.getGovernor().index() < verb.index())
          .map(SemanticGraphEdge::getGovernor)
          .findFirst()
          .orElse(null);
      // The parser may hang "..., media said" on the last clause ("to oversee the truce"): the
      // speaker reports the whole sentence before it.
      while (clause != null && graph.getParent(clause) != null && graph.getParent(clause).index() < verb.index()) {
        clause = graph.getParent(clause);
      }
      return clause;
    }

    /** The reported clause without the speech verb's own words. */
    private int[] clauseBefore(SemanticGraph graph, IndexedWord clause, IndexedWord verb) {
      List<IndexedWord> words = new ArrayList<>(graph.descendants(clause));
      words.removeAll(graph.descendants(verb));
      words.removeIf(w -> w.index() > verb.index() || w.tag().equals(".") || w.tag().equals(","));
      return span(words);
    }

    /** The clause a speech verb reports: its complement, or the clause before "..., X said". */
    private List<IndexedWord> contentOf(SemanticGraph graph, IndexedWord verb, String lemma) {
      List<IndexedWord> content = new ArrayList<>();
      for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
        String rel = edge.getRelation().toString();
        IndexedWord dep = edge.getDependent();
        if (figureSource.contains(lemma) && rel.equals("obj") && figureNouns.contains(Trees.lemma(dep))) {
          // "the RSF put the death toll at about 800": the whole clause is the RSF's figure.
          return new ArrayList<>(List.of(verb));
        }
        if (rel.equals("ccomp")
            || (Set.of("advcl", "parataxis", "dep").contains(rel) && dep.index() < verb.index() && dep.tag().startsWith("VB"))
            || (rel.equals("obj") && OBJECT_IS_CONTENT.contains(lemma) && !dep.tag().startsWith("PRP"))) {
          content.add(dep);
        }
      }
      return content;
    }

    /**
     * The source a word names: an actor (directly or through coreference), or an unnamed source
     * ("a senior Hamas official") described as written and tied to the actor it speaks for.
     */
    private Optional<Source> speaker(SemanticGraph graph, IndexedWord word, int s) {
      Optional<Actor> actor = lookup.at(graph, word, s);
      if (actor.isPresent()) {
        return actor.map(Source::named);
      }
      if (!sourceNouns.contains(Trees.lemma(word))) {
        return Optional.empty();
      }
      Actor affiliation = null;
      List<IndexedWord> description = new ArrayList<>(List.of(word));
      for (SemanticGraphEdge edge : graph.outgoingEdgeList(word)) {
        String rel = edge.getRelation().toString();
        IndexedWord dep = edge.getDependent();
        Optional<Actor> of = lookup.at(graph, dep, s).or(() -> demonym(dep));
        if (Set.of("amod", "compound", "nummod").contains(rel) && (of.isPresent() || sourceModifiers.contains(Trees.lemma(dep)) || dep.tag().equals("CD"))) {
          description.add(dep);
          if (affiliation == null) {
            affiliation = of.orElse(null);
          }
        } else if ((rel.equals("nmod:poss") || rel.equals("nmod:from") || rel.equals("nmod:of") || rel.equals("nmod:with")) && of.isPresent() && affiliation == null) {
          affiliation = of.get();
        }
      }
      description.sort(Comparator.comparingInt(IndexedWord::index));
      String text = description.stream().map(IndexedWord::word).reduce((a, b) -> a + " " + b).orElseThrow();
      return Optional.of(Source.unnamed(text, affiliation));
    }

    private Optional<Actor> demonym(IndexedWord word) {
      return "NATIONALITY".equals(word.ner()) || word.tag().equals("JJ") ? lookup.named(word.word()) : Optional.empty();
    }

    /** The speech verb whose subject the quote's speaker mention is, or one within a few words of it. */
    private IndexedWord speechVerbNear(SemanticGraph graph, IndexedWord mention) {
      for (SemanticGraphEdge edge : graph.incomingEdgeList(mention)) {
        if (edge.getRelation().toString().startsWith("nsubj") && isSpeech(edge.getGovernor())) {
          return edge.getGovernor();
        }
      }
      return graph.vertexListSorted().stream()
          .filter(this::isSpeech)
          .filter(w -> Math.abs(w.index() - mention.index()) <= 4)
          .min(Comparator.comparingInt(w -> Math.abs(w.index() - mention.index())))
          .orElse(null);
    }

    private boolean isSpeech(IndexedWord word) {
      return word.tag().startsWith("VB") && (speech.contains(Trees.lemma(word)) || denial.contains(Trees.lemma(word)));
    }

    private boolean insideQuote(int[] span) {
      return out.stream().anyMatch(q -> q.quoted() && span[0] < q.contentEnd() + 1 && span[1] > q.contentBegin() - 1);
    }

    /** A noun phrase as written: the word with its determiners and modifiers ("the press"). */
    private String phrase(SemanticGraph graph, IndexedWord word) {
      List<IndexedWord> words = new ArrayList<>(List.of(word));
      graph.outgoingEdgeList(word).stream()
          .filter(e -> Set.of("det", "amod", "compound").contains(e.getRelation().toString()))
          .forEach(e -> words.add(e.getDependent()));
      int[] span = span(words);
      return annotated.article().text().substring(span[0], span[1]);
    }

    private int[] span(SemanticGraph graph, List<IndexedWord> roots) {
      List<IndexedWord> words = new ArrayList<>();
      for (IndexedWord root : roots) {
        words.addAll(graph.descendants(root));
      }
      // A clause's own "that" or "while" is how it is said, not what.
      for (IndexedWord root : roots) {
        graph.outgoingEdgeList(root).stream()
            .filter(e -> e.getRelation().toString().equals("mark") || e.getRelation().toString().equals("dep") && e.getDependent().word().equalsIgnoreCase("that"))
            .map(SemanticGraphEdge::getDependent)
            .filter(m -> words.stream().allMatch(o -> o.index() >= m.index()))
            .forEach(words::remove);
      }
      words.removeIf(w -> w.tag().equals(".") || w.tag().equals(",") && words.stream().allMatch(o -> o.index() <= w.index()));
      return span(words);
    }

    private int[] span(List<IndexedWord> words) {
      int begin = words.stream().mapToInt(IndexedWord::beginPosition).min().orElseThrow();
      int end = words.stream().mapToInt(IndexedWord::endPosition).max().orElseThrow();
      return new int[] {begin, end};
    }

    private Evidence evidence(int first, int last, double confidence, String rule) {
      int begin = sentences.get(first).get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = sentences.get(last).get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      return new Evidence(annotated.article().text().substring(begin, end), begin, end, confidence, rule);
    }

    private SemanticGraph graph(int sentence) {
      return sentences.get(sentence).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    }
  }
}
