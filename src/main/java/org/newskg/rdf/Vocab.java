package org.newskg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** Terms of other vocabularies newskg writes, and the prefixes its outputs use. */
public final class Vocab {
  private Vocab() {}

  public static final String PROV = "http://www.w3.org/ns/prov#";
  public static final String ORG = "http://www.w3.org/ns/org#";

  public static final Node wasDerivedFrom = NodeFactory.createURI(PROV + "wasDerivedFrom");

  /** Prefixes for every RDF newskg prints: outputs, queries, exports. */
  public static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
      .setNsPrefix("nkg", NKG.NS)
      .setNsPrefix("rdf", RDF.getURI())
      .setNsPrefix("rdfs", RDFS.getURI())
      .setNsPrefix("owl", OWL.getURI())
      .setNsPrefix("xsd", XSD.getURI())
      .setNsPrefix("skos", SKOS.getURI())
      .setNsPrefix("dcterms", DCTerms.getURI())
      .setNsPrefix("prov", PROV)
      .setNsPrefix("org", ORG)
      .setNsPrefix("actor", Iris.ACTOR_NS)
      .setNsPrefix("article", Iris.ARTICLE_NS)
      .lock();
}
