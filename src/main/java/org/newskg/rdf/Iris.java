package org.newskg.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newskg.model.ActorType;

/**
 * Mints every IRI newskg writes, deterministically: the same actor name and class, or the same
 * article id, give the same IRI in every run and every article.
 */
public final class Iris {
  public static final String BASE = "https://w3id.org/newskg/";
  public static final String ACTOR_NS = BASE + "actor/";
  public static final String ARTICLE_NS = BASE + "article/";
  public static final String GRAPH_NS = BASE + "graph/";

  private Iris() {}

  /** {@code actor/person/john-kirby}: class and a slug of the canonical name. */
  public static Node actor(ActorType type, String label) {
    return NodeFactory.createURI(ACTOR_NS + type.name().toLowerCase(Locale.ROOT) + "/" + slug(label));
  }

  public static Node article(String articleId) {
    return NodeFactory.createURI(ARTICLE_NS + encode(articleId));
  }

  /** The named graph that holds one article and everything extracted from it. */
  public static Node articleGraph(String articleId) {
    return NodeFactory.createURI(GRAPH_NS + encode(articleId));
  }

  /** A node owned by one article: its events, evidence, statements. */
  public static Node ofArticle(String articleId, String kind, String key) {
    return NodeFactory.createURI(ARTICLE_NS + encode(articleId) + "/" + kind + "/" + encode(key));
  }

  /** Lower-case ASCII words joined by '-': "Benjamin Netanyahu" → "benjamin-netanyahu". */
  static String slug(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    // Names in other scripts keep their letters, percent-encoded.
    return slug.isEmpty() ? encode(name.toLowerCase(Locale.ROOT)) : slug;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
