package org.newskg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newskg.lexicon.DataFiles;
import org.newskg.model.Actor;
import org.newskg.model.ActorIndex;
import org.newskg.model.ActorType;
import org.newskg.model.AffiliationFact;
import org.newskg.model.TitleFact;
import org.newskg.nlp.AnnotatedArticle;

/** Posts and affiliations of persons, by the TokensRegex rules of {@code titles.rules}. */
public final class TitleExtractor {
  /** What one article yields. */
  public record Result(List<TitleFact> titles, List<AffiliationFact> affiliations) {}

  private static final Set<String> LEADING_NOISE = Set.of("a", "an", "the", "'s", ",");

  private final List<TokenRules.Rule> rules;
  private final Set<String> titleWords;

  private TitleExtractor(List<TokenRules.Rule> rules, Set<String> titleWords) {
    this.rules = rules;
    this.titleWords = titleWords;
  }

  /** Loads the bundled rules and lexicon. */
  public static TitleExtractor load() {
    Set<String> words = DataFiles.lines("/org/newskg/extract/title-words.txt").stream()
        .map(w -> w.strip().toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
    return new TitleExtractor(TokenRules.load("/org/newskg/extract/titles.rules"), words);
  }

  public Result extract(AnnotatedArticle annotated, ActorIndex actors) {
    // Keyed by (person, title) so that two rules or two sentences stating one post give one fact.
    Map<List<Object>, TitleFact> titles = new LinkedHashMap<>();
    Map<List<Object>, AffiliationFact> affiliations = new LinkedHashMap<>();
    List<CoreMap> sentences = Sentences.of(annotated);
    for (int s = 0; s < sentences.size(); s++) {
      List<CoreLabel> tokens = Sentences.tokens(sentences.get(s));
      for (TokenRules.Rule rule : rules) {
        TokenSequenceMatcher m = rule.pattern().getMatcher(tokens);
        while (m.find()) {
          Optional<Actor> person = actorOf(actors, s, m.start("$person"), m.end("$person"))
              .filter(a -> a.type() == ActorType.PERSON);
          int titleStart = m.start("$title");
          int titleEnd = m.end("$title");
          if (person.isEmpty() || titleStart < 0 || !containsTitleWord(tokens, titleStart, titleEnd)) {
            continue;
          }
          var evidence = Sentences.evidence(annotated, sentences.get(s), rule.confidence(), rule.id());
          String title = cleanTitle(Sentences.span(annotated, tokens, titleStart, titleEnd));
          if (!title.isEmpty()) {
            titles.putIfAbsent(List.of(person.get(), title.toLowerCase(Locale.ROOT)), new TitleFact(person.get(), title, evidence));
          }
          if (m.start("$aff") >= 0) {
            actorOf(actors, s, m.start("$aff"), m.end("$aff"))
                .filter(org -> org.type() == ActorType.ORGANIZATION || org.type() == ActorType.COUNTRY)
                .ifPresent(org -> affiliations.putIfAbsent(List.of(person.get(), org), new AffiliationFact(person.get(), org, evidence)));
          }
        }
      }
    }
    addContextAffiliations(annotated, actors, titles.values(), affiliations);
    return new Result(new ArrayList<>(titles.values()), new ArrayList<>(affiliations.values()));
  }

  /**
   * A titled person with no stated affiliation belongs to the one organization the sentence names:
   * "Hezbollah threatening retaliation for the killing of senior commander Fuad Shukr".
   */
  private static void addContextAffiliations(AnnotatedArticle annotated, ActorIndex actors,
      java.util.Collection<TitleFact> titles, Map<List<Object>, AffiliationFact> affiliations) {
    Set<Actor> affiliated = affiliations.values().stream().map(AffiliationFact::person).collect(Collectors.toSet());
    List<CoreMap> sentences = Sentences.of(annotated);
    for (TitleFact title : titles) {
      if (affiliated.contains(title.person())) {
        continue;
      }
      int s = sentenceIndex(sentences, title.evidence().begin());
      Set<Actor> organizations = new java.util.LinkedHashSet<>();
      for (int t = 0; t < Sentences.tokens(sentences.get(s)).size(); t++) {
        actors.actorAt(s, t).filter(a -> a.type() == ActorType.ORGANIZATION).ifPresent(organizations::add);
      }
      if (organizations.size() == 1) {
        Actor org = organizations.iterator().next();
        affiliations.putIfAbsent(List.of(title.person(), org), new AffiliationFact(title.person(), org,
            title.evidence().withRule(CONTEXT_RULE, CONTEXT_CONFIDENCE)));
        affiliated.add(title.person());
      }
    }
  }

  private static final String CONTEXT_RULE = "affiliation.sentence-organization";
  private static final double CONTEXT_CONFIDENCE = 0.5;

  private static int sentenceIndex(List<CoreMap> sentences, int charOffset) {
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).get(edu.stanford.nlp.ling.CoreAnnotations.CharacterOffsetBeginAnnotation.class) == charOffset) {
        return i;
      }
    }
    throw new IllegalStateException("no sentence at offset " + charOffset);
  }

  /** The actor of the last mention in a span: the head of "Iraq's Popular Mobilization Forces". */
  private static Optional<Actor> actorOf(ActorIndex actors, int sentence, int start, int end) {
    if (start < 0) {
      return Optional.empty();
    }
    for (int t = end - 1; t >= start; t--) {
      Optional<Actor> actor = actors.actorAt(sentence, t);
      if (actor.isPresent()) {
        return actor;
      }
    }
    return Optional.empty();
  }

  private boolean containsTitleWord(List<CoreLabel> tokens, int start, int end) {
    for (CoreLabel token : tokens.subList(start, end)) {
      if ("TITLE".equals(token.ner()) || titleWords.contains(token.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static String cleanTitle(String title) {
    String[] words = title.strip().split("\\s+");
    int from = 0;
    while (from < words.length && LEADING_NOISE.contains(words[from].toLowerCase(Locale.ROOT))) {
      from++;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
  }
}
