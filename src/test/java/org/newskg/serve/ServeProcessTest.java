package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KnowledgeStore;
import org.newskg.store.StoreException;

/**
 * {@code newskg serve} as a real process: while it runs, another process cannot open the store
 * and says why; SIGTERM stops it cleanly and the store opens again with everything in it.
 */
class ServeProcessTest {
  @TempDir Path dir;

  @Test
  void aRunningServerLocksTheStoreAndStopsCleanlyOnSigterm() throws Exception {
    Path storeDir = dir.resolve("store");
    var graph = NodeFactory.createURI("https://w3id.org/newskg/graph/t");
    try (KnowledgeStore store = KnowledgeStore.open(storeDir)) {
      store.replaceGraph(graph, sink -> sink.quad(Quad.create(graph, NodeFactory.createURI("urn:a"),
          NodeFactory.createURI("urn:b"), NodeFactory.createLiteralString("kept"))));
    }

    String java = ProcessHandle.current().info().command().orElse("java");
    Process server = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        "org.newskg.cli.Main", "serve", "--store", storeDir.toString(), "--port", "0"))
        .redirectErrorStream(true).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      String banner = out.readLine();
      Matcher url = Pattern.compile("at (http://\\S+/newskg/sparql)").matcher(banner == null ? "" : banner);
      assertTrue(url.find(), "no banner: " + banner);

      HttpResponse<String> answer = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(url.group(1) + "?query=ASK%7B%3Curn%3Aa%3E%3Fp%3Fo%7D")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertTrue(answer.body().contains("true"), answer.body());

      StoreException locked = assertThrows(StoreException.class, () -> KnowledgeStore.open(storeDir));
      assertTrue(locked.getMessage().contains("is in use by another process"), locked.getMessage());

      server.destroy(); // SIGTERM
      assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server did not stop on SIGTERM");
    } finally {
      server.destroyForcibly();
    }

    try (KnowledgeStore store = KnowledgeStore.open(storeDir)) {
      assertEquals(1, store.snapshot().stream().count(), "the store opens again, whole");
    }
  }
}
