package org.newskg.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import org.newskg.model.Evidence;
import org.newskg.nlp.AnnotatedArticle;

/** Small read-only views of CoreNLP sentences that every extractor needs. */
final class Sentences {
  private Sentences() {}

  static List<CoreMap> of(AnnotatedArticle annotated) {
    return annotated.annotation().get(CoreAnnotations.SentencesAnnotation.class);
  }

  static List<CoreLabel> tokens(CoreMap sentence) {
    return sentence.get(CoreAnnotations.TokensAnnotation.class);
  }

  /** The sentence as evidence: its exact text and offsets in the article. */
  static Evidence evidence(AnnotatedArticle annotated, CoreMap sentence, double confidence, String rule) {
    int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    return new Evidence(annotated.article().text().substring(begin, end), begin, end, confidence, rule);
  }

  /** The article text under tokens [from, to) of a sentence, as written. */
  static String span(AnnotatedArticle annotated, List<CoreLabel> tokens, int from, int to) {
    return annotated.article().text().substring(tokens.get(from).beginPosition(), tokens.get(to - 1).endPosition());
  }
}
