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
  public static final Node extractedWith = term("extractedWith");
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

  // Who said what
  public static final Node Statement = term("Statement");
  public static final Node Denial = term("Denial");
  public static final Node UnnamedSource = term("UnnamedSource");
  public static final Node speaker = term("speaker");
  public static final Node speaksFor = term("speaksFor");
  public static final Node content = term("content");
  public static final Node quoted = term("quoted");
  public static final Node audience = term("audience");
  public static final Node audienceLabel = term("audienceLabel");
  public static final Node accordingTo = term("accordingTo");
  public static final Node reportedIn = term("reportedIn");
  public static final Node cameoCode = term("cameoCode");
  public static final Node ploverType = term("ploverType");

  // Figures
  public static final Node Quantity = term("Quantity");
  public static final Node CasualtyReport = term("CasualtyReport");
  public static final Node value = term("value");
  public static final Node counted = term("counted");
  public static final Node countedGroup = term("countedGroup");
  public static final Node ofEvent = term("ofEvent");
  public static final Node Measure = term("Measure");
  public static final Node measure = term("measure");
  public static final Node Deaths = term("Deaths");
  public static final Node Injuries = term("Injuries");
  public static final Node Captives = term("Captives");
  public static final Node Displaced = term("Displaced");
  public static final Node Duration = term("Duration");
  public static final Node Qualifier = term("Qualifier");
  public static final Node qualifier = term("qualifier");
  public static final Node Exactly = term("Exactly");
  public static final Node AtLeast = term("AtLeast");
  public static final Node MoreThan = term("MoreThan");
  public static final Node About = term("About");
  public static final Node AtMost = term("AtMost");
  public static final Node FewerThan = term("FewerThan");

  // Proposals
  public static final Node Proposal = term("Proposal");
  public static final Node term = term("term");
  public static final Node proposer = term("proposer");
  public static final Node backer = term("backer");
  public static final Node party = term("party");
  public static final Node ProposalStep = term("ProposalStep");
  public static final Node Proposing = term("Proposing");
  public static final Node Backing = term("Backing");
  public static final Node Acceptance = term("Acceptance");
  public static final Node Rejection = term("Rejection");
  public static final Node Reservation = term("Reservation");
  public static final Node proposal = term("proposal");
  public static final Node by = term("by");

  // Real events: one per event the articles report (summary graph), and curators' decisions on them
  public static final Node RealEvent = term("RealEvent");
  public static final Node reportOf = term("reportOf");
  public static final Node eventType = term("eventType");
  public static final Node firstDate = term("firstDate");
  public static final Node lastDate = term("lastDate");
  public static final Node eventPlace = term("eventPlace");
  public static final Node articleCount = term("articleCount");
  public static final Node reportCount = term("reportCount");
  public static final Node roleFiller = term("roleFiller");
  public static final Node inRole = term("inRole");
  public static final Node filler = term("filler");
  public static final Node block = term("block");
  public static final Node EventMerge = term("EventMerge");
  public static final Node EventSplit = term("EventSplit");
  public static final Node sameReport = term("sameReport");
  public static final Node separatedReport = term("separatedReport");
  public static final Node otherReport = term("otherReport");
  public static final Node mergedEvent = term("mergedEvent");
  public static final Node survivingEvent = term("survivingEvent");
}
