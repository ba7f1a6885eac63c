package org.newskg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newskg.lexicon.DataFiles;
import org.newskg.lexicon.Gazetteer;
import org.newskg.model.Actor;
import org.newskg.model.ActorIndex;
import org.newskg.model.ActorType;
import org.newskg.model.AffiliationFact;
import org.newskg.model.Event;
import org.newskg.model.Evidence;
import org.newskg.model.Role;
import org.newskg.model.TitleFact;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.text.Datelines;

/** Posts and affiliations of persons, by the TokensRegex rules of {@code titles.rules}. */
public final class TitleExtractor {
  /** What one article yields. */
  public record Result(List<TitleFact> titles, List<AffiliationFact> affiliations) {}

  /** A post stated with no organization: where it stands, for the sentence's organizations to fill. */
  private record UntiedPost(Actor person, int sentence, int titleStart, boolean forState, Evidence evidence) {}
  /** "Z's prime minister, X, ... and his foreign minister, Y": a post held under another person. */
  private record PostUnder(Actor person, Actor superior, Evidence evidence) {}

  /** Words before a post that are no part of it: "the", "a former", "the then". */
  private static final Set<String> LEADING_NOISE = Set.of("a", "an", "the", "'s", ",", "former", "then", "then-");
  private static final String PERSON = "PERSON";
  /** "its senior commander": the post belongs to the organization the sentence's speaker is. */
  private static final Set<String> SPEAKER_POSSESSIVES = Set.of("its", "their");
  /** What follows a possessor: "the senator's", "the rebels'". */
  private static final Set<String> POSSESSIVE = Set.of("'s", "'");
  /** What may stand between a post and the name it premodifies: "Prime Minister and Foreign Minister Sheikh X". */
  private static final Set<String> PREMODIFIER_GLUE = Set.of("and", "&");
  private static final Set<String> AFFILIATION_NER = Set.of("ORGANIZATION", "COUNTRY", "NATIONALITY", "STATE_OR_PROVINCE");
  /** "under the auspices of the AU, a government team led by X": who oversees is not whom X serves. */
  private static final Set<String> AUSPICES = Set.of("auspices", "aegis", "mediation", "sponsorship", "patronage");
  /** "wrote on Twitter", "said via Telegram": where someone speaks is not whom they serve. */
  private static final Set<String> VENUE_PREPOSITIONS = Set.of("on", "via");
  /** "President X agreed to talks with the Front", "fought against it": the other side, not his. */
  private static final Set<String> COUNTERPART_PREPOSITIONS = Set.of("with", "against");
  private static final String CONTEXT_RULE = "affiliation.sentence-organization";
  private static final String COUNTRY_CONTEXT_RULE = "affiliation.sentence-country";
  private static final double CONTEXT_CONFIDENCE = 0.5;

  private final List<TokenRules.Rule> rules;
  private final PostWords posts;
  private final Set<String> speech;
  private final Gazetteer gazetteer;

  private TitleExtractor(List<TokenRules.Rule> rules, PostWords posts, Set<String> speech, Gazetteer gazetteer) {
    this.rules = rules;
    this.posts = posts;
    this.speech = speech;
    this.gazetteer = gazetteer;
  }

  /** The macros titles.rules uses from the word lists of post-words.tsv. */
  static Map<String, String> macros(PostWords posts) {
    return Map.of("$DEPARTMENT", posts.departmentPattern(), "$FIELD_END", posts.fieldEndPattern(),
        "$PLURAL_HEAD", posts.pluralHeadPattern(), "$ORGANIZATION_NOUN", posts.organizationNounPattern());
  }

  /** Loads the bundled rules and lexicons. */
  public static TitleExtractor load() {
    return load(Gazetteer.load());
  }

  /** Loads the bundled rules and lexicons, with the gazetteer the caller already holds. */
  public static TitleExtractor load(Gazetteer gazetteer) {
    PostWords posts = PostWords.load();
    return new TitleExtractor(TokenRules.load("/org/newskg/extract/titles.rules", macros(posts)),
        posts, ClaimWords.load().get("speech"), gazetteer);
  }

  public Result extract(AnnotatedArticle annotated, ActorIndex actors) {
    Found found = new Found();
    List<CoreMap> sentences = Sentences.of(annotated);
    ActorLookup lookup = ActorLookup.of(annotated, actors, gazetteer);
    for (int s = 0; s < sentences.size(); s++) {
      List<CoreLabel> annotatedTokens = Sentences.tokens(sentences.get(s));
      // Every rule binds $person to PERSON tokens (TitleExtractionTest holds them to it), so a
      // sentence that names no person is spared the 69 matchers: a third of the rules' time.
      if (annotatedTokens.stream().noneMatch(t -> PERSON.equals(t.ner()))) {
        continue;
      }
      List<CoreLabel> tokens = withActorTypes(annotatedTokens, actors, s);
      Map<NodePattern<CoreMap>, Boolean> seen = new IdentityHashMap<>();
      for (TokenRules.Rule rule : rules) {
        if (!rule.mayMatch(tokens, seen)) {
          continue;
        }
        TokenSequenceMatcher m = rule.pattern().getMatcher(tokens);
        while (m.find()) {
          Evidence evidence = Sentences.evidence(annotated, sentences.get(s), rule.confidence(), rule.id());
          take(m, m.start("$person"), m.end("$person"), evidence, annotated, actors, lookup, s, tokens, found);
          // "Four agents, A, B, C and D": each person the rest of the list names takes the same
          for (int[] listed : personRuns(tokens, m.start("$more"), m.end("$more"))) {
            take(m, listed[0], listed[1], evidence, annotated, actors, lookup, s, tokens, found);
          }
        }
      }
    }
    servingUnder(found);
    addContextAffiliations(sentences, actors, found.untied, found.affiliations);
    addDatelineStates(annotated, sentences, actors, found);
    addOrganStates(sentences, actors, found.affiliations);
    addOneStatePosts(actors, found);
    return new Result(new ArrayList<>(found.titles.values()), new ArrayList<>(found.affiliations.values()));
  }

