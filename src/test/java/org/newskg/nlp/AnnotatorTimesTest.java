package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The benchmark reads CoreNLP's timing report; a change of its format must not go unnoticed. */
class AnnotatorTimesTest {
  @Test
  void readsSecondsPerAnnotatorAndTokens() {
    AnnotatorTimes times = AnnotatorTimes.parse("""
        Annotation pipeline timing information:
        TokenizerAnnotator: 0.1 sec.
        NERCombinerAnnotator: 2.6 sec.
        CorefAnnotator: 12.5 sec.
        TOTAL: 15.2 sec. for 3210 tokens at 211.2 tokens/sec.
        """);
    assertEquals(3, times.seconds().size());
    assertEquals(12.5, times.seconds().get("CorefAnnotator"));
    assertEquals(3210, times.tokens());
    assertEquals(15.2, times.total(), 1e-9);
  }
}
