package org.newskg.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.ExternalTools;
import org.newskg.SharedProcessor;
import org.newskg.TestFiles;
import org.newskg.ingest.ArticleReader;
import org.newskg.pipeline.IngestPipeline;
import org.newskg.pipeline.IngestReport;
import org.newskg.serve.SparqlServer;
import org.newskg.store.ExportFormat;
import org.newskg.store.KnowledgeStore;

/**
 * The demo store as other tools see it: the SPARQL endpoint over HTTP in every result format, the
 * notebook run headless by Jupyter against it, and every export read back by rdflib and rapper
 * with the same number of statements as the store.
 */
class InteropTest {
  @TempDir static Path dir;
  private static KnowledgeStore store;
  private static SparqlServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void serveTheDemoStore() {
    store = KnowledgeStore.open(dir.resolve("store"));
    IngestReport report = new IngestPipeline(SharedProcessor.get(), store, line -> {})
        .ingest(new ArticleReader(null, ArticleReader.DEFAULT_MAX_BYTES).readAll(List.of(TestFiles.root().resolve("examples/articles"))));
    assertTrue(report.articles() >= 5 && !report.hasFailures(), report.summary());
    server = SparqlServer.start(store, SparqlServer.Settings.readOnly(0));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    store.close();
  }

  private static String base() {
    return "http://127.0.0.1:" + server.port();
  }

