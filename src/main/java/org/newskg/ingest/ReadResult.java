package org.newskg.ingest;

import org.newskg.model.Article;

/** One unit of input: an article, or the reason it could not be read. */
public sealed interface ReadResult {
  record Ok(Article article) implements ReadResult {}

  record Failed(InputFailure failure) implements ReadResult {}

  static ReadResult ok(Article article) {
    return new Ok(article);
  }

  static ReadResult failed(String origin, InputFailure.Kind kind, String reason) {
    return new Failed(new InputFailure(origin, kind, reason));
  }
}
