package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KnowledgeStore;

/** The server's safety: who may write, what never runs, how long a query may take, where it listens. */
class SparqlServerTest {
  @TempDir static Path dir;
  private static KnowledgeStore store;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final SparqlServer.Credentials ADMIN = new SparqlServer.Credentials("admin", "correct horse");

  /** 3,000 triples in one graph: enough for a cross product that outlives a one-second timeout. */
  @BeforeAll
  static void fillAStore() {
    store = KnowledgeStore.open(dir.resolve("store"));
    var graph = NodeFactory.createURI("https://w3id.org/newskg/graph/test");
    store.replaceGraph(graph, sink -> {
      for (int i = 0; i < 3000; i++) {
        sink.quad(Quad.create(graph, NodeFactory.createURI("urn:s" + i), NodeFactory.createURI("urn:p" + (i % 7)),
            NodeFactory.createLiteralString("o" + i)));
      }
    });
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static SparqlServer serve(Duration timeout, Optional<SparqlServer.Credentials> updates) {
    return SparqlServer.start(store, new SparqlServer.Settings(0, SparqlServer.DEFAULT_BIND, timeout, updates));
  }

  private static HttpResponse<String> update(SparqlServer server, String update, String user, String password) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/newskg/update"))
        .header("Content-Type", "application/sparql-update")
        .POST(HttpRequest.BodyPublishers.ofString(update));
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> query(SparqlServer server, String query) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/newskg/sparql"))
            .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
            .POST(HttpRequest.BodyPublishers.ofString(query)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void updatesNeedTheUsersPassword() throws Exception {
    try (SparqlServer server = serve(SparqlServer.DEFAULT_TIMEOUT, Optional.of(ADMIN))) {
      String insert = "INSERT DATA { GRAPH <urn:g:curated> { <urn:a> <urn:b> \"c\" } }";
      assertEquals(401, update(server, insert, null, null).statusCode());
      assertEquals(401, update(server, insert, "admin", "wrong").statusCode());
      int status = update(server, insert, "admin", "correct horse").statusCode();
      assertTrue(status == 200 || status == 204, "an update with the password got " + status);
      assertTrue(query(server, "ASK { GRAPH <urn:g:curated> { <urn:a> <urn:b> \"c\" } }").body().contains("true"));
      assertEquals(200, query(server, "SELECT * WHERE { ?s ?p ?o } LIMIT 1").statusCode(), "reading needs no password");
    }
  }

  @Test
  void loadNeverFetchesFromTheNetwork() throws Exception {
    try (SparqlServer server = serve(SparqlServer.DEFAULT_TIMEOUT, Optional.of(ADMIN))) {
      HttpResponse<String> response = update(server, "LOAD <http://127.0.0.1:9/data.ttl>", "admin", "correct horse");
      assertEquals(400, response.statusCode(), response.body());
      assertTrue(response.body().contains("LOAD is disabled"), response.body());
    }
  }

  @Test
  void aQueryThatRunsTooLongIsCancelled() throws Exception {
    try (SparqlServer server = serve(Duration.ofSeconds(1), Optional.empty())) {
      HttpResponse<String> response = query(server,
          "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }");
      assertEquals(503, response.statusCode(), response.body());
    }
  }

  @Test
  void listensOnLoopbackOnlyByDefault() throws Exception {
    try (SparqlServer server = serve(SparqlServer.DEFAULT_TIMEOUT, Optional.empty())) {
      try (Socket loopback = new Socket()) {
        loopback.connect(new InetSocketAddress("127.0.0.1", server.port()), 2000);
      }
      for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        for (InetAddress address : Collections.list(nic.getInetAddresses())) {
          if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
            try (Socket outside = new Socket()) {
              assertThrows(ConnectException.class, () -> outside.connect(new InetSocketAddress(address, server.port()), 2000),
                  "reachable on " + address);
            }
          }
        }
      }
    }
  }

  @Test
  void settingsRefuseWhatCannotWork() {
    assertThrows(IllegalArgumentException.class, () -> new SparqlServer.Credentials("", "pw"));
    assertThrows(IllegalArgumentException.class, () -> new SparqlServer.Credentials("a:b", "pw"));
    assertThrows(IllegalArgumentException.class, () -> new SparqlServer.Credentials("admin", ""));
    assertThrows(IllegalArgumentException.class, () -> SparqlServer.Settings.readOnly(70000));
    assertTrue(!ADMIN.toString().contains("horse"), "credentials never print their password");
  }

  @Test
  void aTakenPortIsAClearError() throws Exception {
    try (SparqlServer first = serve(SparqlServer.DEFAULT_TIMEOUT, Optional.empty())) {
      ServeException e = assertThrows(ServeException.class, () -> SparqlServer.start(store,
          new SparqlServer.Settings(first.port(), SparqlServer.DEFAULT_BIND, SparqlServer.DEFAULT_TIMEOUT, Optional.empty())));
      assertTrue(e.getMessage().startsWith("cannot serve on 127.0.0.1:" + first.port()), e.getMessage());
    }
  }
}
