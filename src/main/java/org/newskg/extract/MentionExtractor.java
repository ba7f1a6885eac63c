package org.newskg.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.newskg.lexicon.Gazetteer;
import org.newskg.model.ActorType;
import org.newskg.model.Mention;
import org.newskg.nlp.AnnotatedArticle;

/** Named mentions of actors, from CoreNLP's entity mentions, typed and canonicalized by the gazetteer. */
public final class MentionExtractor {
  private final Gazetteer gazetteer;
  private final PostWords posts;
  /** Words after a name that make it a place: divisions ("Sisaket province"), facilities ("Nur Khan air base"). */
  private final Set<String> divisions;
  private final Set<String> facilities;
  /** "Qatar-brokered": compounds whose first half names a mediator (event-words.tsv). */
  private final Set<String> mediatingCompounds;
  /** "Iran-backed", "U.S.-trained", "Qatar-brokered": compounds whose first half is the actor. */
  private final Set<String> actorCompounds;
  /** "coalition" of "the Saudi-led coalition": heads that make a led body an actor of its own. */
  private final Set<String> ledGroupHeads;

  public MentionExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.posts = PostWords.load();
    WordLists heads = WordLists.load("/org/newskg/extract/place-heads.tsv");
    this.divisions = heads.get("division");
    this.facilities = heads.get("facility");
    WordLists eventWords = WordLists.load("/org/newskg/extract/event-words.tsv");
    this.mediatingCompounds = eventWords.get("mediating-compound");
    this.actorCompounds = new HashSet<>(mediatingCompounds);
    actorCompounds.addAll(eventWords.get("lending-compound"));
    this.ledGroupHeads = eventWords.get("led-group");
  }

  public List<Mention> extract(AnnotatedArticle annotated) {
    List<Mention> mentions = new ArrayList<>();
    CorefChains chains = CorefChains.of(annotated);
    List<CoreMap> sentences = Sentences.of(annotated);
    for (int s = 0; s < sentences.size(); s++) {
      Mention previous = null;
      List<Mention> inSentence = new ArrayList<>();
      for (CoreMap entity : sentences.get(s).get(CoreAnnotations.MentionsAnnotation.class)) {
        Optional<Mention> mention = toMention(s, entity, chains,
            sentences.get(s).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class),
            sentences.get(s).get(CoreAnnotations.TokensAnnotation.class));
        if (mention.isEmpty()) {
          continue;
        }
        Mention m = mention.get();
        if (previous != null && adjacentPlaces(previous, m)) {
          // "Kandahar International Airport": NER splits it into CITY + LOCATION; it is one place.
          m = new Mention(previous.text() + " " + m.text(), null, ActorType.PLACE, s,
              previous.tokenBegin(), m.tokenEnd(), m.corefCluster());
          inSentence.remove(inSentence.size() - 1);
        }
        inSentence.add(m);
        previous = m;
      }
      mentions.addAll(withSites(s, sentences.get(s).get(CoreAnnotations.TokensAnnotation.class), inSentence, chains));
    }
    return mentions;
  }

  /**
   * The sentence's mentions with the places their head words make: a name before a facility word
   * is that site, a place ("Nur Khan air base", "Soroka Medical Center", "the Baron Hotel"); a
   * name CoreNLP missed before a division word is a place ("Thailand's Sisaket province").
   */
  private List<Mention> withSites(int sentence, List<CoreLabel> tokens, List<Mention> found, CorefChains chains) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : found) {
      // "a Beirut restaurant" is some restaurant in Beirut, not a site named so
      boolean indefinite = m.tokenBegin() > 0 && tokens.get(m.tokenBegin() - 1).word().matches("(?i)an?");
      int facility = indefinite ? 0 : headAt(tokens, m.tokenEnd(), facilities);
      boolean endsInFacility = m.type() == ActorType.ORGANIZATION && m.tokenEnd() - m.tokenBegin() > 1
          && headEndingAt(tokens, m.tokenEnd(), facilities) > 0;
      if (m.canonical() == null && m.type() != ActorType.COUNTRY && (facility > 0 || endsInFacility)) {
        int end = m.tokenEnd() + facility;
        out.add(new Mention(span(tokens, m.tokenBegin(), end), null, ActorType.PLACE, sentence, m.tokenBegin(), end,
            chains.chainAt(sentence, end - 1)));
      } else if (m.canonical() == null && m.type() != ActorType.PLACE && m.type() != ActorType.COUNTRY
          && (afterDivisionOf(tokens, m.tokenBegin()) || beforeApposition(tokens, m.tokenEnd(), facilities))) {
        // "the northeastern city of X", "X, a Bamako restaurant": whatever NER made of a town's or a site's name.
        out.add(new Mention(m.text(), null, ActorType.PLACE, sentence, m.tokenBegin(), m.tokenEnd(), m.corefCluster()));
      } else {
        out.add(m);
      }
    }
    // "the Qatar-brokered truce", "a Turkish-mediated deal": the first half names the mediator;
    // "the Arab League-led talks": with the capitalized words before it, the longest name first.
    for (int i = 0; i < tokens.size(); i++) {
      int at = i;
      if (Trees.compoundSuffix(tokens.get(i).word()).filter(mediatingCompounds::contains).isEmpty()
          || out.stream().anyMatch(m -> m.covers(sentence, at))) {
        continue;
      }
      for (int from = Math.max(0, at - 2); from <= at; from++) {
        if (!capitalized(tokens.subList(from, at))) {
          continue;
        }
        Optional<Mention> named = prefixActor(sentence, tokens, from, at + 1, chains);
        if (named.isPresent()) {
          int first = from;
          out.removeIf(m -> IntStream.range(first, at).anyMatch(t -> m.covers(sentence, t)));
          out.add(named.get());
          break;
        }
      }
    }
    ledGroups(sentence, tokens, out, chains);
    // Proper nouns no mention covers: "Sisaket" before "province", "Greenfield Road".
    for (int i = 0; i < tokens.size(); i++) {
      int at = i;
      if (!isProperNoun(tokens.get(i)) || out.stream().anyMatch(m -> m.covers(sentence, at))) {
        continue;
      }
      int j = i;
      while (j < tokens.size() && isProperNoun(tokens.get(j)) && tokens.get(j).ner().equals("O")) {
        j++;
      }
      if (j == i) {
        i = Math.max(i, j - 1);
        continue;
      }
      int end = headEndingAt(tokens, j, facilities) > 0 && j - i > headEndingAt(tokens, j, facilities) ? j
          : headAt(tokens, j, facilities) > 0 ? j + headAt(tokens, j, facilities)
          : -1;
      int nameEnd = end > 0 ? end : headAt(tokens, j, divisions) > 0 || afterDivisionOf(tokens, i) || beforeDivisionApposition(tokens, j) ? j : -1;
      if (nameEnd > 0) {
        out.add(new Mention(span(tokens, i, nameEnd), null, ActorType.PLACE, sentence, i, nameEnd,
            chains.chainAt(sentence, nameEnd - 1)));
      }
      i = j;
    }
    out.sort(Comparator.comparingInt(Mention::tokenBegin));
    return out;
  }

  /**
   * "the Saudi-led coalition", "a U.S.-led military alliance": a body of its own, named by its
   * leader and its head noun, where the leader is a known actor; it replaces the leader's mention.
   */
  private void ledGroups(int sentence, List<CoreLabel> tokens, List<Mention> out, CorefChains chains) {
    for (int i = 0; i < tokens.size(); i++) {
      if (!Trees.compoundSuffix(tokens.get(i).word()).map("led"::equals).orElse(false)) {
        continue;
      }
      int head = i + 1;
      while (head < tokens.size() && head <= i + 2 && tokens.get(head).tag().equals("JJ")) {
        head++;
      }
      if (head >= tokens.size() || !ledGroupHeads.contains(tokens.get(head).word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int at = i;
      int from = out.stream().filter(m -> m.covers(sentence, at)).mapToInt(Mention::tokenBegin).min().orElse(i);
      Optional<Mention> leader = prefixActor(sentence, tokens, from, i + 1, chains);
      if (leader.isEmpty()) {
        continue;
      }
      int end = head + 1;
      out.removeIf(m -> m.tokenBegin() < end && m.tokenEnd() > from);
      String name = span(tokens, from, i + 1) + " " + tokens.get(head).word();
      out.add(new Mention(name, null, ActorType.ORGANIZATION, sentence, from, end, chains.chainAt(sentence, head)));
    }
  }

  private static final Set<String> LOCATIVES = Set.of("in", "near", "outside", "around", "inside");

  /** Whether the name follows "in", "near" and the like, and is no possessor ("in Karimi's office"). */
  private static boolean afterLocative(List<CoreLabel> sentenceTokens, List<CoreLabel> name) {
    int before = name.get(0).index() - 2;
    int after = name.get(name.size() - 1).index();
    boolean possessor = after < sentenceTokens.size() && sentenceTokens.get(after).word().matches("'s?|’s?");
    return before >= 0 && LOCATIVES.contains(sentenceTokens.get(before).word().toLowerCase(Locale.ROOT)) && !possessor;
  }

  /** Whether the name at {@code at} follows "the city of", "the town of", "the province of" and the like. */
  private boolean afterDivisionOf(List<CoreLabel> tokens, int at) {
    return at >= 2 && tokens.get(at - 1).word().equalsIgnoreCase("of")
        && divisions.contains(tokens.get(at - 2).word().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether an apposition at {@code at} says what kind of place the name before it is: "Doru, a
   * remote hamlet in the hills".
   */
  private boolean beforeDivisionApposition(List<CoreLabel> tokens, int at) {
    return beforeApposition(tokens, at, divisions);
  }

  /**
   * Whether an apposition at {@code at} calls the name before it one of {@code heads}: "Doru, a
   * remote hamlet in the hills", "La Perla, a Bamako restaurant popular with foreigners".
   */
  private static boolean beforeApposition(List<CoreLabel> tokens, int at, Set<String> heads) {
    if (at + 2 >= tokens.size() || !tokens.get(at).word().equals(",") || !tokens.get(at + 1).word().matches("(?i)a|an|the")) {
      return false;
    }
    // "a small fishing village", "the remote mountain town"
    for (int k = at + 2; k < Math.min(tokens.size(), at + 6); k++) {
      String word = tokens.get(k).word();
      if (heads.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
      // "a Bamako restaurant": a place's name may qualify the head
      if (!word.matches("[a-z-]+") && !tokens.get(k).ner().matches("CITY|LOCATION|STATE_OR_PROVINCE|COUNTRY|NATIONALITY")
          || !tokens.get(k).tag().matches("JJ.*|NN|NNP|VBG")) {
        return false;
      }
    }
    return false;
  }

  /** A name: capitalized, or after an Arabic article written in lower case ("al-Shabaab", "el-Sisi"). */
  private static boolean isCapitalized(String text) {
    return Character.isUpperCase(text.codePointAt(0)) || ARABIC_ARTICLE.matcher(text).lookingAt();
  }

  private static final Pattern ARABIC_ARTICLE = Pattern.compile("(?:al|el|ad|an|ar|as|ash|at|az)-\\p{Lu}");

  private static boolean isProperNoun(CoreLabel token) {
    return token.tag().startsWith("NNP") && Character.isUpperCase(token.word().codePointAt(0));
  }

  /** The number of tokens of a head word of {@code heads} that starts at {@code at}, or 0. */
  private static int headAt(List<CoreLabel> tokens, int at, Set<String> heads) {
    for (int length = 2; length >= 1; length--) {
      if (at + length <= tokens.size() && heads.contains(words(tokens, at, at + length))) {
        return length;
      }
    }
    return 0;
  }

  /** The number of tokens of a head word of {@code heads} that ends just before {@code end}, or 0. */
  private static int headEndingAt(List<CoreLabel> tokens, int end, Set<String> heads) {
    for (int length = 2; length >= 1; length--) {
      if (end - length >= 0 && heads.contains(words(tokens, end - length, end))) {
        return length;
      }
    }
    return 0;
  }

  private static String words(List<CoreLabel> tokens, int from, int to) {
    return String.join(" ", tokens.subList(from, to).stream().map(t -> t.word().toLowerCase(Locale.ROOT)).toList());
  }

  private static String span(List<CoreLabel> tokens, int from, int to) {
    return String.join(" ", tokens.subList(from, to).stream().map(CoreLabel::originalText).toList());
  }

  private static boolean adjacentPlaces(Mention first, Mention second) {
    return first.type() == ActorType.PLACE && second.type() == ActorType.PLACE && first.tokenEnd() == second.tokenBegin()
        && first.canonical() == null && second.canonical() == null;
  }

  /**
   * Whether the word is the subject of a verb, or its agent ("brokered by Washington"), or is
   * addressed or dealt with ("warned Nairobi", "talks with Tehran"): the capital speaks, acts or is
   * spoken to as a government, it is not a place.
   */
  private static boolean actsAsGovernment(SemanticGraph graph, CoreLabel head) {
    if (graph == null) {
      return false;
    }
    IndexedWord word = graph.getNodeByIndexSafe(head.index());
    return word != null && actsAsGovernment(graph, word, true);
  }

  /** The same for a word of the tree; "Nairobi, Kampala and Kigali": a conjunct shares the first one's relation. */
  private static boolean actsAsGovernment(SemanticGraph graph, IndexedWord word, boolean viaConjunct) {
    return graph.getIncomingEdgesSorted(word).stream().anyMatch(e -> {
      if (viaConjunct && e.getRelation().toString().startsWith("conj")) {
        return actsAsGovernment(graph, e.getGovernor(), false);
      }
      String relation = e.getRelation().toString();
      String governor = e.getGovernor().lemma() == null ? "" : e.getGovernor().lemma().toLowerCase(Locale.ROOT);
      boolean verb = e.getGovernor().tag() != null && e.getGovernor().tag().startsWith("VB");
      return (relation.equals("nsubj") || relation.equals("obl:agent") || relation.equals("obl:by")) && verb
          // "warned Nairobi and Kampala", "urged Kyiv", "gave Washington 24 hours": who is addressed is a government too
          || (relation.equals("obj") || relation.equals("iobj")) && verb && ADDRESSING.contains(governor)
          // "talks with Tehran", "negotiated with Moscow"
          || (relation.equals("obl:with") || relation.equals("nmod:with")) && DEALING.contains(governor);
    });
  }

  /** Verbs whose object is addressed as a government when it is a capital. */
  private static final Set<String> ADDRESSING = Set.of("warn", "threaten", "urge", "accuse", "blame", "condemn",
      "criticize", "criticise", "pressure", "press", "tell", "ask", "give");
  /** Words of dealing with someone: "talks with Tehran" are talks with Iran. */
  private static final Set<String> DEALING = Set.of("negotiate", "talk", "talks", "negotiation", "deal", "bargain",
      "agreement", "accord", "truce", "ceasefire");

  /** "Lima's chief negotiator", "Moscow's envoy", "Kampala's team": a post or body of the capital's, its government's. */
  private boolean possessesPost(List<CoreLabel> sentenceTokens, List<CoreLabel> tokens) {
    int next = tokens.get(tokens.size() - 1).index();
    if (next + 1 >= sentenceTokens.size() || !POSSESSIVE.contains(sentenceTokens.get(next).word())) {
      return false;
    }
    for (int t = next + 1; t < sentenceTokens.size() && t <= next + 3; t++) {
      CoreLabel token = sentenceTokens.get(t);
      if (posts.isTitleWord(token) || GOVERNMENT_BODIES.contains(token.word())) {
        return true;
      }
      if (!Character.isLowerCase(token.word().codePointAt(0))) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> POSSESSIVE = Set.of("'s", "'");
  /** "Kampala's team", "Moscow's delegation": what a capital sends is its government's. */
  private static final Set<String> GOVERNMENT_BODIES = Set.of("team", "delegation", "negotiators", "government", "troops", "forces");

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
    if (text == null || ner == null || tokens.isEmpty() || !isCapitalized(text)
        || tokens.get(0).tag().startsWith("PRP")) {
      return Optional.empty();
    }
    if (Trees.compoundSuffix(text).filter(actorCompounds::contains).isPresent()) {
      // NER tags "Iran-backed" as a country, "United Nations-brokered" as an organization: the
      // actor is the name before the suffix, or none when the gazetteer does not know it
      return prefixActor(sentence, sentenceTokens, tokens.get(0).index() - 1, tokens.get(tokens.size() - 1).index(), chains);
    }
    Optional<Gazetteer.Entry> known = gazetteer.byName(text)
        .filter(entry -> !ownedByAnotherState(entry, text, tokens, sentenceTokens));
    ActorType type;
    String canonical = known.map(Gazetteer.Entry::name).orElse(null);
    switch (ner) {
      // "shelling in Homs", "a camp near Gulu": a name right after a preposition of location is a
      // place, whatever the NER guessed; persons are met "at" or "from", not "in" or "near"
      case "PERSON" -> type = afterLocative(sentenceTokens, tokens) ? ActorType.PLACE : ActorType.PERSON;
      case "ORGANIZATION" -> {
        Optional<Mention> country = countryOfPost(sentence, tokens, sentenceTokens, chains);
        if (country.isPresent()) {
          return country;
        }
        if (known.isEmpty() && postField(tokens, sentenceTokens)) {
          return Optional.empty();
        }
        type = known.map(Gazetteer.Entry::type).orElse(ActorType.ORGANIZATION);
        Optional<Gazetteer.Entry> capitalOf = known.isEmpty() ? gazetteer.byCapital(text) : Optional.empty();
        if (capitalOf.isPresent()) {
          // "Kyiv had rejected": NER calls a capital that acts an organization; it is its government.
          boolean acting = !opensDateline(entity, sentenceTokens) && actsAsGovernment(graph, tokens.get(tokens.size() - 1));
          type = acting ? ActorType.COUNTRY : ActorType.PLACE;
          canonical = acting ? capitalOf.get().name() : null;
        }
      }
      case "COUNTRY" -> type = ActorType.COUNTRY;
      case "CITY", "STATE_OR_PROVINCE", "LOCATION" -> {
        type = known.map(Gazetteer.Entry::type).orElse(ActorType.PLACE);
        Optional<Gazetteer.Entry> country = known.isEmpty() ? gazetteer.byCapital(text) : Optional.empty();
        if (country.isPresent() && !opensDateline(entity, sentenceTokens)
            && (actsAsGovernment(graph, tokens.get(tokens.size() - 1)) || possessesPost(sentenceTokens, tokens))) {
          // "Washington said", "Tehran vowed", "Lima's chief negotiator": a capital acting is its government.
          type = ActorType.COUNTRY;
          canonical = country.get().name();
        }
      }
      case "IDEOLOGY", "RELIGION", "MISC" -> {
        // CoreNLP's gazetteers call some armed groups ideologies ("al-Qaeda"); ours knows better.
        // "called on its supporters to kill Canadians": the NER calls a plural demonym MISC, and
        // the people it names stand for their country, as "the Americans" does.
        Optional<Gazetteer.Entry> people = tokens.size() == 1 && tokens.get(0).tag().equals("NNPS")
            ? gazetteer.byDemonym(text) : Optional.empty();
        if (people.isPresent()) {
          type = ActorType.COUNTRY;
          canonical = people.get().name();
        } else if (known.isEmpty() || known.get().type() != ActorType.ORGANIZATION) {
          return Optional.empty();
        } else {
          type = ActorType.ORGANIZATION;
        }
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
        chains.chainOfName(sentence, tokens.get(0).index() - 1, head.index(), sentenceTokens)));
  }

  /**
   * "Russia's Security Council", "the Armenian Security Council": a short form that leaves out the
   * owner its known name starts with ("United Nations Security Council") names the body of the
   * state the sentence puts before it instead.
   */
  private boolean ownedByAnotherState(Gazetteer.Entry entry, String text, List<CoreLabel> tokens, List<CoreLabel> sentenceTokens) {
    if (entry.name().equals(text) || !entry.name().endsWith(" " + text)) {
      return false;
    }
    int before = tokens.get(0).index() - 2;
    if (before >= 1 && POSSESSIVE.contains(sentenceTokens.get(before).word())) {
      before--;
    }
    if (before < 0) {
      return false;
    }
    String word = sentenceTokens.get(before).word();
    return gazetteer.byName(word).or(() -> gazetteer.byDemonym(word)).filter(e -> e.type() == ActorType.COUNTRY).isPresent();
  }

  /** Capitalized words of a name, not a sentence's first "The". */
  private static boolean capitalized(List<CoreLabel> tokens) {
    return tokens.stream().allMatch(t -> !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0)) && !"DT".equals(t.tag()));
  }

  /**
   * The known actor that the tokens from {@code from} to {@code to}, the last one hyphenated, name
   * before the hyphen: "Qatar" of "Qatar-brokered", "United Nations" of "United Nations-brokered".
   */
  private Optional<Mention> prefixActor(int sentence, List<CoreLabel> tokens, int from, int to, CorefChains chains) {
    String last = tokens.get(to - 1).word();
    List<String> names = new ArrayList<>(tokens.subList(from, to - 1).stream().map(CoreLabel::word).toList());
    names.add(last.substring(0, last.lastIndexOf('-')));
    String prefix = String.join(" ", names);
    return gazetteer.byName(prefix).or(() -> gazetteer.byDemonym(prefix)).or(() -> gazetteer.byCapital(prefix))
        .map(e -> new Mention(prefix, e.name(), e.type(), sentence, from, to, chains.chainAt(sentence, to - 1)));
  }

  /**
   * "Minister for Commerce and Fisheries", "Secretary of State for Defence", "Minister for
   * Political and Security Affairs": NER takes a post's field, or the post with it, for an
   * organization. A field is told by "for" inside it, a closing "Affairs" or department words, and
   * follows a title word's "for" or "of".
   */
  private boolean postField(List<CoreLabel> tokens, List<CoreLabel> sentenceTokens) {
    if (tokens.size() > 2 && posts.isTitleWord(tokens.get(0)) && tokens.get(1).word().equals("for")) {
      return true;
    }
    boolean field = tokens.stream().anyMatch(t -> t.word().equals("for")) || posts.isFieldEnd(tokens.get(tokens.size() - 1))
        || tokens.stream().allMatch(t -> posts.isDepartment(t) || t.word().equals("and"));
    if (!field) {
      return false;
    }
    int at = tokens.get(0).index() - 2;
    // "for Political and Security Affairs": back over the field's first words
    for (int back = 0; at > 0 && back < 4 && (sentenceTokens.get(at).word().equals("and") || Character.isUpperCase(sentenceTokens.get(at).word().codePointAt(0))); back++) {
      at--;
    }
    return at > 0 && Set.of("for", "of").contains(sentenceTokens.get(at).word()) && posts.isTitleWord(sentenceTokens.get(at - 1));
  }

  /**
   * "U.S. Defense Secretary Lloyd Barnes": NER takes "U.S. Defense" for an organization, but it is
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
