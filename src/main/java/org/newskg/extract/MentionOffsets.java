package org.newskg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.newskg.model.Actor;
import org.newskg.model.Mention;
import org.newskg.model.MentionSpan;
import org.newskg.nlp.AnnotatedArticle;

/** Token mentions as character spans of the article text, for showing each name in place. */
public final class MentionOffsets {
  private MentionOffsets() {}

  /** The spans in text order; where two overlap ("Gaza" inside "Gaza City"), the longer one. */
  public static List<MentionSpan> of(AnnotatedArticle annotated, Map<Mention, Actor> actorOf) {
    List<CoreMap> sentences = Sentences.of(annotated);
    List<MentionSpan> spans = new ArrayList<>();
    actorOf.forEach((m, actor) -> {
      if (m.sentence() < sentences.size()) {
        List<CoreLabel> tokens = Sentences.tokens(sentences.get(m.sentence()));
        if (m.tokenBegin() >= 0 && m.tokenEnd() <= tokens.size() && m.tokenBegin() < m.tokenEnd()) {
          spans.add(new MentionSpan(actor, tokens.get(m.tokenBegin()).beginPosition(), tokens.get(m.tokenEnd() - 1).endPosition()));
        }
      }
    });
    spans.sort(Comparator.comparingInt(MentionSpan::begin).thenComparingInt(s -> -s.end()));
    List<MentionSpan> kept = new ArrayList<>();
    for (MentionSpan span : spans) {
      if (kept.isEmpty() || span.begin() >= kept.getLast().end()) {
        kept.add(span);
      }
    }
    return kept;
  }
}
