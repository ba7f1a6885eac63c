package org.newskg.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import org.newskg.model.Article;

/** An article together with CoreNLP's annotation of its text. */
public record AnnotatedArticle(Article article, Annotation annotation) {}
