package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.SharedProcessor;
import org.newskg.ingest.ArticleReader;
import org.newskg.serve.SparqlServer;
import org.newskg.store.KnowledgeStore;

/**
 * Ingest under stress: killed with SIGKILL halfway, the store opens with every committed article
 * exactly once and a second run adds only the rest; queries running beside an ingest, in process
 * and over HTTP, only ever see whole articles.
 */
class CrashAndConcurrencyTest {
  private static final String[] COUNTRIES = {"Egypt", "Qatar", "Turkey", "Norway", "Kenya", "Oman", "Ghana", "Chile"};
  private static final String GRAPH_SIZES = """
      PREFIX nkg: <https://w3id.org/newskg/ontology#>
      SELECT ?g (COUNT(*) AS ?quads) WHERE {
        GRAPH ?g { ?s ?p ?o }
        FILTER EXISTS { GRAPH ?g { ?a a nkg:Article } }
      } GROUP BY ?g""";

  /** Eight short articles, each naming other actors. */
  private static Path articles(Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("articles"));
    for (int i = 0; i < COUNTRIES.length; i++) {
      String mediator = COUNTRIES[i];
      Files.writeString(folder.resolve(String.format("%02d.txt", i)), mediator + " hosts talks, round " + (i + 1) + "\n\n"
          + mediator + " mediated talks between Israel and Hamas on Monday, officials said. "
          + "The Foreign Minister of " + mediator + " said the talks would continue.\n", StandardCharsets.UTF_8);
    }
    return folder;
  }

  private static int articleCount(KnowledgeStore store) {
    return Integer.parseInt(store.selectRows("PREFIX nkg: <https://w3id.org/newskg/ontology#> "
        + "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a nkg:Article }").get(0).get("n"));
  }

  @Test
  void aKilledIngestLeavesWholeArticlesAndTheRerunAddsOnlyTheRest(@TempDir Path dir) throws Exception {
    Path folder = articles(dir);
    Path storeDir = dir.resolve("store");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process ingest = new ProcessBuilder(List.of(java, "-Xmx4g", "-cp", System.getProperty("java.class.path"),
        "org.newskg.cli.Main", "ingest", "--store", storeDir.toString(), folder.toString()))
        .redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(ingest.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && !line.startsWith("[3/8]")) {
        // Wait for the third article to be committed.
      }
      assertTrue(line != null, "the ingest ended before its third article");
      ingest.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close
      assertTrue(ingest.waitFor(60, TimeUnit.SECONDS));
    } finally {
      ingest.destroyForcibly();
    }

    try (KnowledgeStore store = KnowledgeStore.open(storeDir)) {
      int committed = articleCount(store);
      assertTrue(committed >= 3 && committed < 8, "committed before the kill: " + committed);
      // Every stored article whole, once: its graph holds one article node with its text.
      store.selectRows(GRAPH_SIZES).forEach(row -> assertTrue(Integer.parseInt(row.get("quads")) > 10, row.toString()));
      assertEquals(committed, store.selectRows("PREFIX nkg: <https://w3id.org/newskg/ontology#> "
          + "SELECT ?g WHERE { GRAPH ?g { ?a a nkg:Article } }").size());

      // The same ingest again (same inputs, same options, hence the same fingerprints).
      IngestReport rerun = new IngestPipeline(SharedProcessor.get(), store, line -> {})
          .ingest(new ArticleReader(null, ArticleReader.DEFAULT_MAX_BYTES).readAll(List.of(folder)));
      assertEquals(committed, rerun.skipped(), rerun.summary());
      assertEquals(8 - committed, rerun.articles(), rerun.summary());
      assertEquals(8, articleCount(store));
    }
  }

  @Test
  void queriesBesideAnIngestSeeOnlyWholeArticles(@TempDir Path dir) throws Exception {
    Path folder = articles(dir);
    try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"));
         SparqlServer server = SparqlServer.start(store, SparqlServer.Settings.readOnly(0))) {
      CompletableFuture<IngestReport> ingest = CompletableFuture.supplyAsync(() ->
          new IngestPipeline(SharedProcessor.get(), store, line -> {})
              .ingest(new ArticleReader(LocalDate.parse("2025-01-06"), ArticleReader.DEFAULT_MAX_BYTES).readAll(List.of(folder))));
      HttpClient http = HttpClient.newHttpClient();
      String url = "http://127.0.0.1:" + server.port() + "/newskg/sparql?query=" + URLEncoder.encode(GRAPH_SIZES, StandardCharsets.UTF_8);
      List<Map<String, Integer>> seen = new ArrayList<>();
      int lastCount = 0;
      while (!ingest.isDone()) {
        Map<String, Integer> inProcess = sizes(store.selectRows(GRAPH_SIZES));
        HttpResponse<String> overHttp = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/csv").build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, overHttp.statusCode(), overHttp.body());
        Map<String, Integer> served = new HashMap<>();
        overHttp.body().lines().skip(1).map(l -> l.split(",")).forEach(c -> served.put(c[0], Integer.parseInt(c[1].strip())));
        seen.add(inProcess);
        seen.add(served);
        assertTrue(inProcess.size() >= lastCount, "articles disappeared while ingesting");
        lastCount = inProcess.size();
        Thread.sleep(200);
      }
      assertEquals(8, ingest.get().articles(), ingest.get().summary());
      Map<String, Integer> whole = sizes(store.selectRows(GRAPH_SIZES));
      // The summary graph is rebuilt at the end; the article graphs never change once written.
      for (Map<String, Integer> snapshot : seen) {
        snapshot.forEach((graph, quads) -> assertEquals(whole.get(graph), quads, "a query saw part of " + graph));
      }
      assertTrue(seen.size() >= 4, "queries ran beside the ingest: " + seen.size());
    }
  }

  private static Map<String, Integer> sizes(List<Map<String, String>> rows) {
    Map<String, Integer> sizes = new HashMap<>();
    rows.forEach(r -> sizes.put(r.get("g"), Integer.parseInt(r.get("quads"))));
    return sizes;
  }
}
