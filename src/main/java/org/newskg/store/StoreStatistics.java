package org.newskg.store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts over the whole store: articles, actors by class, facts (titles, affiliations, roles,
 * relations) by property as the articles state them; provenance triples are not facts and are
 * not counted.
 *
 * @param articles number of article graphs
 * @param distinctFacts facts of the summary graph: each title, affiliation and relation once
 * @param merges merges recorded in the resolution graph, split ones included
 * @param reportedEvents the articles' events, each article's report of an event once
 * @param realEvents the summary graph's real events: the reports of all articles linked
 * @param actorsByClass e.g. "nkg:Person" → 12
 * @param factsByProperty e.g. "nkg:killedBy" → 3
 * @param claimsByClass statements, figures, proposals and their steps, e.g. "nkg:Statement" → 14
 */
public record StoreStatistics(long articles, long distinctFacts, long merges, long reportedEvents, long realEvents,
    Map<String, Long> actorsByClass,
    Map<String, Long> factsByProperty, Map<String, Long> claimsByClass) {
  private static final String ARTICLES = """
      PREFIX nkg: <https://w3id.org/newskg/ontology#>
      SELECT ?name ?count WHERE {
        { SELECT ("articles" AS ?name) (COUNT(DISTINCT ?a) AS ?count) WHERE { ?a a nkg:Article } }
        UNION { SELECT ("distinct" AS ?name) (COUNT(DISTINCT ?f) AS ?count) WHERE { ?f a nkg:AggregateStatement } }
        UNION { SELECT ("merges" AS ?name) (COUNT(DISTINCT ?m) AS ?count) WHERE { ?m a nkg:Merge } }
        UNION { SELECT ("reported" AS ?name) (COUNT(DISTINCT ?e) AS ?count)
                WHERE { VALUES ?type { nkg:Negotiation nkg:Attack nkg:Killing nkg:Threat } ?e a ?type } }
        UNION { SELECT ("real" AS ?name) (COUNT(DISTINCT ?r) AS ?count) WHERE { ?r a nkg:RealEvent } }
      }
      """;
  private static final String ACTORS = """
      PREFIX nkg: <https://w3id.org/newskg/ontology#>
      SELECT (REPLACE(STR(?class), STR(nkg:), "nkg:") AS ?name) (COUNT(DISTINCT ?actor) AS ?count)
      WHERE { VALUES ?class { nkg:Person nkg:Organization nkg:Country nkg:Place } ?actor a ?class }
      GROUP BY ?class ORDER BY ?class
      """;
  private static final String FACTS = """
      PREFIX nkg: <https://w3id.org/newskg/ontology#>
      SELECT (REPLACE(STR(?p), STR(nkg:), "nkg:") AS ?name) (COUNT(*) AS ?count)
      WHERE {
        VALUES ?p { nkg:title nkg:affiliatedWith nkg:participant nkg:mediator nkg:place nkg:attacker
                    nkg:target nkg:killer nkg:victim nkg:agent nkg:negotiatesWith nkg:mediatesBetween
                    nkg:killedBy nkg:attacked nkg:threatens }
        GRAPH ?g { ?s ?p ?o }
        FILTER(?g NOT IN (<https://w3id.org/newskg/graph/summary>, <https://w3id.org/newskg/graph/resolution>))
      }
      GROUP BY ?p ORDER BY ?p
      """;

  private static final String CLAIMS = """
      PREFIX nkg: <https://w3id.org/newskg/ontology#>
      SELECT (REPLACE(STR(?class), STR(nkg:), "nkg:") AS ?name) (COUNT(DISTINCT ?x) AS ?count)
      WHERE {
        VALUES ?class { nkg:Statement nkg:Denial nkg:CasualtyReport nkg:Quantity nkg:Proposal
                        nkg:Proposing nkg:Backing nkg:Acceptance nkg:Rejection nkg:Reservation }
        GRAPH ?g { ?x a ?class }
      }
      GROUP BY ?class ORDER BY ?class
      """;

  public static StoreStatistics of(KnowledgeStore store) {
    Map<String, Long> totals = counts(store, ARTICLES);
    return new StoreStatistics(
        totals.getOrDefault("articles", 0L),
        totals.getOrDefault("distinct", 0L),
        totals.getOrDefault("merges", 0L),
        totals.getOrDefault("reported", 0L),
        totals.getOrDefault("real", 0L),
        counts(store, ACTORS),
        counts(store, FACTS),
        counts(store, CLAIMS));
  }

  private static Map<String, Long> counts(KnowledgeStore store, String sparql) {
    Map<String, Long> counts = new LinkedHashMap<>();
    store.selectRows(sparql).forEach(row -> counts.put(row.get("name"), Long.parseLong(row.get("count"))));
    return counts;
  }
}