  private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", accept).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> postQuery(String query, String accept) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/newskg/sparql"))
            .header("Content-Type", "application/sparql-query").header("Accept", accept)
            .POST(HttpRequest.BodyPublishers.ofString(query)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static final String POSTS = "SELECT ?p ?t WHERE { ?p <https://w3id.org/newskg/ontology#title> ?t }";

  @ParameterizedTest
  @CsvSource({
      "application/sparql-results+json, \"bindings\"",
      "application/sparql-results+xml, <sparql",
      "text/csv, 'p,t'",
      "text/tab-separated-values, ?p\t?t"})
  void answersSelectOverGetAndPostInEveryResultFormat(String accept, String marker) throws Exception {
    HttpResponse<String> viaGet = get("/newskg/sparql?query=" + encode(POSTS), accept);
    HttpResponse<String> viaPost = postQuery(POSTS, accept);
    for (HttpResponse<String> response : List.of(viaGet, viaPost)) {
      assertEquals(200, response.statusCode(), response.body());
      assertTrue(response.body().contains(marker), response.body());
      assertTrue(response.body().contains("Secretary of State"), "the union of the article graphs is the default graph");
    }
  }

  @ParameterizedTest
  @CsvSource({"text/turtle, nkg:title", "application/ld+json, \"@id\""})
  void answersConstructAsTurtleAndJsonLd(String accept, String marker) throws Exception {
    HttpResponse<String> response = postQuery(
        "PREFIX nkg: <https://w3id.org/newskg/ontology#> CONSTRUCT { ?p nkg:title ?t } WHERE { ?p nkg:title ?t }", accept);
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(accept), response.headers().toString());
    assertTrue(response.body().contains(marker) && response.body().contains("Secretary of State"), response.body());
  }

  @Test
  void readsANamedGraphThroughTheGraphStoreProtocol() throws Exception {
    HttpResponse<String> response = get("/newskg/get?graph=" + encode("https://w3id.org/newskg/graph/summary"), "application/n-triples");
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("AggregateStatement"), response.body());
  }

  @Test
  void answersPingStatsAndALandingPage() throws Exception {
    assertEquals(200, get("/$/ping", "text/plain").statusCode());
    HttpResponse<String> stats = get("/$/stats", "application/json");
    assertEquals(200, stats.statusCode());
    assertTrue(stats.body().contains("/newskg"), stats.body());
    HttpResponse<String> landing = get("/", "text/html");
    assertEquals(200, landing.statusCode());
    assertTrue(landing.body().contains("/newskg/sparql"), landing.body());
  }

  @Test
  void allowsBrowserNotebooksFromOtherOrigins() throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/newskg/sparql?query=" + encode(POSTS)))
        .header("Origin", "http://localhost:8888").GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isPresent(), response.headers().toString());
  }

  @Test
  void refusesUpdatesWhenReadOnly() throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/newskg/update"))
            .header("Content-Type", "application/sparql-update")
            .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertTrue(response.statusCode() == 404 || response.statusCode() == 405, "status " + response.statusCode());
    HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/newskg/data?default"))
            .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertTrue(put.statusCode() >= 400, "a graph write on a read-only server got " + put.statusCode());
  }

  @Test
  void refusesServiceCallsToTheNetwork() throws Exception {
    HttpResponse<String> response = postQuery("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "application/sparql-results+json");
    assertTrue(response.statusCode() >= 400, "status " + response.statusCode());
    assertTrue(response.body().contains("SERVICE"), response.body());
  }

  @Test
  void theNotebookRunsHeadlessAgainstTheEndpoint(@TempDir Path out) {
    ExternalTools.requirePythonModules("SPARQLWrapper", "pandas", "networkx", "matplotlib", "nbclient");
    Path notebooks = TestFiles.root().resolve("notebooks");
    Path executed = out.resolve("executed.ipynb");
    ExternalTools.Run run = ExternalTools.run(
        Map.of("NEWSKG_ENDPOINT", server.sparqlUrl().replace("localhost", "127.0.0.1"),
            "NEWSKG_QUERIES", TestFiles.root().resolve("queries").toString(),
            "PYDEVD_DISABLE_FILE_VALIDATION", "1"),
        notebooks, 300, "/usr/bin/jupyter-nbconvert", "--to", "notebook", "--execute",
        "--ExecutePreprocessor.timeout=120", "actors-and-roles.ipynb", "--output", executed.toString());
    assertEquals(0, run.exitCode(), run.err());
    JsonObject notebook = JsonParser.parseString(read(executed)).getAsJsonObject();
    StringBuilder text = new StringBuilder();
    boolean image = false;
    for (JsonElement cell : notebook.getAsJsonArray("cells")) {
      JsonArray outputs = cell.getAsJsonObject().getAsJsonArray("outputs");
      for (JsonElement output : outputs == null ? new JsonArray() : outputs) {
        JsonObject o = output.getAsJsonObject();
        assertFalse(o.get("output_type").getAsString().equals("error"), "a cell failed: " + o);
        o.entrySet().forEach(e -> text.append(e.getValue()).append('\n'));
        image |= o.has("data") && o.getAsJsonObject("data").has("image/png");
      }
    }
    String printed = text.toString();
    for (String expected : List.of("Egypt", "Hamas", "Turkey", "Ukraine", "Ayman al-Zawahiri", "United States", "killedBy")) {
      assertTrue(printed.contains(expected), "the notebook's outputs lack " + expected);
    }
    assertTrue(image, "the network plot was drawn");
  }

  /** rdflib's name of each export format. */
  private static String rdflibFormat(ExportFormat format) {
    return switch (format) {
      case TURTLE -> "turtle";
      case TRIG -> "trig";
      case NQUADS -> "nquads";
      case NTRIPLES -> "nt";
      case JSONLD -> "json-ld";
      case RDFXML -> "xml";
    };
  }

  private static long storeCount(ExportFormat format) {
    DatasetGraph snapshot = store.snapshot();
    return format.holdsNamedGraphs() ? snapshot.stream().count() : snapshot.getUnionGraph().size();
  }

  private static Path export(ExportFormat format, Path directory) throws IOException {
    Path file = directory.resolve("export." + format.name().toLowerCase());
    try (OutputStream out = Files.newOutputStream(file)) {
      store.export(out, format, Optional.empty());
    }
    return file;
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(ExportFormat.class)
  void rdflibReadsEveryExportWithTheStoresCount(ExportFormat format, @TempDir Path out) throws IOException {
    ExternalTools.requirePythonModules("rdflib");
    Path file = export(format, out);
    ExternalTools.Run run = ExternalTools.run(Map.of(), out, 300, ExternalTools.python(),
        TestFiles.root().resolve("src/test/python/count_rdf.py").toString(), rdflibFormat(format), file.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(storeCount(format), Long.parseLong(run.out().strip()), format + " read back by rdflib");
  }

  @ParameterizedTest
  @CsvSource({"TURTLE, turtle", "NTRIPLES, ntriples", "RDFXML, rdfxml"})
  void rapperValidatesTheTripleExportsWithTheStoresCount(ExportFormat format, String rapperSyntax, @TempDir Path out) throws IOException {
    Path file = export(format, out);
    ExternalTools.Run run = ExternalTools.run(Map.of(), out, 300, "rapper", "-i", rapperSyntax, "-c", file.toString());
    assertEquals(0, run.exitCode(), run.err());
    Matcher count = Pattern.compile("returned (\\d+) triples").matcher(run.err());
    assertTrue(count.find(), run.err());
    assertFalse(run.err().contains("Error") || run.err().contains("Warning"), run.err());
    assertEquals(storeCount(format), Long.parseLong(count.group(1)), format + " read back by rapper");
  }

  @Test
  void jsonLdUsesThePublishedContext(@TempDir Path out) throws IOException {
    JsonObject exported = JsonParser.parseString(read(export(ExportFormat.JSONLD, out))).getAsJsonObject();
    JsonObject published = JsonParser.parseString(read(TestFiles.root().resolve("ontology/context.jsonld"))).getAsJsonObject();
    assertEquals(published.get("@context"), exported.get("@context"));
    String text = exported.toString();
    assertTrue(text.contains("\"label\"") && text.contains("\"killedBy\"") && text.contains("\"beginOffset\""), "terms of the context are used");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