  /**
   * Who serves a body of a state serves the state: "Israel's Defence Ministry spokesman Y",
   * "the Israeli Defence Ministry", "X, secretary of Russia's Security Council" (a ministry,
   * council, guard or the like named with its state's possessive or adjective somewhere in the
   * article). An office news names without its state ("Kremlin spokesman", "White House
   * adviser") gives the office only, as the development set has it.
   */
  private void addOrganStates(List<CoreMap> sentences, ActorIndex actors, Map<List<Object>, AffiliationFact> affiliations) {
    for (AffiliationFact a : List.copyOf(affiliations.values())) {
      Actor organ = a.organization();
      if (organ.type() != ActorType.ORGANIZATION || !posts.namesStateOrgan(organ.label())) {
        continue;
      }
      stateNamedWith(sentences, actors, organ).or(() -> stateInName(actors, organ)).ifPresent(c -> affiliations.putIfAbsent(List.of(a.person(), c),
          new AffiliationFact(a.person(), c, a.evidence().withRule(ORGAN_STATE_RULE, a.evidence().confidence()))));
    }
  }

  /**
   * "LIMA, July 17 - ... President X vowed to ...": a state's post the article ties to no one
   * serves the state of the opening dateline (the country it names, or the one whose capital it
   * is), when the post's sentence names that state and no other, or names none and the article
   * names that state twice as often as any other ("RIYADH - ... Vice President X" of a Yemeni deal
   * signed there is Yemen's). An article with no dateline (a transcript, an analysis), or with one
   * that names no state ("UNITED NATIONS", a territory's capital), has the country it names
   * twice as often as any other as that state (for the latter, at least three times).
   */
  private void addDatelineStates(AnnotatedArticle annotated, List<CoreMap> sentences, ActorIndex actors, Found found) {
    if (found.untied.isEmpty()) {
      return;
    }
    List<String> dateline = Datelines.openingPlace(annotated.article().text());
    Optional<Actor> datelineState = dateline.isEmpty() ? Optional.empty() : HomeState.ofDateline(dateline, actors, gazetteer);
    boolean datelined = datelineState.isPresent();
    // a dateline the gazetteer does not know ("DACCA") may be the home state's city: the most named
    // country stands in only when named often, not as the one foreign state the article mentions
    Optional<Actor> state = datelineState.or(() -> HomeState.mostNamed(sentences, actors, dateline.isEmpty() ? 1 : UNKNOWN_DATELINE_MENTIONS));
    if (state.isEmpty()) {
      return;
    }
    Set<Actor> affiliated = found.affiliations.values().stream().map(AffiliationFact::person).collect(Collectors.toSet());
    // whether the state is the most named: so by choice without a dateline, else counted only when a post needs it
    Boolean dominant = datelined ? null : Boolean.TRUE;
    for (UntiedPost post : found.untied) {
      if (!post.forState() || affiliated.contains(post.person())) {
        continue;
      }
      Set<Actor> named = ActorLookup.namedBefore(actors, post.sentence(), Sentences.tokens(sentences.get(post.sentence())).size(), ActorType.COUNTRY);
      Set<Actor> owners = possibleOwners(sentences.get(post.sentence()), actors, post);
      if (owners.isEmpty() && dominant == null) {
        dominant = state.equals(HomeState.mostNamed(sentences, actors));
      }
      if (named.equals(Set.of(state.get())) || owners.isEmpty() && dominant || owners.equals(Set.of(state.get()))) {
        found.affiliations.putIfAbsent(List.of(post.person(), state.get()), new AffiliationFact(post.person(), state.get(),
            post.evidence().withRule(datelined ? DATELINE_STATE_RULE : HOME_STATE_RULE, CONTEXT_CONFIDENCE)));
        affiliated.add(post.person());
      }
    }
  }

  /** How often an article with a dateline of no known state must name its most named country. */
  private static final int UNKNOWN_DATELINE_MENTIONS = 3;
  private static final String DATELINE_STATE_RULE = "affiliation.dateline-state";
  private static final String HOME_STATE_RULE = "affiliation.home-state";

  /**
   * "Secretary of State X": a post only one state has (one-state-posts.tsv) serves that state, for
   * whom the article ties to no state at all and when the article names it.
   */
  private static void addOneStatePosts(ActorIndex actors, Found found) {
    Set<Actor> ofAState = found.affiliations.values().stream().filter(a -> a.organization().type() == ActorType.COUNTRY)
        .map(AffiliationFact::person).collect(Collectors.toSet());
    for (TitleFact title : found.titles.values()) {
      String state = ONE_STATE_POSTS.get(title.title().toLowerCase(Locale.ROOT));
      if (state == null || ofAState.contains(title.person())) {
        continue;
      }
      actors.country(state).ifPresent(c -> {
        found.affiliations.putIfAbsent(List.of(title.person(), c),
            new AffiliationFact(title.person(), c, title.evidence().withRule(ONE_STATE_POST_RULE, title.evidence().confidence())));
        ofAState.add(title.person());
      });
    }
  }

  private static final String ONE_STATE_POST_RULE = "affiliation.one-state-post";

  private static final Map<String, String> ONE_STATE_POSTS = DataFiles.rows("/org/newskg/lexicon/one-state-posts.tsv").stream()
      .collect(Collectors.toUnmodifiableMap(r -> r.get(0), r -> r.get(1)));

