package org.newskg.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.lexicon.Gazetteer;
import org.newskg.model.Actor;
import org.newskg.model.ActorIndex;
import org.newskg.model.Event;
import org.newskg.model.EventType;
import org.newskg.model.Evidence;
import org.newskg.model.Quantity;
import org.newskg.model.Quantity.Measure;
import org.newskg.model.Quantity.Qualifier;
import org.newskg.nlp.AnnotatedArticle;

/**
 * Figures the article gives: casualty counts ("killing 1,250 people", "the death toll had
 * surpassed 40,000"), captives, displaced people, and the durations of proposed pauses ("a
 * six-week pause"). A number counts only when the words around it say what it counts; "four
 * conversations" is no figure.
 */
public final class QuantityExtractor {
  private static final double CONFIDENCE = 0.7;
  /** ISO 8601 durations as SUTime normalizes "six-week" (P6W) or "three-day" (P3D). */
  private static final Pattern DURATION = Pattern.compile("P(\\d+)([DWMY])");
  /** Verbs that give a figure to their subject or object: "the toll rose to 300", "put the toll at 800". */
  private static final Set<String> FIGURE_VERBS = Set.of("reach", "hit", "rise", "climb", "stand", "put", "jump", "increase", "be");

  private final WordLists words;
  private final Gazetteer gazetteer;

  private QuantityExtractor(WordLists words, Gazetteer gazetteer) {
    this.words = words;
    this.gazetteer = gazetteer;
  }

  public static QuantityExtractor load(Gazetteer gazetteer) {
    return new QuantityExtractor(ClaimWords.load(), gazetteer);
  }

  /**
   * The figures of an article, each with the statement that gives it (by {@code attribution}) and
   * the event of its sentence it counts the victims of, if any.
   */
  public List<Quantity> extract(AnnotatedArticle annotated, ActorIndex actors, Attribution attribution, List<Event> events) {
    ActorLookup lookup = ActorLookup.of(annotated, actors, gazetteer);
    List<Quantity> out = new ArrayList<>();
    List<CoreMap> sentences = Sentences.of(annotated);
    for (int s = 0; s < sentences.size(); s++) {
      SemanticGraph graph = sentences.get(s).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      if (graph == null) {
        continue;
      }
      Evidence evidence = Sentences.evidence(annotated, sentences.get(s), CONFIDENCE, "quantity");
      for (IndexedWord word : graph.vertexListSorted()) {
        Optional<Figure> figure = duration(graph, word).or(() -> count(graph, word));
        if (figure.isEmpty()) {
          continue;
        }
        Figure f = figure.get();
        Actor group = f.counted == null ? null : group(graph, f.counted, s, lookup);
        out.add(new Quantity(f.value, f.qualifier, f.measure, f.countedText, group,
            attribution.statementAt(word.beginPosition()), eventOf(events, f.measure, evidence.begin()),
            Dates.ofClause(graph, f.anchor), evidence.withRule("quantity." + f.measure.name().toLowerCase(Locale.ROOT), CONFIDENCE)));
      }
    }
    return out;
  }

  /** A figure found: its value, what it measures, the counted noun (if any) and the word it hangs on. */
  private record Figure(long value, Qualifier qualifier, Measure measure, IndexedWord counted, String countedText, IndexedWord anchor) {}

  /** "a six-week pause": one hyphenated token SUTime reads as a duration, modifying a pause. */
  private Optional<Figure> duration(SemanticGraph graph, IndexedWord word) {
    String normalized = word.backingLabel().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    if (!"DURATION".equals(word.ner()) || normalized == null) {
      return Optional.empty();
    }
    Matcher m = DURATION.matcher(normalized);
    IndexedWord head = graph.getParent(word);
    if (!m.matches() || head == null || !words.get("duration-of").contains(Trees.lemma(head))) {
      return Optional.empty();
    }
    String unit = switch (m.group(2)) {
      case "D" -> "day";
      case "W" -> "week";
      case "M" -> "month";
      default -> "year";
    };
    return Optional.of(new Figure(Long.parseLong(m.group(1)), Qualifier.EXACTLY, Measure.DURATION, null, unit, head));
  }

