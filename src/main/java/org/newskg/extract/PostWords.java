package org.newskg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.newskg.lexicon.DataFiles;
import org.newskg.lexicon.PostWordFile;

/**
 * The words of posts of {@code post-words.tsv} (title head words, military ranks, department words)
 * and of {@code post-lexicon.tsv} (the nouns of posts generated from WordNet); read once for the
 * mention and title extractors.
 */
final class PostWords {
  private static final PostWords WORDS = new PostWords(WordLists.load(PostWordFile.RESOURCE),
      DataFiles.rows("/org/newskg/extract/post-lexicon.tsv").stream().map(row -> row.get(0)).toList());

  private final Set<String> titles;
  private final Set<String> ranks;
  private final Set<String> departments;
  private final Set<String> fieldEnds;
  private final Set<String> opposition;
  private final Set<String> statePosts;
  private final Set<String> occupations;
  private final Set<String> honorifics;
  private final Set<String> organizationNouns;
  private final Set<String> stateOrgans;
  private final Set<String> demonymOrgans;
  private final java.util.Map<String, String> postOfVerb;

  /** The lists of post-words.tsv, and the nouns of posts generated from WordNet (post-lexicon.tsv). */
  private PostWords(WordLists lists, List<String> generatedPosts) {
    this.occupations = lists.get("occupation");
    this.honorifics = lists.get("honorific");
    // a generated noun that is an occupation ("executive") stays no post
    this.titles = java.util.stream.Stream.concat(lists.get("title").stream(), generatedPosts.stream())
        .filter(w -> !occupations.contains(w)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    this.ranks = lists.get("rank");
    this.departments = lists.get("department");
    this.fieldEnds = lists.get("field-end");
    this.opposition = lists.get("opposition");
    this.statePosts = lists.get("state");
    this.organizationNouns = lists.get("organization");
    this.stateOrgans = lists.get("state-organ");
    this.demonymOrgans = lists.get("demonym-organ");
    this.postOfVerb = lists.get("post-verb").stream()
        .collect(java.util.stream.Collectors.toMap(p -> p.split(":")[0], p -> p.split(":")[1]));
  }

  static PostWords load() {
    return WORDS;
  }

  /** A post held for a state: "President", "foreign minister", "ambassador to France". */
  boolean heldForState(String post) {
    return anyWordIn(post, statePosts);
  }

  private static boolean anyWordIn(String post, Set<String> words) {
    return java.util.Arrays.stream(lower(post).split("[\\s-]+")).anyMatch(words::contains);
  }

  /** A word that makes a phrase a post: tagged TITLE by CoreNLP, or a title head word. */
  boolean isTitleWord(CoreLabel token) {
    String word = lower(token.word());
    return "TITLE".equals(token.ner()) || titles.contains(word) || ranks.contains(word)
        // "Hamas commanders X and Y", "two sergeants, A and B": a plural post is each one's
        || word.endsWith("s") && (titles.contains(word.substring(0, word.length() - 1)) || ranks.contains(word.substring(0, word.length() - 1)))
        // "Secretary-General", "vice-president": a hyphenated post holds a title word
        || word.contains("-") && java.util.Arrays.stream(word.split("-")).anyMatch(titles::contains);
  }

  /** Whether the name is of a kind of body a state has: "Defence Ministry", "Security Council". */
  boolean namesStateOrgan(String name) {
    return anyWordIn(name, stateOrgans);
  }

  /** Whether the name is of a body that is its state's own when a demonym opens it: "Lithuanian Supreme Council". */
  boolean namesDemonymOrgan(String name) {
    return anyWordIn(name, demonymOrgans);
  }

  /** Whether a noun refers back to an organization or state: "the alliance's", "the ministry's". */
  boolean refersToOrganization(String noun) {
    return organizationNouns.contains(lower(noun));
  }

  /** Whether the word heads an occupation, which is no post: "lawyer", "nurse", "executive". */
  boolean isOccupation(CoreLabel token) {
    String word = lower(token.word());
    return occupations.contains(word) || word.endsWith("s") && occupations.contains(word.substring(0, word.length() - 1));
  }

  /** Whether a whole title is only an honorific: "Prince" alone ("Crown Prince" is a post). */
  boolean isHonorific(String title) {
    return honorifics.contains(lower(title));
  }

  boolean isDepartment(CoreLabel token) {
    return departments.contains(lower(token.word()));
  }

  /** Whether the word closes a post's field: "Affairs" in "Minister of Foreign Affairs". */
  boolean isFieldEnd(CoreLabel token) {
    return fieldEnds.contains(lower(token.word()));
  }

  /** Whether the post is held against the state that possesses it: "Russia's opposition politician". */
  boolean opposesState(List<CoreLabel> post) {
    return post.stream().anyMatch(t -> opposition.contains(lower(t.word())));
  }

  /** The post a verb of holding one names: "heads" is "head", "leads" is "leader". */
  java.util.Optional<String> postOfVerb(CoreLabel token) {
    // "X, the head of ...": the noun is a post of its own, not the verb "heads"
    boolean verb = token.tag() != null && token.tag().startsWith("VB");
    return java.util.Optional.ofNullable(token.lemma() == null || !verb ? null : postOfVerb.get(lower(token.lemma())));
  }

  /** Whether the tokens spell a military rank: "Major General". */
  boolean isRank(List<CoreLabel> tokens) {
    return ranks.contains(String.join(" ", tokens.stream().map(t -> lower(t.word())).toList()));
  }

  /**
   * The head of a plural post, as one TokensRegex token: the tagger takes a capitalized plural for a
   * singular proper noun ("Foreign Ministers" NNP) and may call a singular a plural ("the general, X
   * offered" NNS, lemma "genera"), so a plural is told by its ending, -s or -men; a name is none.
   */
  private static final String PLURAL_HEAD = "[({tag:/NNP?S/} & {word:/.*(s|men)/} | {tag:NNP} & {word:/\\p{Lu}\\p{Ll}+[^s]s/})"
      + " & !{ner:/PERSON|ORGANIZATION|COUNTRY|NATIONALITY/}]";
  private static final TokenSequencePattern PLURAL_HEAD_PATTERN = TokenSequencePattern.compile(PLURAL_HEAD);

  /** The plural post's head pattern, for the rules' $PLURAL_HEAD. */
  String pluralHeadPattern() {
    return PLURAL_HEAD;
  }

  /** Whether the word heads a plural post: "commanders", "Foreign Ministers", not "general". */
  boolean isPluralHead(CoreLabel token) {
    return PLURAL_HEAD_PATTERN.matcher(List.of(token)).matches();
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  /** A TokensRegex token pattern matching a department word in any case: "Foreign", "Defence". */
  String departmentPattern() {
    return anyCasePattern(departments);
  }

  /** A TokensRegex token pattern matching a lower-case noun that refers back to an organization: "group", "sect". */
  String organizationNounPattern() {
    return "[{word:/" + String.join("|", new TreeSet<>(organizationNouns)) + "/}]";
  }

  /** A TokensRegex token pattern matching a word that closes a post's field: "Affairs". */
  String fieldEndPattern() {
    return anyCasePattern(fieldEnds);
  }

  private static String anyCasePattern(Set<String> words) {
    return "[{word:/(?i)" + String.join("|", new TreeSet<>(words)) + "/}]";
  }
}
