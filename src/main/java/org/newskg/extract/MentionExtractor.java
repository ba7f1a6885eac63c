package org.newskg.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newskg.lexicon.Gazetteer;
import org.newskg.model.ActorType;
import org.newskg.model.Mention;
import org.newskg.nlp.AnnotatedArticle;

/** Named mentions of actors, from CoreNLP's entity mentions, typed and canonicalized by the gazetteer. */
public final class MentionExtractor {
  private final Gazetteer gazetteer;
  private final PostWords posts;

  public MentionExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.posts = PostWords.load();
  }

  public List<Mention> extract(AnnotatedArticle annotated) {
    List<Mention> mentions = new ArrayList<>();
    CorefChains chains = CorefChains.of(annotated);
    List<CoreMap> sentences = Sentences.of(annotated);
    for (int s = 0; s < sentences.size(); s++) {
      Mention previous = null;
      for (CoreMap entity : sentences.get(s).get(CoreAnnotations.MentionsAnnotation.class)) {
        Optional<Mention> mention = toMention(s, entity, chains,
            sentences.get(s).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class),
            sentences.get(s).get(CoreAnnotations.TokensAnnotation.class));
        if (mention.isEmpty()) {
          continue;
        }
        Mention m = mention.get();
        if (previous != null && adjacentPlaces(previous, m)) {
          // "Baghdad International Airport": NER splits it into CITY + LOCATION; it is one place.
          m = new Mention(previous.text() + " " + m.text(), null, ActorType.PLACE, s,
              previous.tokenBegin(), m.tokenEnd(), m.corefCluster());
          mentions.remove(mentions.size() - 1);
        }
        mentions.add(m);
        previous = m;
      }
    }
    return mentions;
  }

  private static boolean adjacentPlaces(Mention first, Mention second) {
    return first.type() == ActorType.PLACE && second.type() == ActorType.PLACE && first.tokenEnd() == second.tokenBegin()
        && first.canonical() == null && second.canonical() == null;
  }

  /** Whether the word is the subject of a verb: the capital speaks or acts, it is not a place. */
  private static boolean actsAsSubject(SemanticGraph graph, CoreLabel head) {
    if (graph == null) {
      return false;
    }
    IndexedWord word = graph.getNodeByIndexSafe(head.index());
    return word != null && graph.getIncomingEdgesSorted(word).stream().anyMatch(e -> e.getRelation().getShortName().equals("nsubj")
            && e.getGovernor().tag() != null && e.getGovernor().tag().startsWith("VB"));
  }

  /** "CAIRO, May 21 -": a place that opens the sentence before a comma or dash is a dateline, never an actor. */
  private static boolean opensDateline(CoreMap entity, List<CoreLabel> sentenceTokens) {
    List<CoreLabel> tokens = entity.get(CoreAnnotations.TokensAnnotation.class);
    int end = tokens.get(tokens.size() - 1).index();
    return tokens.get(0).index() == 1 && end < sentenceTokens.size()
        && sentenceTokens.get(end).word().matches("[,(]|-+|--|\\p{Pd}");
  }

  private Optional<Mention> toMention(int sentence, CoreMap entity, CorefChains chains, SemanticGraph graph, List<CoreLabel> sentenceTokens) {
    String text = entity.get(CoreAnnotations.TextAnnotation.class);
    String ner = entity.get(CoreAnnotations.NamedEntityTagAnnotation.class);
    List<CoreLabel> tokens = entity.get(CoreAnnotations.TokensAnnotation.class);
    // Names only: coreference adds pronoun mentions ("he") that carry a NER tag too.
    if (text == null || ner == null || tokens.isEmpty() || !Character.isUpperCase(text.codePointAt(0))
        || tokens.get(0).tag().startsWith("PRP")) {
      return Optional.empty();
    }
    Optional<Gazetteer.Entry> known = gazetteer.byName(text);
    ActorType type;
    String canonical = known.map(Gazetteer.Entry::name).orElse(null);
    switch (ner) {
      case "PERSON" -> type = ActorType.PERSON;
      case "ORGANIZATION" -> {
        Optional<Mention> country = countryOfPost(sentence, tokens, sentenceTokens, chains);
        if (country.isPresent()) {
          return country;
        }
        type = known.map(Gazetteer.Entry::type).orElse(ActorType.ORGANIZATION);
      }
      case "COUNTRY" -> type = ActorType.COUNTRY;
      case "CITY", "STATE_OR_PROVINCE", "LOCATION" -> {
        type = known.map(Gazetteer.Entry::type).orElse(ActorType.PLACE);
        Optional<Gazetteer.Entry> country = known.isEmpty() ? gazetteer.byCapital(text) : Optional.empty();
        if (country.isPresent() && !opensDateline(entity, sentenceTokens) && actsAsSubject(graph, tokens.get(tokens.size() - 1))) {
          // "Washington said", "Tehran vowed": a capital acting is its government.
          type = ActorType.COUNTRY;
          canonical = country.get().name();
        }
      }
      case "IDEOLOGY", "RELIGION", "MISC" -> {
        // CoreNLP's gazetteers call some armed groups ideologies ("al-Qaeda"); ours knows better.
        if (known.isEmpty() || known.get().type() != ActorType.ORGANIZATION) {
          return Optional.empty();
        }
        type = ActorType.ORGANIZATION;
      }
      case "NATIONALITY" -> {
        // "Israeli Prime Minister", "the Americans": a demonym stands for its country.
        Optional<Gazetteer.Entry> country = gazetteer.byDemonym(text);
        if (country.isEmpty()) {
          if (known.isEmpty()) {
            return Optional.empty();
          }
          type = known.get().type();
        } else {
          type = ActorType.COUNTRY;
          canonical = country.get().name();
        }
      }
      default -> {
        return Optional.empty();
      }
    }
    CoreLabel head = tokens.get(tokens.size() - 1);
    return Optional.of(new Mention(
        text,
        canonical,
        type,
        sentence,
        tokens.get(0).index() - 1,
        head.index(),
        chains.chainAt(sentence, head.index() - 1)));
  }

  /**
   * "U.S. Defense Secretary Lloyd Austin": NER takes "U.S. Defense" for an organization, but it is
   * the country whose "Defense Secretary" the person is. The leading country or demonym, when the
   * rest of the mention is department words and a post word follows.
   */
  private Optional<Mention> countryOfPost(int sentence, List<CoreLabel> tokens, List<CoreLabel> sentenceTokens, CorefChains chains) {
    int next = tokens.get(tokens.size() - 1).index();
    int split = tokens.size();
    while (split > 1 && posts.isDepartment(tokens.get(split - 1))) {
      split--;
    }
    if (split == tokens.size() || next >= sentenceTokens.size() || !posts.isTitleWord(sentenceTokens.get(next))) {
      return Optional.empty();
    }
    String prefix = String.join(" ", tokens.subList(0, split).stream().map(CoreLabel::originalText).toList());
    Optional<Gazetteer.Entry> country = gazetteer.byName(prefix).filter(e -> e.type() == ActorType.COUNTRY)
        .or(() -> gazetteer.byDemonym(prefix));
    CoreLabel head = tokens.get(split - 1);
    return country.map(c -> new Mention(prefix, c.name(), ActorType.COUNTRY, sentence, tokens.get(0).index() - 1,
        head.index(), chains.chainAt(sentence, head.index() - 1)));
  }
}