  /** A number that counts the dead, wounded, captive or displaced. */
  private Optional<Figure> count(SemanticGraph graph, IndexedWord word) {
    Long value = number(word);
    if (value == null) {
      return Optional.empty();
    }
    Qualifier qualifier = qualifier(graph, word);
    IndexedWord parent = graph.getParent(word);
    if (parent == null) {
      return Optional.empty();
    }
    String rel = graph.reln(parent, word).toString();
    if (rel.equals("nummod")) {
      // "1,250 people" in "killing 1,250 people": the noun, then the verb it is an argument of.
      IndexedWord noun = parent;
      Optional<Measure> measure = measureOf(noun);
      IndexedWord verb = graph.getParent(noun);
      if (measure.isEmpty() && verb != null && Set.of("obj", "nsubj:pass", "nsubj").contains(graph.reln(verb, noun).toString())) {
        measure = measureOf(verb);
      }
      return measure.map(m -> new Figure(value, qualifier, m, noun, phrase(graph, noun, word), verb == null ? noun : verb));
    }
    // "wounding 45": the number is the verb's argument.
    Optional<Measure> direct = measureOf(parent);
    if (direct.isPresent() && rel.equals("obj")) {
      return Optional.of(new Figure(value, qualifier, direct.get(), null, parent.word(), parent));
    }
    // "the death toll had surpassed 40,000", "put the death toll at about 800": the verb's other argument says what.
    boolean lowerBound = words.get("more-than").contains(Trees.lemma(parent));
    if (lowerBound || FIGURE_VERBS.contains(Trees.lemma(parent))) {
      for (SemanticGraphEdge edge : graph.outgoingEdgeList(parent)) {
        IndexedWord other = edge.getDependent();
        if (!other.equals(word) && Set.of("nsubj", "obj").contains(edge.getRelation().toString())) {
          Optional<Measure> measure = measureOf(other);
          if (measure.isPresent()) {
            Qualifier q = lowerBound && qualifier == Qualifier.EXACTLY ? Qualifier.MORE_THAN : qualifier;
            return Optional.of(new Figure(value, q, measure.get(), other, phrase(graph, other, null), parent));
          }
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Measure> measureOf(IndexedWord word) {
    String lemma = Trees.lemma(word);
    if (words.get("deaths").contains(lemma)) {
      return Optional.of(Measure.DEATHS);
    } else if (words.get("injuries").contains(lemma)) {
      return Optional.of(Measure.INJURIES);
    } else if (words.get("captives").contains(lemma)) {
      return Optional.of(Measure.CAPTIVES);
    } else if (words.get("displaced").contains(lemma)) {
      return Optional.of(Measure.DISPLACED);
    }
    return Optional.empty();
  }

  /** "more than 1,200", "at least 300", "about 800", "up to 30", "fewer than 50". */
  private Qualifier qualifier(SemanticGraph graph, IndexedWord number) {
    for (SemanticGraphEdge edge : graph.outgoingEdgeList(number)) {
      String lemma = Trees.lemma(edge.getDependent());
      if (words.get("at-least").contains(lemma)) {
        return Qualifier.AT_LEAST;
      } else if (words.get("more-than").contains(lemma)) {
        return Qualifier.MORE_THAN;
      } else if (words.get("fewer-than").contains(lemma)) {
        return Qualifier.FEWER_THAN;
      } else if (words.get("at-most").contains(lemma)) {
        return Qualifier.AT_MOST;
      } else if (words.get("about").contains(lemma)) {
        return Qualifier.ABOUT;
      }
    }
    Matcher m = normalized(number);
    String sign = m == null || m.group(1) == null ? "" : m.group(1);
    return switch (sign) {
      case ">=" -> Qualifier.AT_LEAST;
      case ">" -> Qualifier.MORE_THAN;
      case "<=" -> Qualifier.AT_MOST;
      case "<" -> Qualifier.FEWER_THAN;
      case "~" -> Qualifier.ABOUT;
      default -> Qualifier.EXACTLY;
    };
  }

  /** Whose people are counted: "the Palestinian death toll", "300 Palestinians". */
  private static Actor group(SemanticGraph graph, IndexedWord counted, int s, ActorLookup lookup) {
    Optional<Actor> own = lookup.at(graph, counted, s).or(() -> lookup.named(counted.word()));
    if (own.isPresent()) {
      return own.get();
    }
    return graph.outgoingEdgeList(counted).stream()
        .filter(e -> Set.of("amod", "compound", "nmod:poss").contains(e.getRelation().toString()))
        .map(e -> lookup.at(graph, e.getDependent(), s).or(() -> lookup.named(e.getDependent().word())))
        .flatMap(Optional::stream)
        .findFirst()
        .orElse(null);
  }

  /** The event of the same sentence the figure counts: a killing for deaths, else the attack. */
  private static int eventOf(List<Event> events, Measure measure, int sentenceBegin) {
    if (!measure.casualties()) {
      return -1;
    }
    List<EventType> preferred = measure == Measure.DEATHS ? List.of(EventType.KILLING, EventType.ATTACK) : List.of(EventType.ATTACK, EventType.KILLING);
    for (EventType type : preferred) {
      for (int i = 0; i < events.size(); i++) {
        if (events.get(i).type() == type && events.get(i).evidence().begin() == sentenceBegin) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * The value of a number token ("1,250", "six", "1.9 million"), or null for anything else. CoreNLP
   * normalizes "at least 300" to "&gt;=300.0": the sign is kept as the number's qualifier.
   */
  private static Long number(IndexedWord word) {
    Matcher m = normalized(word);
    if (m == null) {
      return null;
    }
    double value = Double.parseDouble(m.group(2));
    return value >= 1 && value < 1e10 && value == Math.rint(value) ? (long) value : null;
  }

  private static Matcher normalized(IndexedWord word) {
    String normalized = word.backingLabel().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    if (!"NUMBER".equals(word.ner()) || normalized == null) {
      return null;
    }
    Matcher m = NORMALIZED_NUMBER.matcher(normalized);
    return m.matches() ? m : null;
  }

  private static final Pattern NORMALIZED_NUMBER = Pattern.compile("([<>~]=?)?(\\d+(?:\\.\\d+)?(?:E\\d+)?)");

  /** The counted noun with its modifiers, without the number: "Palestinian death toll", "civilians". */
  private static String phrase(SemanticGraph graph, IndexedWord noun, IndexedWord number) {
    List<IndexedWord> words = new ArrayList<>(List.of(noun));
    graph.outgoingEdgeList(noun).stream()
        .filter(e -> Set.of("amod", "compound").contains(e.getRelation().toString()))
        .map(SemanticGraphEdge::getDependent)
        .filter(w -> w != number)
        .forEach(words::add);
    words.sort(Comparator.comparingInt(IndexedWord::index));
    return String.join(" ", words.stream().map(IndexedWord::word).toList());
  }
}