  /** The country whose name or adjective stands right before a mention of the organization ("Israel's", "Israeli"). */
  private static Optional<Actor> stateNamedWith(List<CoreMap> sentences, ActorIndex actors, Actor organ) {
    for (int s = 0; s < sentences.size(); s++) {
      List<CoreLabel> tokens = Sentences.tokens(sentences.get(s));
      for (int t = 1; t < tokens.size(); t++) {
        if (actors.actorAt(s, t).filter(organ::equals).isEmpty() || actors.actorAt(s, t - 1).filter(organ::equals).isPresent()) {
          continue;
        }
        int before = tokens.get(t - 1).word().equals("'s") && t > 1 ? t - 2 : t - 1;
        Optional<Actor> state = actors.actorAt(s, before).filter(c -> c.type() == ActorType.COUNTRY);
        if (state.isPresent()) {
          return state;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "the Lithuanian Supreme Council", "the Kenyan Foreign Ministry" named as one organization: the
   * state whose demonym opens the organ's name, where the article names that state (not for "the
   * Indian Army": demonym-organ of post-words.tsv).
   */
  private Optional<Actor> stateInName(ActorIndex actors, Actor organ) {
    if (!posts.namesDemonymOrgan(organ.label())) {
      return Optional.empty();
    }
    String first = organ.label().split("\\s+")[0];
    return gazetteer.byDemonym(first).filter(e -> e.type() == ActorType.COUNTRY).flatMap(e -> actors.country(e.name()));
  }

  private static final Set<String> COMPASS_POINTS = Set.of("north", "south", "east", "west");

  private static final String ORGAN_STATE_RULE = "affiliation.organ.state";

  /**
   * The affiliations, less those guessed from the one organization or country of a sentence where
   * an event of that sentence sets the two against each other: "al-Shabaab threatened to kill the
   * mayor, X" makes no member of the mayor, "President X said Iran would pay" no Iranian of X.
   */
  public static List<AffiliationFact> notAgainst(List<AffiliationFact> affiliations, List<Event> events) {
    return affiliations.stream()
        .filter(a -> !GUESSES.contains(a.evidence().rule()) || events.stream().noneMatch(e ->
            e.evidence().begin() == a.evidence().begin()
                && (opposed(e, a.organization(), a.person()) || opposed(e, a.person(), a.organization()))))
        .toList();
  }

  private static boolean opposed(Event event, Actor hostile, Actor suffering) {
    return event.roles().stream().anyMatch(r -> HOSTILE.contains(r.role()) && r.actor().equals(hostile))
        && event.roles().stream().anyMatch(r -> SUFFERING.contains(r.role()) && r.actor().equals(suffering));
  }

  private static final Set<String> GUESSES = Set.of(CONTEXT_RULE, COUNTRY_CONTEXT_RULE);

  private static final Set<Role> HOSTILE = Set.of(Role.ATTACKER, Role.KILLER, Role.AGENT);

  private static final Set<Role> SUFFERING = Set.of(Role.TARGET, Role.VICTIM);

  /** What the rules found in one article so far. */
  private static final class Found {
    // Keyed by (person, title) and (person, organization) so that two rules or two sentences stating one fact give one.
    final Map<List<Object>, TitleFact> titles = new LinkedHashMap<>();
    final Map<List<Object>, AffiliationFact> affiliations = new LinkedHashMap<>();
    final List<UntiedPost> untied = new ArrayList<>();
    final List<PostUnder> under = new ArrayList<>();
  }

  /**
   * "Canada's prime minister, X, ... and his foreign minister, Y": who holds a post under a person
   * serves whom that person serves, when the article ties him to one.
   */
  private static void servingUnder(Found found) {
    for (PostUnder post : found.under) {
      List<Actor> served = found.affiliations.values().stream()
          .filter(a -> a.person().equals(post.superior()))
          .map(AffiliationFact::organization)
          .distinct()
          .toList();
      boolean tied = found.affiliations.values().stream().anyMatch(a -> a.person().equals(post.person()));
      if (served.size() == 1 && !tied) {
        found.affiliations.putIfAbsent(List.of(post.person(), served.get(0)),
            new AffiliationFact(post.person(), served.get(0), post.evidence()));
      }
    }
  }

  /** The post and affiliation one rule match states, if they hold up. */
  private void take(TokenSequenceMatcher m, int personStart, int personEnd, Evidence evidence, AnnotatedArticle annotated,
      ActorIndex actors, ActorLookup lookup, int s, List<CoreLabel> tokens, Found found) {
    Optional<Actor> person = actorOf(actors, s, personStart, personEnd).filter(a -> a.type() == ActorType.PERSON);
    int titleStart = m.start("$title");
    int titleEnd = m.end("$title");
    boolean titled = titleStart >= 0;
    Optional<String> verbPost = titled && titleEnd - titleStart == 1 ? posts.postOfVerb(tokens.get(titleStart)) : Optional.empty();
    if (verbPost.isPresent() && person.isPresent()) {
      // "X, who heads the Arab League": the verb names the post.
      found.titles.putIfAbsent(List.of(person.get(), verbPost.get()), new TitleFact(person.get(), verbPost.get(), evidence));
      actorOf(actors, s, m.start("$aff"), m.end("$aff")).filter(org -> org.type() != ActorType.PERSON && org.type() != ActorType.PLACE)
          .ifPresent(org -> found.affiliations.putIfAbsent(List.of(person.get(), org), new AffiliationFact(person.get(), org, evidence)));
      return;
    }
    // "X, the senator's campaign manager": a post followed by "'s" is whose the post is, not X's.
    boolean possessed = titled && titleEnd < tokens.size() && POSSESSIVE.contains(tokens.get(titleEnd).word());
    // A rule whose post is optional ("the RSF, commanded by X", "one of its members, Y") states the
    // affiliation alone.
    if (person.isEmpty() || possessed || !titled && m.start("$aff") < 0 && m.start("$possessor") < 0
        || titled && pluralOfOne(tokens, personStart, personEnd, titleStart, titleEnd)
        || titled && (!containsTitleWord(tokens, titleStart, titleEnd)
            || personStart < titleStart && premodifiesNextName(tokens, titleEnd))) {
      return;
    }
    Optional<Actor> affiliation = Optional.empty();
    Optional<Actor> under = Optional.empty();
    List<CoreLabel> post = titled ? tokens.subList(titleStart, titleEnd) : List.of();
    if (m.start("$possessor") >= 0) {
      // "its prime minister, X", "the country's foreign minister, Y": whom the possessor refers to
      int possessor = m.start("$possessor");
      int chain = lookup.chains().chainAt(s, possessor);
      affiliation = chain < 0 ? Optional.empty() : actors.actorOfCluster(chain)
          .filter(org -> org.type().hasMembers());
      String word = tokens.get(possessor).word().toLowerCase(Locale.ROOT);
      // "the country" is the one country the sentence names before it (coreference too may take the
      // wrong one of two, and goes back further only when the sentence names none); where
      // coreference finds nothing, "the group" and "their" are the one organization the sentence
      // names before it, and "its" the organization or country just before it ("the party and its
      // leader, X").
      if (word.equals("his") || word.equals("her")) {
        // "his" is whom coreference says, or the person the sentence names last before it
        under = (chain < 0 ? Optional.<Actor>empty() : actors.actorOfCluster(chain))
            .or(() -> ActorLookup.lastBefore(actors, s, possessor, a -> a.type() == ActorType.PERSON))
            .filter(a -> a.type() == ActorType.PERSON && !a.equals(person.get()));
      }
      if (COMPASS_POINTS.contains(word)) {
        // "the North's vice foreign minister": the one state of the article that point names
        String point = tokens.get(possessor).word() + " ";
        affiliation = only(actors.actors().stream()
            .filter(a -> a.type() == ActorType.COUNTRY && a.label().startsWith(point)).collect(Collectors.toSet()));
      } else if (COUNTRY_NOUNS.contains(word)) {
        Set<Actor> countries = ActorLookup.namedBefore(actors, s, possessor, ActorType.COUNTRY);
        affiliation = countries.isEmpty() ? affiliation : only(countries);
      } else if (affiliation.isEmpty() && (GROUP_NOUNS.contains(word) || word.equals("their"))) {
        // a name the noun heads first: "the party's" is the Popular Union Party, whatever other group is near
        affiliation = lookup.byHeadNoun(s, possessor).filter(a -> a.type() == ActorType.ORGANIZATION)
            .or(() -> only(ActorLookup.namedBefore(actors, s, possessor, ActorType.ORGANIZATION)));
      } else if (affiliation.isEmpty() && word.equals("its")) {
        // only right after its name, or after its own post's holder ("Japan's foreign minister, X,
        // and its defence minister, Y"): in a long sentence the last one named may be another's
        affiliation = ActorLookup.lastBefore(actors, s, possessor, a -> a.type().hasMembers())
            .filter(a -> actors.actorAt(s, possessor - 2).equals(Optional.of(a)) || actors.actorAt(s, possessor - 3).equals(Optional.of(a))
                || onlyPostsBetween(actors, s, tokens, a, possessor));
      }
      // only a word that can refer to an organization reaches back ("the family's lawyer" does not)
      if (affiliation.isEmpty() && s > 0 && (word.equals("its") || word.equals("their")
          || COMPASS_POINTS.contains(word) || posts.refersToOrganization(word))) {
        int previousLength = Sentences.tokens(Sentences.of(annotated).get(s - 1)).size();
        affiliation = onlyActorOfPreviousSentence(actors, s, possessor, word, previousLength);
      }
      // "The sect's founder, X", "the committee's spokesman, Y" where the sentence before names no
      // organization, or two: the one the noun heads the name of, or for a group noun the last named
      if (affiliation.isEmpty() && posts.refersToOrganization(word) && !COUNTRY_NOUNS.contains(word) && possessor > 0
          && tokens.get(possessor - 1).word().equalsIgnoreCase("the")) {
        // ("the sect's founder" is none of the police force or court the story last named)
        affiliation = lookup.ofDefiniteNoun(s, possessor, a -> !posts.namesStateOrgan(a.label()))
            .filter(a -> a.type() == ActorType.ORGANIZATION);
      }
    }
    if (m.start("$aff") >= 0 && !(pairedInOrder(tokens, titleStart, titleEnd, m.end("$aff")) && !evidence.rule().contains("respectively"))) {
      affiliation = actorOf(actors, s, m.start("$aff"), m.end("$aff"))
          .filter(org -> org.type() == ActorType.ORGANIZATION
              || org.type() == ActorType.COUNTRY && !posts.opposesState(post) && !(titled && m.start("$aff") >= titleEnd && stationedIn(tokens, m.start("$aff"))));
      if (titled && m.end("$aff") == titleStart) {
        titleStart = departmentStart(actors, s, tokens, m.start("$aff"), titleStart);
      }
    }
    for (int[] matched : titled ? titleSpans(tokens, titleStart, titleEnd) : List.<int[]>of()) {
      // "the deputy premier backed by X", "an executive seized in 2015": a
      // participle after the post's noun is not the post's
      int[] span = {matched[0], matched[1]};
      // "the government of President X" holds "President": what precedes "of" is no post
      for (int t = span[0] + 1; t < span[1] - 1; t++) {
        if (tokens.get(t).word().equals("of")) {
          if (!containsTitleWord(tokens, span[0], t)) {
            span[0] = t + 1;
          }
          break;
        }
      }
      while (span[1] - span[0] > 1 && !tokens.get(span[1] - 1).tag().startsWith("NN") && !posts.isTitleWord(tokens.get(span[1] - 1))) {
        span[1]--;
      }
      // "the Kremlin-backed president": who backs the post's holder is no part of the post
      while (span[1] - span[0] > 1 && LENDING_COMPOUND.matcher(tokens.get(span[0]).word()).matches()) {
        span[0]++;
      }
      // The organization a post serves is not part of its name: "a senior Hamas official" holds
      // "senior official", "a West German government spokesman" "government spokesman".
      boolean affInside = m.start("$aff") >= span[0] && m.end("$aff") < span[1];
      String before = affInside && m.start("$aff") > span[0] ? Sentences.span(annotated, tokens, span[0], m.start("$aff")) + " " : "";
      String title = singular(cleanTitle(affInside
          ? before + Sentences.span(annotated, tokens, m.end("$aff"), span[1])
          : Sentences.span(annotated, tokens, span[0], span[1])), tokens.subList(span[0], span[1]));
      CoreLabel head = tokens.get(span[1] - 1);
      // "X, a Toronto lawyer" holds no post
      boolean aPost = (head.tag().startsWith("NN") || posts.isTitleWord(head)) && !posts.isOccupation(head) && !posts.isHonorific(title);
      if (!title.isEmpty() && aPost) {
        found.titles.putIfAbsent(List.of(person.get(), title.toLowerCase(Locale.ROOT)), new TitleFact(person.get(), title, evidence));
      }
    }
    if (m.start("$counterpart") >= 0) {
      // "Foreign Minister X and his Armenian counterpart Y": Y holds the post X holds here
      ActorLookup.lastBefore(actors, s, m.start("$counterpart"), a -> a.type() == ActorType.PERSON)
          .filter(peer -> !peer.equals(person.get()))
          .ifPresent(peer -> List.copyOf(found.titles.values()).stream()
              .filter(t -> t.person().equals(peer) && t.evidence().begin() == evidence.begin())
              .forEach(t -> found.titles.putIfAbsent(List.of(person.get(), t.title().toLowerCase(Locale.ROOT)),
                  new TitleFact(person.get(), t.title(), evidence))));
    }
    if (affiliation.isPresent() && !affiliation.get().equals(person.get())) {
      found.affiliations.putIfAbsent(List.of(person.get(), affiliation.get()),
          new AffiliationFact(person.get(), affiliation.get(), evidence));
    } else if (titled && !ofAnUnknownName(actors, s, tokens, titleEnd) && !posts.isOccupation(tokens.get(titleEnd - 1))) {
      // an occupation is no post, and "a Geneva lawyer, X" serves no organization of his sentence
      boolean forState = posts.heldForState(Sentences.span(annotated, tokens, titleStart, titleEnd)) && !posts.opposesState(post);
      found.untied.add(new UntiedPost(person.get(), s, titleStart, forState, evidence));
      under.ifPresent(superior -> found.under.add(new PostUnder(person.get(), superior, evidence)));
    }
  }

  /**
   * Whether nothing but the actor's own post and its holder stand between the actor's last mention
   * and the token: "Japan's foreign minister, X, and" before "its".
   */
  private boolean onlyPostsBetween(ActorIndex actors, int s, List<CoreLabel> tokens, Actor actor, int token) {
    int t = token - 1;
    while (t >= 0 && !actors.actorAt(s, t).equals(Optional.of(actor))) {
      CoreLabel word = tokens.get(t);
      boolean glue = POST_GLUE.contains(word.word().toLowerCase(Locale.ROOT)) || PERSON.equals(word.ner())
          || posts.isTitleWord(word) || posts.isDepartment(word);
      if (!glue || token - t > MAX_POST_GAP) {
        return false;
      }
      t--;
    }
    return t >= 0 && POSSESSIVE.contains(tokens.get(t + 1).word());
  }

  /** "the special forces commander in Timor", "the UN envoy in Syria": where a post is held is not whom it serves. */
  private static boolean stationedIn(List<CoreLabel> tokens, int affStart) {
    int before = affStart - 1;
    if (before >= 0 && tokens.get(before).word().equalsIgnoreCase("the")) {
      before--;
    }
    return before >= 0 && STATIONED.contains(tokens.get(before).word().toLowerCase(Locale.ROOT));
  }

  private static final Set<String> STATIONED = Set.of("in", "at");

  /** Prepositions that open a post's complement ("minister for minorities affairs"). */
  private static final Set<String> POST_COMPLEMENT = Set.of("of", "for", "to", "on", "in", "at", "with");

  /** Words that make a plural post one person's: "X, one of its commanders", "Y, among the negotiators". */
  private static final Set<String> PARTITIVE = Set.of("one", "among", "both", "two", "three", "all");

  /**
   * "... carrying Prime Minister X, officials of his movement said": a plural post after one
   * name, with no partitive and no list before the name, is the speakers', not his.
   */
  private static boolean pluralOfOne(List<CoreLabel> tokens, int personStart, int personEnd, int titleStart, int titleEnd) {
    int head = titleEnd - 1;
    for (int t = titleStart + 1; t < titleEnd; t++) {
      if (POST_COMPLEMENT.contains(tokens.get(t).word())) {
        // "chief of operations", "minister for foreign affairs": the head is before the preposition
        head = t - 1;
        break;
      }
    }
    // the tagger calls a hyphenated head plural ("sergeant-at-arms")
    if (!tokens.get(head).tag().equals("NNS") || tokens.get(head).word().contains("-") || personStart > titleStart) {
      return false;
    }
    boolean listed = personStart > 0 && (tokens.get(personStart - 1).word().equals("and") || tokens.get(personStart - 1).word().equals(","))
        || personEnd < tokens.size() && tokens.get(personEnd).word().equals("and");
    boolean partitive = tokens.subList(personEnd, titleStart).stream().anyMatch(t -> PARTITIVE.contains(t.word().toLowerCase(Locale.ROOT)));
    return !listed && !partitive;
  }

  /** What joins "Japan's foreign minister, X, and its ...". */
  private static final Set<String> POST_GLUE = Set.of("'s", "'", ",", "and");
  private static final int MAX_POST_GAP = 12;

  /**
   * "A and B, the defence ministers of X and Y": a plural post of two states listed after two names
   * pairs them in order, which only the rules that read the order state.
   */
  private static boolean pairedInOrder(List<CoreLabel> tokens, int titleStart, int titleEnd, int affEnd) {
    boolean plural = titleStart >= 0 && tokens.get(titleEnd - 1).tag().equals("NNS");
    int next = affEnd < tokens.size() && tokens.get(affEnd).word().equals("and") ? affEnd + 1 : -1;
    if (next > 0 && next < tokens.size() && tokens.get(next).word().equalsIgnoreCase("the")) {
      next++;
    }
    return plural && next > 0 && next < tokens.size() && AFFILIATION_NER.contains(tokens.get(next).ner());
  }

  /**
   * "X, the leader of the Harvest Fellowship", "X, a founder of the movement": a post of a name no
   * actor was made of, or of an organization only described, belongs to that one, not to the
   * sentence's organization ("Army commandos killed X, a founder of the movement").
   */
  private static boolean ofAnUnknownName(ActorIndex actors, int sentence, List<CoreLabel> tokens, int titleEnd) {
    int t = titleEnd;
    if (t >= tokens.size() || !tokens.get(t).word().equals("of")) {
      return false;
    }
    t++;
    while (t < tokens.size() && (tokens.get(t).tag().equals("DT") || tokens.get(t).tag().equals("PRP$") || tokens.get(t).tag().startsWith("JJ"))) {
      t++;
    }
    if (t >= tokens.size()) {
      return false;
    }
    if (tokens.get(t).tag().startsWith("NNP")) {
      return actors.actorAt(sentence, t).isEmpty();
    }
    int noun = t;
    while (t < tokens.size() && tokens.get(t).tag().matches("NNS?")) {
      t++;
    }
    // "a founder of the rebel group Hamas" names it after all
    return t > noun && (t >= tokens.size() || actors.actorAt(sentence, t).isEmpty());
  }

  /**
   * Copies of a sentence's tokens that carry the class of the actor each one names, for the rules'
   * $AFF: the article's own annotation stays as CoreNLP left it. A compound like "London-based" or
   * "Kremlin-backed" tells where one sits or who backs him, not whom he serves: its class is COMPOUND.
   */
  private static List<CoreLabel> withActorTypes(List<CoreLabel> tokens, ActorIndex actors, int sentence) {
    List<CoreLabel> copies = new ArrayList<>(tokens.size());
    for (int t = 0; t < tokens.size(); t++) {
      CoreLabel copy = new CoreLabel(tokens.get(t));
      boolean lends = LENDING_COMPOUND.matcher(copy.word()).matches();
      actors.actorAt(sentence, t).ifPresent(a -> copy.set(TokenRules.ActorTypeAnnotation.class, lends ? LENDING : a.type().name()));
      copies.add(copy);
    }
    return copies;
  }

  /** The class titles.rules reads for a compound that names an actor but is none ("{actor:COMPOUND}"). */
  private static final String LENDING = "COMPOUND";
  /** "Saudi-led", "London-based", "Iran-backed": a name and a lower-case participle. */
  private static final Pattern LENDING_COMPOUND = Pattern.compile("\\p{L}[\\p{L}.]*-\\p{Ll}+");

  /**
   * A titled person with no stated affiliation belongs to the one organization the sentence names
   * and has act:
   * "Hezbollah threatening retaliation for the killing of senior commander Samir Haddad". Not to the
   * one that speaks ("The Pentagon said President X ordered ...") unless the post is the speaker's
   * own ("Hezbollah said its senior commander X"), and not to where one speaks ("wrote on Twitter").
   */
  private void addContextAffiliations(List<CoreMap> sentences, ActorIndex actors, List<UntiedPost> untied,
      Map<List<Object>, AffiliationFact> affiliations) {
    Set<Actor> affiliated = affiliations.values().stream().map(AffiliationFact::person).collect(Collectors.toSet());
    // a country is guessed only for who has no organization guessed in any sentence
    Map<Actor, AffiliationFact> countryGuesses = new LinkedHashMap<>();
    for (UntiedPost post : untied) {
      if (affiliated.contains(post.person())) {
        continue;
      }
      List<CoreLabel> tokens = Sentences.tokens(sentences.get(post.sentence()));
      boolean speakersOwn = post.titleStart() > 0
          && SPEAKER_POSSESSIVES.contains(tokens.get(post.titleStart() - 1).word().toLowerCase(Locale.ROOT));
      SemanticGraph graph = sentences.get(post.sentence()).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      Set<Actor> organizations = new LinkedHashSet<>();
      // by any word of its name: "the African Union" speaks through "Union", not "African"
      Set<Actor> excluded = new LinkedHashSet<>();
      for (int t = 0; t < tokens.size(); t++) {
        int token = t;
        actors.actorAt(post.sentence(), t)
            .filter(a -> a.type() == ActorType.ORGANIZATION)
            .ifPresent(a -> (speakersOwn || !speaksOrIsVenue(graph, tokens.get(token)) ? organizations : excluded).add(a));
      }
      // "The leader of the Front, X, ... the governor, Y": what the sentence states as another
      // person's organization is no guess for this one
      affiliations.values().stream()
          .filter(a -> a.evidence().begin() == post.evidence().begin() && !a.person().equals(post.person()))
          .forEach(a -> excluded.add(a.organization()));
      organizations.removeAll(excluded);
      if (organizations.isEmpty() && post.forState() && !countryGuesses.containsKey(post.person())) {
        actingCountry(actors, post.sentence(), tokens, graph, excluded).ifPresent(country -> countryGuesses.put(post.person(),
            new AffiliationFact(post.person(), country, post.evidence().withRule(COUNTRY_CONTEXT_RULE, CONTEXT_CONFIDENCE))));
      }
      // the one organization must act in the sentence ("Hezbollah threatened retaliation for the
      // killing of commander X"), or own the speaker's post: one merely mentioned ("talks with
      // the Front", "a meeting facilitated by the bishop of Y") was right a quarter of the time
      Optional<Actor> guess = only(organizations)
          .filter(org -> speakersOwn || premodifiesPost(actors, post, org) || actsIn(actors, post.sentence(), tokens, graph, org));
      if (guess.isPresent()) {
        Actor org = guess.get();
        affiliations.putIfAbsent(List.of(post.person(), org), new AffiliationFact(post.person(), org,
            post.evidence().withRule(CONTEXT_RULE, CONTEXT_CONFIDENCE)));
        affiliated.add(post.person());
      }
    }
    countryGuesses.values().stream().filter(guess -> !affiliated.contains(guess.person()))
        .forEach(guess -> affiliations.putIfAbsent(List.of(guess.person(), guess.organization()), guess));
  }

  /**
   * "President X vowed that France would step up its strikes": a state's post with no state of its
   * own serves the one country the sentence has act (subject of a verb other than speech, or
   * possessor), when the sentence names no other country at all.
   */
  private Optional<Actor> actingCountry(ActorIndex actors, int sentence, List<CoreLabel> tokens, SemanticGraph graph, Set<Actor> excluded) {
    Set<Actor> countries = ActorLookup.namedBefore(actors, sentence, tokens.size(), ActorType.COUNTRY);
    if (countries.size() != 1 || graph == null || excluded.containsAll(countries)) {
      return Optional.empty();
    }
    Actor country = countries.iterator().next();
    return actsIn(actors, sentence, tokens, graph, country) ? Optional.of(country) : Optional.empty();
  }

  /** "X, another ELN commander": the organization written just before the post, inside it. */
  private static boolean premodifiesPost(ActorIndex actors, UntiedPost post, Actor org) {
    for (int t = Math.max(0, post.titleStart() - PREMODIFIER_REACH); t < post.titleStart(); t++) {
      if (actors.actorAt(post.sentence(), t).equals(Optional.of(org))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The countries of the post's sentence that may be whose the post is: those named before it, and
   * subjects after it ("Foreign Minister X said Japan was shocked"); not what its holder acts on
   * after it ("accused Khartoum", "told French radio", "mercenaries in Sudan's pay").
   */
  private static Set<Actor> possibleOwners(CoreMap sentence, ActorIndex actors, UntiedPost post) {
    List<CoreLabel> tokens = Sentences.tokens(sentence);
    Set<Actor> owners = ActorLookup.namedBefore(actors, post.sentence(), Math.max(0, post.titleStart()), ActorType.COUNTRY);
    SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    for (int t = Math.max(0, post.titleStart()); t < tokens.size(); t++) {
      Optional<Actor> country = actors.actorAt(post.sentence(), t).filter(a -> a.type() == ActorType.COUNTRY);
      IndexedWord word = graph == null ? null : graph.getNodeByIndexSafe(t + 1);
      if (country.isPresent() && (word == null || isSubject(graph, word))) {
        owners.add(country.get());
      }
    }
    return owners;
  }

  /** A subject, or the possessor or modifier of one: "Japan", "Japan's government", "the Kenyan army". */
  private static boolean isSubject(SemanticGraph graph, IndexedWord word) {
    return graph.incomingEdgeList(word).stream().anyMatch(e -> e.getRelation().toString().startsWith("nsubj")
        || Set.of("nmod:poss", "amod", "compound").contains(e.getRelation().toString())
            && graph.incomingEdgeList(e.getGovernor()).stream().anyMatch(g -> g.getRelation().toString().startsWith("nsubj")));
  }

  /** How many words before a post an organization may stand and still premodify it: "ELN field commander". */
  private static final int PREMODIFIER_REACH = 3;

  /** Whether the sentence has the actor act: subject of a verb other than speech, or possessor. */
  private boolean actsIn(ActorIndex actors, int sentence, List<CoreLabel> tokens, SemanticGraph graph, Actor actor) {
    return graph != null && tokens.stream()
        .filter(token -> actors.actorAt(sentence, token.index() - 1).equals(Optional.of(actor)) && !speaksOrIsVenue(graph, token))
        .map(token -> graph.getNodeByIndexSafe(token.index()))
        .anyMatch(word -> word != null && graph.incomingEdgeList(word).stream().anyMatch(TitleExtractor::acts));
  }

  private static boolean acts(SemanticGraphEdge edge) {
    String relation = edge.getRelation().toString();
    return relation.equals("nsubj") || relation.equals("nmod:poss");
  }

  /**
   * Whether the word is the subject of a speech verb, the venue of one ("on Twitter"), the other
   * side ("talks with the Front"), who oversees
   * ("under the auspices of"), or the agent of a passive ("killed by marksmen of the Civil Guard").
   */
  private boolean speaksOrIsVenue(SemanticGraph graph, CoreLabel token) {
    IndexedWord word = graph == null ? null : graph.getNodeByIndexSafe(token.index());
    if (word == null) {
      return false;
    }
    for (SemanticGraphEdge edge : graph.incomingEdgeIterable(word)) {
      String relation = edge.getRelation().getShortName();
      String specific = edge.getRelation().getSpecific();
      if (relation.startsWith("nsubj") && speech.contains(Trees.lemma(edge.getGovernor()))
          || (relation.equals("obl") || relation.equals("nmod")) && specific != null
              && (VENUE_PREPOSITIONS.contains(specific) || COUNTERPART_PREPOSITIONS.contains(specific))
          || relation.equals("nmod") && "of".equals(specific) && AUSPICES.contains(Trees.lemma(edge.getGovernor()))
          || isAgent(edge)
          || (relation.equals("nmod") && "of".equals(specific) || relation.equals("compound"))
              && graph.incomingEdgeList(edge.getGovernor()).stream().anyMatch(TitleExtractor::isAgent)) {
        return true;
      }
    }
    return false;
  }

  /** "shot dead by marksmen of the Civil Guard": who does it to the post's holder is not his. */
  private static boolean isAgent(SemanticGraphEdge edge) {
    String relation = edge.getRelation().toString();
    return relation.equals("obl:agent") || relation.equals("obl:by");
  }

  /**
   * "William Hale, Qatari Prime Minister and Foreign Minister Sheikh Mohammed ...": a post after a
   * name that runs on into another name is that name's premodifier, not an apposition.
   */
  private boolean premodifiesNextName(List<CoreLabel> tokens, int from) {
    for (int t = from; t < tokens.size(); t++) {
      CoreLabel token = tokens.get(t);
      if (PERSON.equals(token.ner())) {
        return true;
      }
      boolean glue = PREMODIFIER_GLUE.contains(token.word().toLowerCase(Locale.ROOT))
          || posts.isTitleWord(token) || posts.isDepartment(token) || AFFILIATION_NER.contains(token.ner());
      if (!glue) {
        return false;
      }
    }
    return false;
  }

  /** "U.S. Defense Secretary": department words after the affiliation's own mention belong to the post. */
  private int departmentStart(ActorIndex actors, int sentence, List<CoreLabel> tokens, int affStart, int titleStart) {
    int start = titleStart;
    while (start > affStart && actors.actorAt(sentence, start - 1).isEmpty() && posts.isDepartment(tokens.get(start - 1))) {
      start--;
    }
    return start;
  }

  /** The post, and apart from it a rank that ends it: "Army chief General" is "Army chief" and "General". */
  private List<int[]> titleSpans(List<CoreLabel> tokens, int start, int end) {
    // The longest rank that ends the post, so that "Major General" stays one rank.
    for (int rankStart = start; rankStart < end; rankStart++) {
      if (posts.isRank(tokens.subList(rankStart, end))) {
        return rankStart > start && containsTitleWord(tokens, start, rankStart) && startsRank(tokens, rankStart, end)
            ? List.of(new int[] {start, rankStart}, new int[] {rankStart, end})
            : List.<int[]>of(new int[] {start, end});
      }
    }
    return List.<int[]>of(new int[] {start, end});
  }

  /**
   * Whether a rank word after a post begins a rank of its own: "Army chief General X", "chief of
   * staff Major General Y", "Defence Minister Major-General Z" (one token, two words). A lone
   * "general" that keeps the post's case belongs to the post: "consul general", "Secretary General".
   */
  private static boolean startsRank(List<CoreLabel> tokens, int rankStart, int end) {
    String first = tokens.get(rankStart).word();
    boolean capitalized = Character.isUpperCase(first.codePointAt(0));
    boolean afterLowerCase = Character.isLowerCase(tokens.get(rankStart - 1).word().codePointAt(0));
    return end - rankStart > 1 || first.indexOf('-') > 0 || capitalized && afterLowerCase;
  }

  /** Nouns that refer back to a country: "the country's prime minister". */
  private static final Set<String> COUNTRY_NOUNS = Set.of("country", "kingdom", "republic");

  private static final Set<String> GROUP_NOUNS = Set.of("group", "movement", "party", "militia", "sect", "cartel", "faction", "front", "organisation", "organization");

  /** The spans of PERSON tokens between start and end (none when start is -1: no list matched). */
  private static List<int[]> personRuns(List<CoreLabel> tokens, int start, int end) {
    List<int[]> runs = new ArrayList<>();
    for (int t = Math.max(start, 0); t < end; t++) {
      if (PERSON.equals(tokens.get(t).ner()) && (t == start || !PERSON.equals(tokens.get(t - 1).ner()))) {
        int last = t;
        while (last + 1 < end && PERSON.equals(tokens.get(last + 1).ner())) {
          last++;
        }
        runs.add(new int[] {t, last + 1});
      }
    }
    return runs;
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
    return tokens.subList(start, end).stream().anyMatch(posts::isTitleWord);
  }

  /**
   * "The movement named a new team. Its chief negotiator, X, ...": where coreference ties the
   * possessor to nothing and its own sentence names no candidate before it, the one organization
   * (or country, for "the country"; either, for "its") the previous sentence names.
   */
  private static Optional<Actor> onlyActorOfPreviousSentence(ActorIndex actors, int s, int possessor, String word, int previousLength) {
    Predicate<Actor> kind = COUNTRY_NOUNS.contains(word) ? a -> a.type() == ActorType.COUNTRY
        : GROUP_NOUNS.contains(word) ? a -> a.type() == ActorType.ORGANIZATION
        : a -> a.type() == ActorType.ORGANIZATION || a.type() == ActorType.COUNTRY;
    if (ActorLookup.lastBefore(actors, s, possessor, kind).isPresent()) {
      return Optional.empty();
    }
    Set<Actor> named = new LinkedHashSet<>();
    for (ActorType type : List.of(ActorType.ORGANIZATION, ActorType.COUNTRY)) {
      ActorLookup.namedBefore(actors, s - 1, previousLength, type).stream().filter(kind).forEach(named::add);
    }
    return only(named);
  }

  /**
   * "Iran accused Israel of killing X, the country's top scientist": with two countries before
   * it, "the country" is either; only the one actor named before the possessor is taken.
   */
  private static Optional<Actor> only(Set<Actor> named) {
    return named.size() == 1 ? named.stream().findFirst() : Optional.empty();
  }

  /**
   * "the two deputy speakers, A and B", "Hamas commanders X and Y": each holds the post in the
   * singular. Only a post's head is made singular: "Minister of Foreign Affairs" stays, and so
   * does a hyphenated head the tagger calls plural ("sergeant-at-arms").
   */
  private String singular(String title, List<CoreLabel> post) {
    CoreLabel head = post.get(post.size() - 1);
    boolean complemented = post.stream().anyMatch(t -> POST_COMPLEMENTS.contains(t.word().toLowerCase(Locale.ROOT)));
    if (title.isEmpty() || complemented || !posts.isPluralHead(head) || head.word().contains("-") || head.lemma() == null || !title.endsWith(head.word())) {
      return title;
    }
    String word = head.word();
    String lemma = !head.lemma().equals(word) ? head.lemma()
        : word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y" : word.substring(0, word.length() - 1);
    return title.substring(0, title.length() - word.length()) + lemma;
  }

  private static final Set<String> POST_COMPLEMENTS = Set.of("of", "for", "to");

  /** "the 86-year-old jurist": an age before a post is no part of it. */
  private static final Pattern AGE = Pattern.compile("\\d+-year-old");
  private static final Pattern FUSED_TIME_PREFIX = Pattern.compile("^(?i:then|ex)-(?=\\p{L})");

  private static String cleanTitle(String title) {
    String[] words = title.strip().split("\\s+");
    int from = 0;
    while (from < words.length && (LEADING_NOISE.contains(words[from].toLowerCase(Locale.ROOT)) || AGE.matcher(words[from]).matches())) {
      from++;
    }
    if (from < words.length) {
      // "then-Secretary of State" is tokenized as one word: the post is what follows the hyphen
      words[from] = FUSED_TIME_PREFIX.matcher(words[from]).replaceFirst("");
    }
    return String.join(" ", Arrays.copyOfRange(words, from, words.length)).strip();
  }
}
