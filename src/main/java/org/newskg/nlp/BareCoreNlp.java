package org.newskg.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * CoreNLP alone, with exactly newskg's annotators and settings: the baseline the benchmark
 * compares newskg against. Built from the same properties, it shares the loaded models.
 */
public final class BareCoreNlp {
  private final StanfordCoreNLP coreNlp;

  BareCoreNlp(Properties properties) {
    this.coreNlp = new StanfordCoreNLP(properties);
  }

  public void annotate(String text) {
    coreNlp.annotate(new Annotation(text));
  }

  public AnnotatorTimes timing() {
    return AnnotatorTimes.parse(coreNlp.timingInformation());
  }
}
