package org.newskg.serve.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * Renders the views through the JTE templates of {@code src/main/jte/pages}, compiled to Java at
 * build time; HTML output escapes every value by default, so article text cannot become markup.
 */
public final class PageRenderer {
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  public String search(Views.SearchView view) {
    return render("pages/search.jte", view);
  }

  public String actor(Views.ActorView view) {
    return render("pages/actor.jte", view);
  }

  public String article(Views.ArticleView view) {
    return render("pages/article.jte", view);
  }

  public String evidence(Views.EvidenceView view) {
    return render("pages/evidence.jte", view);
  }

  public String curation(Views.CurationView view) {
    return render("pages/curation.jte", view);
  }

  public String error(int status, String message) {
    StringOutput out = new StringOutput();
    engine.render("pages/error.jte", Map.of("status", status, "message", message), out);
    return out.toString();
  }

  private String render(String template, Object view) {
    StringOutput out = new StringOutput();
    engine.render(template, view, out);
    return out.toString();
  }
}
