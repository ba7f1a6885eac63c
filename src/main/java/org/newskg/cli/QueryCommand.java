package org.newskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.store.KnowledgeStore;
import org.newskg.store.QueryRunner;
import org.newskg.store.ResultFormat;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
    description = {
      "Runs a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) on the store.",
      "The default graph is the union of all article graphs; GRAPH ?g { } sees each article's own.",
      "Prefixes nkg:, rdfs:, skos:, dcterms:, prov:, org:, xsd: are predeclared."})
final class QueryCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;
  @Mixin LoggingMixin logging;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static final class Source {
    @Parameters(paramLabel = "FILE.rq", description = "File holding the query.")
    Path file;

    @Option(names = {"-e", "--expression"}, paramLabel = "SPARQL", description = "The query text itself.")
    String expression;
  }

  @Option(names = {"-f", "--format"}, defaultValue = "table",
      description = "Result format for SELECT/ASK: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). CONSTRUCT/DESCRIBE print Turtle.")
  ResultFormat format;

  @Option(names = "--no-union", description = "Query the store's real default graph instead of the union of article graphs.")
  boolean noUnion;

  @Option(names = "--endpoint", paramLabel = "URL",
      description = "Query a SPARQL endpoint instead of --store: a running 'newskg serve' (e.g. http://127.0.0.1:3030/newskg/sparql), for instance during an ingest.")
  String endpoint;

  @Override
  public Integer call() throws IOException {
    String sparql = source.expression;
    if (sparql == null) {
      if (!Files.isRegularFile(source.file)) {
        throw new IllegalArgumentException(source.file + ": no such query file");
      }
      sparql = Files.readString(source.file);
    }
    QueryRunner.parse(sparql);
    if (endpoint != null) {
      if (!endpoint.matches("https?://\\S+")) {
        throw new IllegalArgumentException("--endpoint must be an http(s) URL, not " + endpoint);
      }
      QueryRunner.runRemote(endpoint, sparql, format, System.out);
      System.out.flush();
      return 0;
    }
    try (KnowledgeStore store = storeOptions.open()) {
      OutputStream out = System.out;
      new QueryRunner(store, !noUnion).run(sparql, format, out);
      out.flush();
    }
    return 0;
  }
}
