package org.newskg.model;

import java.io.Serializable;

/**
 * Where in the article a fact is stated, and how sure newskg is of it.
 *
 * @param sentence the sentence text, exactly {@code article.text().substring(begin, end)}
 * @param begin character offset of the sentence in the article text
 * @param end character offset just past the sentence
 * @param confidence from 0 to 1
 * @param rule the id of the rule or component that produced the fact
 */
public record Evidence(String sentence, int begin, int end, double confidence, String rule) implements Serializable {
  public Evidence {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad offsets " + begin + ".." + end);
    }
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
    }
  }

  public Evidence withRule(String otherRule, double otherConfidence) {
    return new Evidence(sentence, begin, end, otherConfidence, otherRule);
  }
}
