package org.newskg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends lemmas the lemmatizer leaves whole: a verb prefixed "co-" is a joint form of the verb
 * ("talks co-chaired by the U.N. and the Red Cross", "co-hosted", "co-sponsored",
 * "co-mediated"), so its lemma is the verb's, and the event rules that read "chair", "host" or
 * "mediate" read it too. The word itself keeps its prefix.
 */
final class LemmaRepairs {
  private LemmaRepairs() {}

  private static final Pattern CO_VERB = Pattern.compile("co-(\\p{Ll}{3,})");

  static void apply(Annotation document) {
    List<CoreLabel> tokens = document.get(CoreAnnotations.TokensAnnotation.class);
    if (tokens == null) {
      return;
    }
    for (CoreLabel token : tokens) {
      if (token.tag() == null || !token.tag().startsWith("VB") || token.lemma() == null) {
        continue;
      }
      Matcher co = CO_VERB.matcher(token.lemma());
      if (co.matches()) {
        token.setLemma(co.group(1));
      }
    }
  }
}
