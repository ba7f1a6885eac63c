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

  public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
  /** ITS 2.0 in RDF, as NIF uses it to say which entity a phrase names. */
  public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";

  public static final Node wasDerivedFrom = NodeFactory.createURI(PROV + "wasDerivedFrom");
  public static final Node Activity = NodeFactory.createURI(PROV + "Activity");
  public static final Node Agent = NodeFactory.createURI(PROV + "Agent");
  public static final Node SoftwareAgent = NodeFactory.createURI(PROV + "SoftwareAgent");
  public static final Node ProvPerson = NodeFactory.createURI(PROV + "Person");
  public static final Node endedAtTime = NodeFactory.createURI(PROV + "endedAtTime");
  public static final Node wasAssociatedWith = NodeFactory.createURI(PROV + "wasAssociatedWith");

  /** NIF: the article text as a context that evidence offsets point into. */
  public static final Node Context = NodeFactory.createURI(NIF + "Context");
  public static final Node isString = NodeFactory.createURI(NIF + "isString");
  public static final Node referenceContext = NodeFactory.createURI(NIF + "referenceContext");
  public static final Node beginIndex = NodeFactory.createURI(NIF + "beginIndex");
  public static final Node endIndex = NodeFactory.createURI(NIF + "endIndex");
  /** A phrase of the article that names an actor: the phrase's node points at the actor. */
  public static final Node taIdentRef = NodeFactory.createURI(ITSRDF + "taIdentRef");

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
      .setNsPrefix("nif", NIF)
      .setNsPrefix("itsrdf", ITSRDF)
      .setNsPrefix("actor", Iris.ACTOR_NS)
      .setNsPrefix("article", Iris.ARTICLE_NS)
      .setNsPrefix("proposal", Iris.PROPOSAL_NS)
      .lock();
}
