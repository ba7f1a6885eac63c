package org.newskg.extract;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import java.util.HashMap;
import java.util.Map;
import org.newskg.nlp.AnnotatedArticle;

/**
 * Which coreference chain each mention head belongs to, from CoreNLP's chains (the statistical
 * algorithm sets no per-token cluster ids, so they are read from the chains themselves).
 */
final class CorefChains {
  private final Map<Long, Integer> chainOfHead;

  private CorefChains(Map<Long, Integer> chainOfHead) {
    this.chainOfHead = chainOfHead;
  }

  static CorefChains of(AnnotatedArticle annotated) {
    Map<Long, Integer> heads = new HashMap<>();
    Map<Integer, CorefChain> chains = annotated.annotation().get(CorefCoreAnnotations.CorefChainAnnotation.class);
    if (chains != null) {
      for (CorefChain chain : chains.values()) {
        for (CorefChain.CorefMention mention : chain.getMentionsInTextualOrder()) {
          // CoreNLP numbers sentences and tokens from 1.
          // Heads only: "Iranian" inside "Iranian President Hassan Moradi" is not that chain.
          heads.put(key(mention.sentNum - 1, mention.headIndex - 1), chain.getChainID());
        }
      }
    }
    return new CorefChains(heads);
  }

  /** The chain of the mention headed by this token (0-based sentence and token), or -1. */
  int chainAt(int sentence, int token) {
    return chainOfHead.getOrDefault(key(sentence, token), -1);
  }

  private static long key(int sentence, int token) {
    return ((long) sentence << 32) | token;
  }
}
