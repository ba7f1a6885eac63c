package org.newskg.store;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.newskg.rdf.Vocab;

/** Runs any SPARQL query form against the store and prints its results in a chosen format. */
public final class QueryRunner {
  private final KnowledgeStore store;
  private final boolean unionDefaultGraph;

  /**
   * @param unionDefaultGraph whether the default graph is the union of the article graphs
   */
  public QueryRunner(KnowledgeStore store, boolean unionDefaultGraph) {
    this.store = store;
    this.unionDefaultGraph = unionDefaultGraph;
  }

  /**
   * Parses the query, prefixing newskg's standard prefixes when the query does not declare them.
   *
   * @throws IllegalArgumentException with the parser's message when the query is not valid SPARQL
   */
  public static Query parse(String sparql) {
    Query query = new Query();
    query.getPrefixMapping().setNsPrefixes(Vocab.PREFIXES);
    try {
      return QueryFactory.parse(query, sparql, null, null);
    } catch (QueryParseException e) {
      throw new IllegalArgumentException("invalid SPARQL: " + e.getMessage(), e);
    }
  }

  /** Runs the query and writes its results; returns the number of result rows (1 for ASK). */
  public long run(String sparql, ResultFormat format, OutputStream out) {
    Query query = parse(sparql);
    return store.query(query, unionDefaultGraph, exec -> write(query, exec, format, out));
  }

  /**
   * Runs the query on a SPARQL endpoint (a running {@code newskg serve}, or any other) and writes
   * its results as {@link #run} does.
   *
   * @throws StoreException when the endpoint cannot be reached or refuses the query
   */
  public static long runRemote(String endpoint, String sparql, ResultFormat format, OutputStream out) {
    Query query = parse(sparql);
    try (QueryExecution exec = org.apache.jena.sparql.exec.http.QueryExecutionHTTP.service(endpoint).query(query).build()) {
      return write(query, exec, format, out);
    } catch (org.apache.jena.atlas.web.HttpException | org.apache.jena.query.QueryException e) {
      throw new StoreException("the endpoint " + endpoint + " failed: " + reason(e), e);
    }
  }

  /** The root cause in a few words ("Connection refused", "HTTP 400 ..."), not the whole request. */
  private static String reason(Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root instanceof java.net.ConnectException || root instanceof java.nio.channels.ClosedChannelException) {
      return "cannot connect (is 'newskg serve' running there?)";
    }
    String message = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    if (root == e && e instanceof org.apache.jena.atlas.web.HttpException http && http.getStatusCode() > 0) {
      message = "HTTP " + http.getStatusCode() + " " + Objects.toString(http.getStatusLine(), "") + " " + Objects.toString(http.getResponse(), "");
    }
    message = message.strip().replaceAll("\\s+", " ");
    return message.length() > 300 ? message.substring(0, 300) + "..." : message;
  }

  private static long write(Query query, QueryExecution exec, ResultFormat format, OutputStream out) {
    if (query.isSelectType()) {
      ResultSet results = exec.execSelect().materialise();
      switch (format) {
        case TABLE -> ResultSetFormatter.out(out, results, query.getPrefixMapping());
        case CSV -> ResultSetFormatter.outputAsCSV(out, results);
        case TSV -> ResultSetFormatter.outputAsTSV(out, results);
        case JSON -> ResultSetFormatter.outputAsJSON(out, results);
      }
      return results.getRowNumber();
    }
    if (query.isAskType()) {
      boolean answer = exec.execAsk();
      switch (format) {
        case TABLE -> new PrintStream(out, true, StandardCharsets.UTF_8).println(answer ? "yes" : "no");
        case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
        case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
        case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
      }
      return 1;
    }
    Model model = query.isConstructType() ? exec.execConstruct() : exec.execDescribe();
    model.setNsPrefixes(Vocab.PREFIXES);
    RDFDataMgr.write(out, model, Lang.TURTLE);
    return model.size();
  }
}
