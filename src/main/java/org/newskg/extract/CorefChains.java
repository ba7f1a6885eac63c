package org.newskg.extract;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreLabel;
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
  private final Map<Integer, List<Span>> spansBySentence;

  /** A mention's tokens [begin, end) and head, 0-based, and its chain. */
  private record Span(int begin, int end, int head, int chain) {}

  private CorefChains(Map<Long, Integer> chainOfHead, Map<Integer, List<Head>> headsOfChain, Map<Integer, List<Span>> spansBySentence) {
    this.chainOfHead = chainOfHead;
    this.headsOfChain = headsOfChain;
    this.spansBySentence = spansBySentence;
  }

  static CorefChains of(AnnotatedArticle annotated) {
    Map<Long, Integer> heads = new HashMap<>();
    Map<Integer, List<Head>> byChain = new HashMap<>();
    Map<Integer, List<Span>> spans = new HashMap<>();
    Map<Integer, CorefChain> chains = annotated.annotation().get(CorefCoreAnnotations.CorefChainAnnotation.class);
    if (chains != null) {
      for (CorefChain chain : chains.values()) {
        for (CorefChain.CorefMention mention : chain.getMentionsInTextualOrder()) {
          // CoreNLP numbers sentences and tokens from 1.
          // Heads only: "Iranian" inside "Iranian President Hassan Moradi" is not that chain.
          heads.put(key(mention.sentNum - 1, mention.headIndex - 1), chain.getChainID());
          byChain.computeIfAbsent(chain.getChainID(), k -> new ArrayList<>()).add(new Head(mention.sentNum - 1, mention.headIndex - 1));
          spans.computeIfAbsent(mention.sentNum - 1, k -> new ArrayList<>())
              .add(new Span(mention.startIndex - 1, mention.endIndex - 1, mention.headIndex - 1, chain.getChainID()));
        }
      }
    }
    byChain.replaceAll((k, v) -> List.copyOf(v));
    return new CorefChains(heads, byChain, spans);
  }

  /**
   * The chain of a name [begin, end): the mention it heads, or else the mention it stands in
   * apposition to ("A Taliban commander, X, said his men ...": coreference heads the mention with
   * "commander", and "his" is X's).
   */
  int chainOfName(int sentence, int begin, int end, List<CoreLabel> tokens) {
    int own = chainAt(sentence, end - 1);
    if (own >= 0 || begin == 0 || !tokens.get(begin - 1).word().equals(",")) {
      return own;
    }
    return spansBySentence.getOrDefault(sentence, List.of()).stream()
        // a plural head lists several ("their advisers, A and B"): none of them is the chain
        .filter(m -> m.head() < begin - 1 && m.begin() <= m.head() && m.end() >= end && !tokens.get(m.head()).tag().startsWith("NNS"))
        .mapToInt(Span::chain)
        .findFirst()
        .orElse(-1);
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
