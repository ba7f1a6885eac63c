package org.newskg.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newskg.model.Actor;
import org.newskg.model.ActorIris;

/**
 * Mints every IRI newskg writes, deterministically: the same actor name and class, or the same
 * article id, give the same IRI in every run and every article.
 */
public final class Iris {
  public static final String BASE = "https://w3id.org/newskg/";
  public static final String ACTOR_NS = ActorIris.NS;
  public static final String ARTICLE_NS = BASE + "article/";
  public static final String GRAPH_NS = BASE + "graph/";
  /** Named proposals: one IRI across articles ("the bridging proposal"). */
  public static final String PROPOSAL_NS = BASE + "proposal/";
  public static final String WIKIDATA_NS = "http://www.wikidata.org/entity/";

  /** Where merges, splits and replaced actor IRIs are recorded. */
  public static final Node RESOLUTION_GRAPH = NodeFactory.createURI(GRAPH_NS + "resolution");
  /** The derived view: each direct relation once, with every article and evidence supporting it. */
  public static final Node SUMMARY_GRAPH = NodeFactory.createURI(GRAPH_NS + "summary");

  private Iris() {}

  public static Node actor(Actor actor) {
    return NodeFactory.createURI(actor.iri());
  }

  public static Node article(String articleId) {
    return NodeFactory.createURI(ARTICLE_NS + encode(articleId));
  }

  /** The named graph that holds one article and everything extracted from it. */
  public static Node articleGraph(String articleId) {
    return NodeFactory.createURI(GRAPH_NS + encode(articleId));
  }

  /** Whether a graph of the store is an article's, rather than the resolution record or the summary. */
  public static boolean isArticleGraph(Node graph) {
    return graph.isURI() && graph.getURI().startsWith(GRAPH_NS) && !graph.equals(RESOLUTION_GRAPH) && !graph.equals(SUMMARY_GRAPH);
  }

  /** The article node an article graph holds. */
  public static Node articleOfGraph(Node graph) {
    return NodeFactory.createURI(ARTICLE_NS + graph.getURI().substring(GRAPH_NS.length()));
  }

  /** The named graph that holds an article node. */
  public static Node graphOfArticle(Node article) {
    return NodeFactory.createURI(GRAPH_NS + article.getURI().substring(ARTICLE_NS.length()));
  }

  /** A node owned by one article: its events, evidence, statements. */
  public static Node ofArticle(String articleId, String kind, String key) {
    return NodeFactory.createURI(ARTICLE_NS + encode(articleId) + "/" + kind + "/" + encode(key));
  }

  /** A named proposal, the same in every article that names it. */
  public static Node proposal(String name) {
    return NodeFactory.createURI(PROPOSAL_NS + ActorIris.slug(name));
  }

  /** A node of the store's own bookkeeping: a merge, a split, a summary statement, an agent. */
  public static Node of(String kind, String key) {
    return NodeFactory.createURI(BASE + kind + "/" + encode(key));
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
