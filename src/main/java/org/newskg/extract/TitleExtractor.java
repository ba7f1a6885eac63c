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
    return new Result(new ArrayList<>(titles.values()), new ArrayList<>(affiliations.values()));
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
