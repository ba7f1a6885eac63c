package org.newskg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.newskg.lexicon.DataFiles;
import org.newskg.lexicon.Gazetteer;
import org.newskg.lexicon.PostWordFile;
import org.newskg.text.Acronyms;

/**
 * Mends, after the statistical NER, names it is certain to have missed; the entity mentions are
 * rebuilt when a tag changes.
 */
final class NerRepairs {
  private NerRepairs() {}

  private static final String ORGANIZATION = "ORGANIZATION";
  /** Longest name an acronym is looked for in, in tokens. */
  private static final int REACH = 10;

  /** Retags the names; whether any token changed. */
  static boolean apply(Annotation document) {
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return false;
    }
    boolean changed = false;
    for (Predicate<List<CoreMap>> repair : REPAIRS) {
      changed |= repair.test(sentences);
    }
    return changed;
  }

  /** The repairs in the order they run: a later one sees the names an earlier one tagged. */
  private static final List<Predicate<List<CoreMap>>> REPAIRS = List.of(NerRepairs::namedInstitutions,
      NerRepairs::acronymNames, NerRepairs::repeatedAcronyms, NerRepairs::datedNames, NerRepairs::armedServices, NerRepairs::namedGroups, NerRepairs::groupsForCauses, NerRepairs::headedBodies, NerRepairs::joinedNames,
      NerRepairs::rankedNames, NerRepairs::apposedPersons, NerRepairs::demonyms, NerRepairs::describedGroups, NerRepairs::koreanNames,
      NerRepairs::kunyaNames, NerRepairs::royalNames, NerRepairs::possessingStates, NerRepairs::possessingGroups);

  private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE");
  private static final Set<String> PLACE_PARTICLES = Set.of("de", "del", "do", "da", "dos", "das");
  private static final Set<String> ARTICLES = Set.of("la", "las", "los", "el");
  /** A surname with the Arabic article: the pattern pos-fixes.rules tags a proper noun. */
  private static final Pattern ARABIC_ARTICLE_NAME =
      Pattern.compile("(?:[Aa]l|[Ee]l|[Aa]d|[Aa]r|[Aa]s|[Aa]sh|[Aa]t|[Aa]z|[Aa]n)-\\p{Lu}[\\p{L}']*");

  /**
   * "Tomas Ruiz y Vega", "Villa de las Rosas", "San Pedro de Lora": the NER ends a
   * Spanish or Portuguese name at its lower-case joint (and an Arabic one before its "al-" surname). A person's name goes on over "y", a
   * place's over "de", "del" (and an article), when proper nouns follow.
   */
  static boolean joinedNames(List<CoreMap> sentences) {
    boolean changed = false;
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (int i = 0; i + 2 < tokens.size(); i++) {
        String tag = tokens.get(i).ner();
        String joint = tokens.get(i + 1).word();
        if ("PERSON".equals(tag) && ARABIC_ARTICLE_NAME.matcher(joint).matches() && "O".equals(tokens.get(i + 1).ner())) {
          // "Omar al-Rashidi": a surname with the Arabic article, one token, that the NER left out
          changed |= tag(tokens.get(i + 1), tag);
          continue;
        }
        boolean person = "PERSON".equals(tag) && joint.equals("y");
        boolean place = PLACE_TAGS.contains(tag) && PLACE_PARTICLES.contains(joint);
        if (!person && !place) {
          continue;
        }
        int t = i + 2;
        if (place && ARTICLES.contains(tokens.get(t).word())) {
          t++;
        }
        int end = t;
        while (end < tokens.size() && "NNP".equals(tokens.get(end).tag()) && Character.isUpperCase(tokens.get(end).word().codePointAt(0))
            && ("O".equals(tokens.get(end).ner()) || tag.equals(tokens.get(end).ner()) || place && PLACE_TAGS.contains(tokens.get(end).ner()))) {
          end++;
        }
        if (end == t) {
          continue;
        }
        for (int k = i + 1; k < end; k++) {
          changed |= tag(tokens.get(k), tag);
        }
        i = end - 1;
      }
    }
    return changed;
  }

  /**
   * "Tajik troops", "an Azeri official": the NER tags demonyms news writes beside the gazetteer's
   * one MISC or nothing. One standing alone is a nationality; one inside a name is not
   * ("the Nepali Congress", "the United Tajik Opposition" stay organizations).
   */
  static boolean demonyms(List<CoreMap> sentences) {
    boolean changed = false;
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (int i = 0; i < tokens.size(); i++) {
        CoreLabel word = tokens.get(i);
        if (!ALIAS_DEMONYMS.contains(word.word()) || !UNTAGGED_OR_MISC.contains(word.ner())) {
          continue;
        }
        boolean named = i > 0 && ORGANIZATION.equals(tokens.get(i - 1).ner())
            || i + 1 < tokens.size() && (ORGANIZATION.equals(tokens.get(i + 1).ner()) || "MISC".equals(tokens.get(i + 1).ner()));
        if (!named) {
          changed |= tag(word, "NATIONALITY");
        }
      }
    }
    return changed;
  }

  private static final Set<String> INSTITUTION_HEADS = Set.copyOf(DataFiles.lines("/org/newskg/nlp/institution-heads.txt"));

  /**
   * "the Henry Dunant Centre (HDC)", "the Abdullah Azzam Brigades": the NER takes an institution
   * named after a person for the person, its head noun included or left out. A person's name
   * followed by an institution's head noun is the institution's name.
   */
  static boolean namedInstitutions(List<CoreMap> sentences) {
    boolean changed = false;
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (int end = 0; end < tokens.size(); end++) {
        boolean closesName = "PERSON".equals(tokens.get(end).ner())
            && (end + 1 == tokens.size() || !"PERSON".equals(tokens.get(end + 1).ner()));
        if (!closesName) {
          continue;
        }
        int head = INSTITUTION_HEADS.contains(tokens.get(end).word()) ? end
            : end + 1 < tokens.size() && INSTITUTION_HEADS.contains(tokens.get(end + 1).word()) ? end + 1 : -1;
        int start = end;
        while (start > 0 && "PERSON".equals(tokens.get(start - 1).ner())) {
          start--;
        }
        if (head < 0 || start == head) {
          continue;
        }
        changed |= tag(tokens, start, head + 1, ORGANIZATION);
      }
    }
    return changed;
  }

  private static final Set<String> GROUP_HEADS = Set.copyOf(DataFiles.lines("/org/newskg/nlp/group-heads.txt"));
  /** Words a group's name follows: "the National Patriotic Front", "Algeria's Armed Islamic Group". */
  private static final Set<String> NAME_OPENERS = Set.of("the", "The", "'s", "\u2019s");
  /** Tags a word inside a group's name may carry: "the Kurdish Workers Party" has a MISC demonym. */
  private static final Set<String> NAME_PART_TAGS = Set.of("O", "MISC", "NATIONALITY", "LOCATION", "COUNTRY", "CITY",
      "STATE_OR_PROVINCE");

  /**
   * "when the National Patriotic Front ambushed his car": the NER leaves a group named in common
   * words untagged when it has not seen the name. Capitalized proper nouns after "the" or a
   * possessive, ending in a group's head noun and followed by no further proper noun, name one
   * organization when no word of them is tagged a person or organization and one is untagged.
   */
  static boolean namedGroups(List<CoreMap> sentences) {
    boolean changed = false;
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (int head = 2; head < tokens.size(); head++) {
        if (!GROUP_HEADS.contains(tokens.get(head).word()) || !isNamePart(tokens.get(head))
            || head + 1 < tokens.size() && tokens.get(head + 1).tag().startsWith("NNP")) {
          continue;
        }
        int start = head;
        while (start > 0 && isNamePart(tokens.get(start - 1))) {
          start--;
        }
        boolean opened = start > 0 && start < head && NAME_OPENERS.contains(tokens.get(start - 1).word());
        boolean untagged = tokens.subList(start, head + 1).stream().anyMatch(t -> "O".equals(t.ner()));
        if (!opened || !untagged) {
          continue;
        }
        changed |= tag(tokens, start, head + 1, ORGANIZATION);
      }
    }
    return changed;
  }

  /** Lower-case words inside a cause a group is named for: "the Front for the Liberation of the Kesh Delta". */
  private static final Set<String> CAUSE_JOINERS = Set.of("and", "the", "of", "in", "for");

  /**
   * "the Front for Change and Unity in Tarvia", "the Movement for Civic Renewal": a group's head
   * noun after "the" or a possessive and followed by "for" and a cause in capitalized words (joined
   * by "and", "the", "of", "in") is one organization's name, which the NER cuts into pieces ("Unity"
   * an organization, "Tarvia" a country) or leaves untagged; the name ends on its last capitalized word.
   */
  static boolean groupsForCauses(List<CoreMap> sentences) {
    boolean changed = false;
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (int head = 1; head + 2 < tokens.size(); head++) {
        if (!GROUP_HEADS.contains(tokens.get(head).word()) || !NAME_OPENERS.contains(tokens.get(head - 1).word())
            || !tokens.get(head + 1).word().equals("for")) {
          continue;
        }
        int end = head + 1;
        for (int t = head + 2; t < tokens.size(); t++) {
          CoreLabel token = tokens.get(t);
          if (token.tag().startsWith("NNP") && Character.isUpperCase(token.word().codePointAt(0)) && !"PERSON".equals(token.ner())) {
            end = t;
          } else if (!CAUSE_JOINERS.contains(token.word())) {
            break;
          }
        }
        if (end == head + 1) {
          continue;
        }
        changed |= tag(tokens, head, end + 1, ORGANIZATION);
      }
    }
    return changed;
  }

  /** Tags a word inside a body's name after a post may carry: "the Islamic/RELIGION Assembly". */
  private static final Set<String> BODY_PART_TAGS = Set.of("O", "MISC", "NATIONALITY", "RELIGION", "IDEOLOGY");

  /**
   * "the leader of the Silver Davidians", "chairman of the SPLA-S", "the secretary-general of the
   * Islamic Assembly": what a post (a TITLE word) is "of the" is a body, and capitalized proper
   * nouns there that the NER left untagged or MISC name an organization, there and wherever the
   * article writes them. One word needs capitals of an acronym: "the President of the Republic",
   * "the Minister of the Interior" are posts of no named body.
   */
  static boolean headedBodies(List<CoreMap> sentences) {
    Set<List<String>> bodies = new HashSet<>();
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (int post = 0; post + 3 < tokens.size(); post++) {
        if (!"TITLE".equals(tokens.get(post).ner()) || !tokens.get(post + 1).word().equals("of")
            || !DETERMINERS.contains(tokens.get(post + 2).word())) {
          continue;
        }
        int start = post + 3;
        int end = start;
        while (end < tokens.size() && isBodyPart(tokens.get(end))) {
          end++;
        }
        List<CoreLabel> name = tokens.subList(start, end);
        boolean named = name.size() > 1 || name.size() == 1 && ACRONYM_WORD.matcher(name.get(0).word()).matches();
        // "the commander of the Sentinel Shield mission of NATO": a name before a common noun only qualifies it
        boolean modifier = end < tokens.size() && tokens.get(end).tag().startsWith("NN");
        if (named && !modifier && UNTAGGED_OR_MISC.contains(name.get(name.size() - 1).ner())) {
          bodies.add(name.stream().map(CoreLabel::word).toList());
        }
      }
    }
    boolean changed = false;
    for (List<String> body : bodies) {
      for (CoreMap sentence : sentences) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        for (int t = 0; t + body.size() <= tokens.size(); t++) {
          List<CoreLabel> here = tokens.subList(t, t + body.size());
          if (here.stream().map(CoreLabel::word).toList().equals(body) && here.stream().allMatch(NerRepairs::isBodyPart)) {
            for (CoreLabel token : here) {
              changed |= tag(token, ORGANIZATION);
            }
          }
        }
      }
    }
    return changed;
  }

  /** An acronym as one token, with a suffix if any: "SPLA-S", "NLF". */
  private static final Pattern ACRONYM_WORD = Pattern.compile("\\p{Lu}{2,}(?:-\\p{Lu}+)?");

  private static boolean isBodyPart(CoreLabel token) {
    // the tagger may call a capitalized word inside the name a common noun ("Silver/NN Davidians", "SPLA-S/NN")
    return token.tag().startsWith("NN") && Character.isUpperCase(token.word().codePointAt(0)) && BODY_PART_TAGS.contains(token.ner());
  }

  private static boolean isNamePart(CoreLabel token) {
    return token.tag().startsWith("NNP") && Character.isUpperCase(token.word().codePointAt(0))
        && NAME_PART_TAGS.contains(token.ner());
  }

  /** Nouns that say a name is a group's: "X, an Islamist group based in ...". */
  private static final Set<String> GROUP_NOUNS = Set.of("group", "movement", "militia", "faction", "organisation",
      "organization", "party", "alliance", "coalition", "network", "outfit", "brigade", "insurgency");
  private static final Set<String> INDEFINITE = Set.of("a", "an");
  /** How far the words describing the group may run before its noun: "a hardline Sunni Islamist rebel group". */
  private static final int DESCRIPTION_REACH = 6;

  /**
   * "Jaish al-Shams, an Islamist group based in the suburbs": a name the NER took for a person's
   * is an organization's when its apposition calls it a group ("X, a party activist" stays a
   * person: the group noun must end the noun phrase).
   */
  static boolean describedGroups(List<CoreMap> sentences) {
    boolean changed = false;
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (int end = 1; end + 2 < tokens.size(); end++) {
        if (!"PERSON".equals(tokens.get(end - 1).ner()) || !tokens.get(end).word().equals(",")
            || !INDEFINITE.contains(tokens.get(end + 1).word())) {
          continue;
        }
        int t = end + 2;
        while (t < tokens.size() && t < end + 2 + DESCRIPTION_REACH && !GROUP_NOUNS.contains(tokens.get(t).word())
            && DESCRIBING.matcher(tokens.get(t).tag()).matches()) {
          t++;
        }
        boolean group = t < tokens.size() && GROUP_NOUNS.contains(tokens.get(t).word())
            && (t + 1 == tokens.size() || !tokens.get(t + 1).tag().startsWith("NN"));
        if (!group) {
          continue;
        }
        for (int k = end - 1; k >= 0 && "PERSON".equals(tokens.get(k).ner()); k--) {
          changed |= tag(tokens.get(k), ORGANIZATION);
        }
      }
    }
    return changed;
  }

  /** Tags of the words that may describe a group before its noun: "armed", "Sunni", "Iran-backed", "rebel". */
  private static final Pattern DESCRIBING = Pattern.compile("JJ.?|NN|NNP|VBN|HYPH");

  private static final Set<String> ALIAS_DEMONYMS = Set.copyOf(Gazetteer.aliasDemonyms());
  private static final Set<String> UNTAGGED_OR_MISC = Set.of("O", "MISC");

  /** The first word of an Arabic kunya ("father of", "mother of"). */
  private static final Set<String> KUNYA = Set.of("Abu", "Abou", "Umm");

  /**
   * "the car of Abu Karim al-Saadi": a kunya, a given name and a surname with the Arabic article is
   * a person, though the NER, misled by the context, may call it a place. A kunya alone before a
   * place word ("Abu Dhabi", "Abu Ghraib", "Umm Qasr") has no such surname and is left alone.
   */
  static boolean kunyaNames(List<CoreMap> sentences) {
    boolean changed = false;
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (int i = 0; i + 2 < tokens.size(); i++) {
        if (!KUNYA.contains(tokens.get(i).word())) {
          continue;
        }
        int end = i + 1;
        while (end < tokens.size() && "NNP".equals(tokens.get(end).tag()) && !ARABIC_ARTICLE_NAME.matcher(tokens.get(end).word()).matches()
            && Character.isUpperCase(tokens.get(end).word().codePointAt(0))) {
          end++;
        }
        if (end == i + 1 || end >= tokens.size() || !ARABIC_ARTICLE_NAME.matcher(tokens.get(end).word()).matches()) {
          continue;
        }
        for (int k = i; k <= end; k++) {
          changed |= tag(tokens.get(k), "PERSON");
        }
        i = end;
      }
    }
    return changed;
  }

  private static final Set<String> KOREAN_SURNAMES = Set.copyOf(DataFiles.lines("/org/newskg/nlp/korean-surnames.txt"));
  /** A romanized Korean given name, one token: "Chung-hee", "Ki-moon", "Jae-in". */
  private static final Pattern GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{1,5}-\\p{Ll}{1,5}");

  /**
   * "Park Chung-hee", "Ban Ki-moon": a Korean family name before a hyphenated given name is a
   * person, whatever the NER made of it (an organization, MISC, or nothing).
   */
  static boolean koreanNames(List<CoreMap> sentences) {
    boolean changed = false;
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (int i = 0; i + 1 < tokens.size(); i++) {
        if (KOREAN_SURNAMES.contains(tokens.get(i).word()) && GIVEN_NAME.matcher(tokens.get(i + 1).word()).matches()) {
          changed |= tag(tokens.get(i), "PERSON");
          changed |= tag(tokens.get(i + 1), "PERSON");
        }
      }
    }
    return changed;
  }

  /**
   * "Sultan Qaboos of Oman": the NER tags the title but may leave the name after a royal title
   * untagged. Proper nouns right after one are a person's name. The NER may also take the title
   * itself for a name ("the Amir/PERSON of Kuwait").
   */
  static boolean royalNames(List<CoreMap> sentences) {
    boolean changed = false;
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (int i = 1; i < tokens.size(); i++) {
        CoreLabel word = tokens.get(i);
        if (ROYAL.contains(word.word()) && "PERSON".equals(word.ner()) && DETERMINERS.contains(tokens.get(i - 1).word())) {
          // "the Amir of Kuwait": after an article the title is a post, not a name
          changed |= tag(word, "TITLE");
        }
        if (!ROYAL.contains(tokens.get(i - 1).word())) {
          continue;
        }
        for (int t = i; t < tokens.size() && "NNP".equals(tokens.get(t).tag()) && "O".equals(tokens.get(t).ner()); t++) {
          tag(tokens.get(t), "PERSON");
          changed = true;
        }
      }
    }
    return changed;
  }

  /**
   * "Black September", "the March 23 Movement": SUTime makes the month of such a name a date,
   * which RegexNER may not take over. A name of the organizations gazetteer with a month or a
   * number in it is retagged whole wherever it is written.
   */
  static boolean datedNames(List<CoreMap> sentences) {
    boolean changed = false;
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (List<String> name : DATED_NAMES) {
        for (int i = 0; i + name.size() <= tokens.size(); i++) {
          if (!matches(tokens, i, name)) {
            continue;
          }
          for (int t = i; t < i + name.size(); t++) {
            changed |= tag(tokens.get(t), ORGANIZATION);
            // RegexNER may have taken the tag over but left the date's value, which splits the mention
            changed |= tokens.get(t).remove(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class) != null;
          }
        }
      }
    }
    return changed;
  }

  /**
   * "the Sri Lanka Army", "the Salvadoran Air Force": the statistical NER splits a state's armed
   * service into a country and a stray organization or place ("Sri Lanka/COUNTRY Army/LOCATION").
   * A service of the lexicon right after a state's name or demonym makes the whole one
   * organization. Scanned here rather than given to RegexNER, where every state times every
   * service made ten thousand patterns and slowed the NER by a quarter.
   */
  static boolean armedServices(List<CoreMap> sentences) {
    boolean changed = false;
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (int i = 1; i < tokens.size(); i++) {
        int at = i;
        // the service first: it is rare, and the state before it is looked up by joining words
        Optional<List<String>> service = SERVICES.stream()
            .filter(words -> at + words.size() <= tokens.size() && matches(tokens, at, words))
            .findFirst();
        int state = service.isPresent() ? stateBefore(tokens, i) : -1;
        if (state < 0) {
          continue;
        }
        changed |= tag(tokens, state, i + service.get().size(), ORGANIZATION);
      }
    }
    return changed;
  }

  /** Where the longest state name or demonym ending right before {@code end} starts; -1 for none. */
  private static int stateBefore(List<CoreLabel> tokens, int end) {
    int start = -1;
    StringBuilder name = new StringBuilder();
    for (int t = end - 1; t >= 0 && end - t <= LONGEST_STATE; t--) {
      name.insert(0, t == end - 1 ? tokens.get(t).word() : tokens.get(t).word() + " ");
      if (STATES.contains(name.toString())) {
        start = t;
      }
    }
    return start;
  }

  private static final Set<String> STATES = Gazetteer.stateNamesAndDemonyms();
  private static final int LONGEST_STATE = STATES.stream().mapToInt(s -> s.split(" ").length).max().orElse(1);
  /** Longest first, so that "National Police" is taken whole before "Police". */
  private static final List<List<String>> SERVICES = Gazetteer.armedServices().stream()
      .map(service -> List.of(service.split(" ")))
      .sorted((a, b) -> b.size() - a.size())
      .toList();

  private static boolean matches(List<CoreLabel> tokens, int start, List<String> name) {
    for (int t = 0; t < name.size(); t++) {
      if (!tokens.get(start + t).word().equals(name.get(t))) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");

  /** The gazetteer's organization names that hold a month or a number, as words. */
  private static final List<List<String>> DATED_NAMES = Gazetteer.organizationNames().stream()
      .flatMap(List::stream)
      .map(name -> List.of(name.split(" ")))
      .filter(words -> words.size() > 1 && words.stream().anyMatch(w -> MONTHS.contains(w) || w.matches("\\d+")))
      .toList();

  /**
   * "the secretary of Russia's Security Council": the NER's list of titles takes "secretary of
   * Russia" for one post, and the state that possesses the next name vanishes into it. A state's
   * name closing a title before a possessive is the state.
   */
  static boolean possessingStates(List<CoreMap> sentences) {
    boolean changed = false;
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (int of = 1; of + 2 < tokens.size(); of++) {
        if (!tokens.get(of).word().equals("of") || !"TITLE".equals(tokens.get(of).ner()) || !"TITLE".equals(tokens.get(of - 1).ner())) {
          continue;
        }
        for (int end = of + 2; end < tokens.size() && end - of - 1 <= LONGEST_STATE; end++) {
          List<CoreLabel> name = tokens.subList(of + 1, end);
          boolean titled = name.stream().allMatch(t -> "TITLE".equals(t.ner()));
          String words = String.join(" ", name.stream().map(CoreLabel::word).toList());
          if (titled && STATES.contains(words) && (tokens.get(end).word().equals("'s") || tokens.get(end).word().equals("'"))) {
            changed |= tag(tokens.get(of), "O");
            for (CoreLabel t : name) {
              changed |= tag(t, "COUNTRY");
            }
            break;
          }
        }
      }
    }
    return changed;
  }

  private static final Set<String> GROUP_POSTS = Set.copyOf(DataFiles.lines("/org/newskg/nlp/group-posts.txt"));
  /** Words between a possessive and its post: "Batasuna's chief spokesman", "the FNL's military commander". */
  private static final Pattern POST_MODIFIER = Pattern.compile("JJ.?|NN");
  private static final int POST_MODIFIERS = 2;

  /**
   * "Batasuna's spokesman, Arnaldo X", "the FNL's leader, Y": a group's post held by a named
   * person tells that the untagged proper nouns possessing it are a group, though the NER has
   * not seen the name. Not when the words are tagged a person elsewhere in the article
   * ("Kiir's spokesman" where the NER missed "Kiir" once).
   */
  static boolean possessingGroups(List<CoreMap> sentences) {
    Set<String> personWords = new HashSet<>();
    for (CoreMap sentence : sentences) {
      for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        if ("PERSON".equals(token.ner())) {
          personWords.add(token.word());
        }
      }
    }
    boolean changed = false;
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (int possessive = 1; possessive + 3 < tokens.size(); possessive++) {
        if (!"POS".equals(tokens.get(possessive).tag())) {
          continue;
        }
        int post = possessive + 1;
        while (post < tokens.size() - 1 && post - possessive <= POST_MODIFIERS && !GROUP_POSTS.contains(tokens.get(post).word())
            && POST_MODIFIER.matcher(tokens.get(post).tag()).matches()) {
          post++;
        }
        boolean heldByName = post + 2 < tokens.size() && GROUP_POSTS.contains(tokens.get(post).word())
            && tokens.get(post + 1).word().equals(",") && "PERSON".equals(tokens.get(post + 2).ner());
        if (!heldByName) {
          continue;
        }
        int start = possessive;
        while (start > 0 && isUntaggedName(tokens.get(start - 1)) && !personWords.contains(tokens.get(start - 1).word())) {
          start--;
        }
        changed |= tag(tokens, start, possessive, ORGANIZATION);
      }
    }
    return changed;
  }

  private static boolean isUntaggedName(CoreLabel token) {
    return token.tag().startsWith("NNP") && Character.isUpperCase(token.word().codePointAt(0)) && "O".equals(token.ner());
  }

  /** Military ranks, which the NER may take into the name after them ("Commodore/PERSON Frank X"). */
  private static final Set<String> RANKS = Set.of("General", "Colonel", "Major", "Captain", "Lieutenant", "Admiral",
      "Commodore", "Brigadier", "Marshal", "Sergeant", "Corporal", "Private", "Commander", "Lord", "Lady", "Baroness");

  /**
   * "The army commander, Commodore Frank X": a rank or peerage before a name is no part of it,
   * though the NER tagged it a person; the name then stays one actor with the plain name.
   */
  static boolean rankedNames(List<CoreMap> sentences) {
    boolean changed = false;
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (int i = 0; i + 1 < tokens.size(); i++) {
        CoreLabel word = tokens.get(i);
        boolean opensName = i == 0 || !"PERSON".equals(tokens.get(i - 1).ner());
        if (opensName && isRank(word.word()) && "PERSON".equals(word.ner()) && "PERSON".equals(tokens.get(i + 1).ner())) {
          changed |= tag(word, "TITLE");
        }
      }
    }
    return changed;
  }

  /** A word of a name the NER may not know: "Demirel", "Molapo", "Abdul-Karim". */
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+(?:[-'\u2019]\\p{L}+)*");
  /** Longest name, and longest run of words before a post's title word, that the repair below reads. */
  private static final int NAME_REACH = 3;
  private static final int POST_REACH = 4;
  private static final Set<String> APPOSITION_OPENERS = Set.of("the", "a", "an");
  /**
   * Head words of posts and ranks: the title extractor's own list (post-words.tsv), so that an
   * occupation the NER also tags a title ("X, a graphic designer") makes no unknown name a person.
   */
  private static final Set<String> POST_WORDS = PostWordFile.headWords();

  /**
   * "Late on Monday Oktay Demirel, the Turkish foreign minister, told ...", "Molapo, leader of
   * the Convention, heads ...": a name the NER does not know is a person's when a post follows it
   * in apposition (within a few words after the comma, a post's head word the NER tags a title).
   */
  static boolean apposedPersons(List<CoreMap> sentences) {
    boolean changed = false;
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (int comma = 1; comma + 1 < tokens.size(); comma++) {
        if (!tokens.get(comma).word().equals(",")) {
          continue;
        }
        int start = comma;
        while (start > 0 && comma - start < NAME_REACH && isUnknownNameWord(tokens.get(start - 1))) {
          start--;
        }
        // "in Kalo, the governor said": after a preposition the name is a place; "The Wall Street
        // Journal, managing editor X": after an article, no person's
        boolean whole = start < comma && (start == 0 || !isUnknownNameWord(tokens.get(start - 1)) && !tokens.get(start - 1).tag().matches("IN|TO|DT"));
        if (whole && postFollows(tokens, comma + 1)) {
          changed |= tag(tokens, start, comma, "PERSON");
        }
      }
    }
    return changed;
  }

  private static boolean isUnknownNameWord(CoreLabel token) {
    return "NNP".equals(token.tag()) && isUntaggedName(token) && NAME_WORD.matcher(token.word()).matches();
  }

  /** Whether a post's title word opens the apposition at {@code from}, after an article and a few modifiers. */
  private static boolean postFollows(List<CoreLabel> tokens, int from) {
    int t = from < tokens.size() && APPOSITION_OPENERS.contains(tokens.get(from).word()) ? from + 1 : from;
    for (int end = Math.min(tokens.size(), t + POST_REACH); t < end; t++) {
      CoreLabel word = tokens.get(t);
      if ("TITLE".equals(word.ner()) && POST_WORDS.contains(word.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (word.word().equals(",") || "PERSON".equals(word.ner()) || word.tag().startsWith("VB")) {
        return false;
      }
    }
    return false;
  }

  /** A rank, also one written with hyphens: "Lieutenant-General", "Brigadier-General". */
  private static boolean isRank(String word) {
    return RANKS.contains(word) || word.indexOf('-') > 0 && Arrays.stream(word.split("-")).allMatch(RANKS::contains);
  }

  /** Titles of rulers and their families, after which the NER may leave the name untagged. */
  private static final Set<String> ROYAL = Set.of("King", "Queen", "Prince", "Princess", "Emir", "Amir", "Sultan", "Shah", "Sheikh", "Sheikha");
  private static final Set<String> DETERMINERS = Set.of("the", "The");

  /**
   * "the Front for Unity and Justice in Niger (FUJN) ... FUJN's chairman": the statistical NER
   * splits such names at their small words ("Front for Unity and Justice" and the country
   * "Niger") and does not know the acronym alone. A name its parenthesized acronym spells is one
   * organization, and so is the acronym wherever the article uses it.
   */
  static boolean acronymNames(List<CoreMap> sentences) {
    Set<String> acronyms = new HashSet<>();
    boolean changed = false;
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (int i = 1; i + 2 < tokens.size(); i++) {
        String acronym = tokens.get(i + 1).word();
        if (!isOpening(tokens.get(i)) || !isClosing(tokens.get(i + 2)) || !acronym.matches("\\p{Lu}[\\p{Lu}\\p{Ll}]{1,7}")
            || !acronym.equals(acronym.toUpperCase(Locale.ROOT)) && acronym.chars().filter(Character::isUpperCase).count() < 2) {
          continue;
        }
        int start = nameStart(tokens, i, acronym.toLowerCase(Locale.ROOT));
        if (start < 0 || tokens.subList(start, i).stream().allMatch(t -> "PERSON".equals(t.ner()))) {
          continue;
        }
        changed |= tag(tokens, start, i, ORGANIZATION);
        acronyms.add(acronym);
      }
    }
    for (CoreMap sentence : sentences) {
      for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        if (acronyms.contains(token.word()) && !"PERSON".equals(token.ner())) {
          changed |= tag(token, ORGANIZATION);
        }
      }
    }
    return changed;
  }

  /** A word in capitals (and digits) that may be an organization's acronym: "MNR", "M23". */
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d]{1,7}");

  /**
   * "the MNR's president ... another MNR leader, X": the NER tags an acronym an organization in
   * one place and leaves it untagged in another. One word names one thing in one article: an
   * acronym the NER takes alone for an organization anywhere is one wherever it stands untagged.
   */
  static boolean repeatedAcronyms(List<CoreMap> sentences) {
    Set<String> organizations = new HashSet<>();
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (int i = 0; i < tokens.size(); i++) {
        boolean alone = (i == 0 || !ORGANIZATION.equals(tokens.get(i - 1).ner()))
            && (i + 1 == tokens.size() || !ORGANIZATION.equals(tokens.get(i + 1).ner()));
        if (alone && ORGANIZATION.equals(tokens.get(i).ner()) && ACRONYM.matcher(tokens.get(i).word()).matches()) {
          organizations.add(tokens.get(i).word());
        }
      }
    }
    boolean changed = false;
    for (CoreMap sentence : sentences) {
      for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        if (organizations.contains(token.word()) && UNTAGGED_OR_MISC.contains(token.ner())) {
          changed |= tag(token, ORGANIZATION);
        }
      }
    }
    return changed;
  }

  /** Where the name the acronym spells begins, before the parenthesis at {@code open}; -1 if none. */
  private static int nameStart(List<CoreLabel> tokens, int open, String acronym) {
    int best = -1;
    for (int start = open - 1; start >= Math.max(0, open - REACH); start--) {
      String word = tokens.get(start).word();
      // "the" opens the phrase, not the name, even at the start of a sentence
      boolean small = Acronyms.isFunctionWord(word.toLowerCase(Locale.ROOT));
      if (!small && !Character.isUpperCase(word.codePointAt(0))) {
        break;
      }
      List<String> words = new ArrayList<>();
      tokens.subList(start, open).forEach(t -> words.add(t.word().toLowerCase(Locale.ROOT)));
      if (!small && Acronyms.spells(acronym, words.toArray(String[]::new))) {
        best = start;
      }
    }
    return best;
  }

  /** Tags tokens [from, to); whether any changed. */
  private static boolean tag(List<CoreLabel> tokens, int from, int to, String tag) {
    boolean changed = false;
    for (int t = from; t < to; t++) {
      changed |= tag(tokens.get(t), tag);
    }
    return changed;
  }

  private static boolean tag(CoreLabel token, String tag) {
    if (tag.equals(token.ner())) {
      return false;
    }
    token.setNER(tag);
    token.set(CoreAnnotations.CoarseNamedEntityTagAnnotation.class, tag);
    token.set(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class, tag);
    // entity mentions take their confidence from these
    token.set(CoreAnnotations.NamedEntityTagProbsAnnotation.class, Map.of(tag, 1.0));
    // a date's normalized value would keep the token a mention of its own
    token.remove(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    token.remove(TimeAnnotations.TimexAnnotation.class);
    return true;
  }

  private static boolean isOpening(CoreLabel token) {
    return token.word().equals("(") || token.word().equals("-LRB-");
  }

  private static boolean isClosing(CoreLabel token) {
    return token.word().equals(")") || token.word().equals("-RRB-");
  }
}
