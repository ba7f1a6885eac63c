package org.newskg.model;

/**
 * One occurrence of a named actor in the text.
 *
 * @param text the surface form as written ("Carver", "Israeli", "U.S.")
 * @param canonical the gazetteer's canonical name for that form, or null when unknown
 * @param type the actor class
 * @param sentence index of the sentence in the article
 * @param tokenBegin first token (within the sentence)
 * @param tokenEnd token just past the mention
 * @param corefCluster CoreNLP's coreference cluster of the mention's head, or -1
 */
public record Mention(
    String text,
    String canonical,
    ActorType type,
    int sentence,
    int tokenBegin,
    int tokenEnd,
    int corefCluster) {

  /** Whether this mention covers the given token of its sentence. */
  public boolean covers(int sentenceIndex, int token) {
    return sentence == sentenceIndex && token >= tokenBegin && token < tokenEnd;
  }
}
