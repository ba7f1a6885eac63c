package org.newskg.ingest;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether an article is English, the only language newskg's models and rules read. Lingua decides
 * among the languages news about conflict and diplomacy comes in; it loads each language model on
 * first use. Short or mixed texts it cannot tell apart count as English: the check refuses only
 * what it is sure of.
 */
final class LanguageCheck {
  /** Enough text for a sure answer, little enough to be quick. */
  private static final int SAMPLE = 2_000;

  private final LanguageDetector detector = LanguageDetectorBuilder.fromLanguages(
          Language.ENGLISH, Language.FRENCH, Language.GERMAN, Language.SPANISH, Language.PORTUGUESE, Language.ITALIAN,
          Language.DUTCH, Language.RUSSIAN, Language.UKRAINIAN, Language.POLISH, Language.TURKISH, Language.ARABIC,
          Language.PERSIAN, Language.HEBREW, Language.URDU, Language.HINDI, Language.CHINESE, Language.JAPANESE,
          Language.KOREAN, Language.INDONESIAN, Language.SWAHILI, Language.SOMALI)
      .withMinimumRelativeDistance(0.15)
      .build();

  /** The language of a text that is surely not English, in English ("French"). */
  Optional<String> notEnglish(String text) {
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    Language language = detector.detectLanguageOf(sample);
    if (language == Language.ENGLISH || language == Language.UNKNOWN) {
      return Optional.empty();
    }
    String name = language.name().toLowerCase(Locale.ROOT);
    return Optional.of(Character.toUpperCase(name.charAt(0)) + name.substring(1));
  }
}
