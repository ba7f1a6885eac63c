package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KnowledgeStore;

/**
 * Articles posted to {@code /newskg/ingest} reach the server's ingester only with the update
 * user's credentials. A stand-in ingester records what arrives; no NLP.
 */
class HttpIngestTest {
  private static final SparqlServer.Credentials ADMIN = new SparqlServer.Credentials("admin", "correct horse");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static HttpResponse<String> post(SparqlServer server, String query, String body, String user, String password)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/newskg/ingest" + query))
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void onlyTheUpdateUserMayIngest(@TempDir Path dir) throws Exception {
    List<String> received = new ArrayList<>();
    Ingester recorder = (name, body) -> {
      received.add(name + ": " + new String(body.readAllBytes(), StandardCharsets.UTF_8));
      return new Ingester.Outcome("1 article stored\n", false);
    };
    try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("s"));
         SparqlServer server = SparqlServer.start(store, new SparqlServer.Settings(0, SparqlServer.DEFAULT_BIND,
             Duration.ofSeconds(5), Optional.of(ADMIN), Optional.of(recorder)))) {
      assertEquals(401, post(server, "?name=a.txt", "Text.", null, null).statusCode());
      assertEquals(401, post(server, "?name=a.txt", "Text.", "admin", "wrong").statusCode());
      assertEquals(400, post(server, "", "Text.", "admin", "correct horse").statusCode(), "an input needs a name");
      assertTrue(received.isEmpty(), received.toString());
      HttpResponse<String> ok = post(server, "?name=a.txt", "Text of the article.", "admin", "correct horse");
      assertEquals(200, ok.statusCode());
      assertEquals("1 article stored\n", ok.body());
      assertEquals("false", ok.headers().firstValue("X-Newskg-Failed").orElseThrow());
      assertEquals(List.of("a.txt: Text of the article."), received);
    }
  }

  @Test
  void aReadOnlyServerHasNoIngestAndIngestNeedsCredentials(@TempDir Path dir) throws Exception {
    try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("s"));
         SparqlServer server = SparqlServer.start(store, SparqlServer.Settings.readOnly(0))) {
      int status = post(server, "?name=a.txt", "Text.", "admin", "correct horse").statusCode();
      assertTrue(status >= 400, "a read-only server accepted an ingest: " + status);
    }
    assertThrows(IllegalArgumentException.class, () -> new SparqlServer.Settings(0, SparqlServer.DEFAULT_BIND,
        Duration.ofSeconds(5), Optional.empty(), Optional.of((name, body) -> new Ingester.Outcome("", false))));
  }
}
