package org.newskg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The newskg vocabulary ({@code ontology/newskg.ttl}), in the style of Jena's vocabulary classes:
 * one constant per term, named exactly as its local name. A test checks every constant against the
 * ontology file.
 */
public final class NKG {
  public static final String NS = "https://w3id.org/newskg/ontology#";

  private NKG() {}

  private static Node term(String localName) {
    return NodeFactory.createURI(NS + localName);
  }

  // Classes
  public static final Node Actor = term("Actor");
  public static final Node Person = term("Person");
  public static final Node Organization = term("Organization");
  public static final Node Country = term("Country");
  public static final Node Place = term("Place");
  public static final Node Article = term("Article");
  public static final Node Event = term("Event");
  public static final Node Negotiation = term("Negotiation");
  public static final Node Attack = term("Attack");
  public static final Node Killing = term("Killing");
  public static final Node Threat = term("Threat");
  public static final Node Evidence = term("Evidence");
  public static final Node Merge = term("Merge");
  public static final Node Split = term("Split");
  public static final Node AggregateStatement = term("AggregateStatement");

  // Actor properties
  public static final Node title = term("title");
  public static final Node affiliatedWith = term("affiliatedWith");
  public static final Node isoCode = term("isoCode");
  public static final Node possiblySameAs = term("possiblySameAs");

  // Event roles
  public static final Node participant = term("participant");
  public static final Node mediator = term("mediator");
  public static final Node place = term("place");
  public static final Node attacker = term("attacker");
  public static final Node target = term("target");
  public static final Node killer = term("killer");
  public static final Node victim = term("victim");
  public static final Node agent = term("agent");
  public static final Node date = term("date");

  // Direct relations
  public static final Node negotiatesWith = term("negotiatesWith");
  public static final Node mediatesBetween = term("mediatesBetween");
  public static final Node killedBy = term("killedBy");
  public static final Node attacked = term("attacked");
  public static final Node threatens = term("threatens");

  // Articles and provenance
  public static final Node mentions = term("mentions");
  public static final Node fingerprint = term("fingerprint");
  public static final Node evidence = term("evidence");
  public static final Node sentence = term("sentence");
  public static final Node beginOffset = term("beginOffset");
  public static final Node endOffset = term("endOffset");
  public static final Node confidence = term("confidence");
  public static final Node rule = term("rule");
  public static final Node supportCount = term("supportCount");

  // Curation of actor identity
  public static final Node mergedActor = term("mergedActor");
  public static final Node mergedLabel = term("mergedLabel");
  public static final Node survivingActor = term("survivingActor");
  public static final Node reason = term("reason");
  public static final Node rewroteGraph = term("rewroteGraph");
  public static final Node sharedGraph = term("sharedGraph");
  public static final Node undoes = term("undoes");
  public static final Node restoredGraph = term("restoredGraph");
  public static final Node unseparatedGraph = term("unseparatedGraph");
}
