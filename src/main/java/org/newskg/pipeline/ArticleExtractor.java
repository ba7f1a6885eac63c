package org.newskg.pipeline;

import org.newskg.model.Article;
import org.newskg.model.Extraction;

/** Turns one article into what is stored of it; {@link ArticleProcessor} is the real one. */
@FunctionalInterface
public interface ArticleExtractor {
  Extraction process(Article article);
}
