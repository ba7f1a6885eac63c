package org.newskg.rdf;

import java.io.PrintWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newskg.model.Extraction;

/** Writes extractions as TriG, one article graph after another, exactly as ingest would store them. */
public final class ExtractionWriter {
  private final PrintWriter out;
  private boolean first = true;

  private ExtractionWriter(PrintWriter out) {
    this.out = out;
  }

  public static ExtractionWriter trig(PrintWriter out) {
    return new ExtractionWriter(out);
  }

  public void write(Extraction extraction) {
    DatasetGraph graph = DatasetGraphFactory.createGeneral();
    graph.prefixes().putAll(Vocab.PREFIXES.getNsPrefixMap());
    var sink = StreamRDFLib.dataset(graph);
    sink.start();
    ExtractionMapper.write(extraction, sink);
    sink.finish();
    String trig = RDFWriter.source(graph).format(RDFFormat.TRIG_PRETTY).asString();
    // Prefixes once, at the top: later articles start at their graph.
    if (!first) {
      trig = trig.lines().dropWhile(l -> l.startsWith("PREFIX") || l.startsWith("@prefix") || l.isBlank())
          .reduce("", (a, b) -> a + b + System.lineSeparator());
    }
    first = false;
    out.println(trig);
    out.flush();
  }

  public void finish() {
    out.flush();
  }
}
