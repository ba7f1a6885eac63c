package org.newskg.extract;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newskg.nlp.AnnotatedArticle;

/**
 * Which coreference chain each mention head belongs to, from CoreNLP's chains (the statistical
 * algorithm sets no per-token cluster ids, so they are read from the chains themselves).
 */
final class CorefChains {
  /** A mention's head: 0-based sentence and token. */
  record Head(int sentence, int token) {}

  private final Map<Long, Integer> chainOfHead;
  private final Map<Integer, List<Head>> headsOfChain;

  private CorefChains(Map<Long, Integer> chainOfHead, Map<Integer, List<Head>> headsOfChain) {
    this.chainOfHead = chainOfHead;
    this.headsOfChain = headsOfChain;
  }

  static CorefChains of(AnnotatedArticle annotated) {
    Map<Long, Integer> heads = new HashMap<>();
    Map<Integer, List<Head>> byChain = new HashMap<>();
    Map<Integer, CorefChain> chains = annotated.annotation().get(CorefCoreAnnotations.CorefChainAnnotation.class);
    if (chains != null) {
      for (CorefChain chain : chains.values()) {
        for (CorefChain.CorefMention mention : chain.getMentionsInTextualOrder()) {
          // CoreNLP numbers sentences and tokens from 1.
          // Heads only: "Iranian" inside "Iranian President Hassan Moradi" is not that chain.
          heads.put(key(mention.sentNum - 1, mention.headIndex - 1), chain.getChainID());
          byChain.computeIfAbsent(chain.getChainID(), k -> new ArrayList<>()).add(new Head(mention.sentNum - 1, mention.headIndex - 1));
        }
      }
    }
    byChain.replaceAll((k, v) -> List.copyOf(v));
    return new CorefChains(heads, byChain);
  }

  /** The chain of the mention headed by this token (0-based sentence and token), or -1. */
  int chainAt(int sentence, int token) {
    return chainOfHead.getOrDefault(key(sentence, token), -1);
  }

  /** The heads of a chain's mentions, in textual order. */
  List<Head> heads(int chain) {
    return headsOfChain.getOrDefault(chain, List.of());
  }

  private static long key(int sentence, int token) {
    return ((long) sentence << 32) | token;
  }
}
