package org.newskg.store;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** RDF serializations newskg exports, each with the Jena writer format that produces it. */
public enum ExportFormat {
  TURTLE(RDFFormat.TURTLE_PRETTY),
  TRIG(RDFFormat.TRIG_PRETTY),
  NQUADS(RDFFormat.NQUADS),
  NTRIPLES(RDFFormat.NTRIPLES),
  JSONLD(RDFFormat.JSONLD11),
  RDFXML(RDFFormat.RDFXML_PLAIN);

  private final RDFFormat format;

  ExportFormat(RDFFormat format) {
    this.format = format;
  }

  public RDFFormat rdfFormat() {
    return format;
  }

  public Lang lang() {
    return format.getLang();
  }

  /** Whether the format keeps named graphs (TriG, N-Quads). */
  public boolean holdsNamedGraphs() {
    return org.apache.jena.riot.RDFLanguages.isQuads(lang());
  }
}
