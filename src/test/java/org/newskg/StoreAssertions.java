package org.newskg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/** Checks every test store must pass, whatever went into it. */
public final class StoreAssertions {
  private StoreAssertions() {}

  /** Every named graph (articles, summary, resolution record) conforms to ontology/shapes.ttl. */
  public static void everyGraphConforms(DatasetGraph snapshot) {
    int graphs = 0;
    for (var it = snapshot.listGraphNodes(); it.hasNext(); graphs++) {
      graphConforms(snapshot, it.next());
    }
    assertTrue(graphs > 0, "the store holds no graph");
  }

  /** One named graph conforms to ontology/shapes.ttl. */
  public static void graphConforms(DatasetGraph snapshot, Node g) {
    Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(TestFiles.root().resolve("ontology/shapes.ttl").toString()));
    Graph ontology = RDFDataMgr.loadGraph(TestFiles.root().resolve("ontology/newskg.ttl").toString());
    // Validated with the ontology beside the data, so that sh:class sees rdfs:subClassOf.
    Graph data = GraphFactory.createDefaultGraph();
    snapshot.getGraph(g).find().forEachRemaining(data::add);
    ontology.find().forEachRemaining(data::add);
    ValidationReport report = ShaclValidator.get().validate(shapes, data);
    if (!report.conforms()) {
      ShLib.printReport(report);
    }
    assertTrue(report.conforms(), "graph " + g + " violates ontology/shapes.ttl");
  }

  /**
   * Every evidence's offsets slice exactly its recorded sentence out of the article text it points
   * to (the nif:isString of its nif:referenceContext), so a reader can highlight it.
   */
  public static void everyEvidenceOffsetSlicesItsSentence(DatasetGraph snapshot) {
    String sparql = """
        PREFIX nkg: <https://w3id.org/newskg/ontology#>
        PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
        SELECT ?e ?sentence ?begin ?end ?text WHERE {
          GRAPH ?g { ?e a nkg:Evidence ; nkg:sentence ?sentence ; nkg:beginOffset ?begin ; nkg:endOffset ?end ;
                        nif:referenceContext ?article . ?article nif:isString ?text } }""";
    int checked = 0;
    try (QueryExecution exec = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(snapshot)).query(sparql).build()) {
      var rows = exec.execSelect();
      while (rows.hasNext()) {
        QuerySolution row = rows.next();
        String text = row.getLiteral("text").getString();
        int begin = row.getLiteral("begin").getInt();
        int end = row.getLiteral("end").getInt();
        assertTrue(0 <= begin && begin < end && end <= text.length(), "offsets out of the text: " + row.get("e"));
        assertEquals(row.getLiteral("sentence").getString(), text.substring(begin, end), "evidence " + row.get("e"));
        checked++;
      }
    }
    long evidences = snapshot.stream().filter(q -> q.getPredicate().getURI().equals("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
        && q.getObject().isURI() && q.getObject().getURI().equals("https://w3id.org/newskg/ontology#Evidence")).count();
    assertTrue(checked > 0, "no evidence in the store");
    assertEquals(evidences, checked, "every evidence has offsets into a stored text");
  }
}
