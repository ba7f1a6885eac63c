package org.newskg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.newskg.serve.pages.PagesServlet;
import org.newskg.store.KnowledgeStore;

/**
 * The store over HTTP: an embedded Fuseki serving the SPARQL protocol and the Graph Store
 * Protocol for one dataset, {@code /newskg}, and pages for people beside it (search, actors,
 * articles, evidence; {@link PagesServlet}). Read-only unless updates are allowed, and then only
 * for the one user with the password; the default graph is the union of the named graphs, as on
 * the command line; queries time out; SERVICE never reaches the network and LOAD is refused.
 */
public final class SparqlServer implements AutoCloseable {
  /** The dataset's path on the server. */
  public static final String DATASET = "/newskg";
  public static final int DEFAULT_PORT = 3030;
  public static final String DEFAULT_BIND = "127.0.0.1";
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  /** Who may write, when anyone may: a user name and the password for it. */
  public record Credentials(String user, String password) {
    public Credentials {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(password, "password");
      if (user.isBlank() || user.contains(":") || password.isEmpty()) {
        throw new IllegalArgumentException("the user name must be non-empty without ':' and the password non-empty");
      }
    }

    @Override
    public String toString() {
      return "Credentials[user=" + user + "]"; // never the password
    }
  }

  /**
   * How to serve.
   *
   * @param port 0 for any free port
   * @param updates credentials of the one user allowed to write; empty for a read-only server
   * @param ingest what to do with articles posted to {@code /newskg/ingest}; needs {@code updates}
   */
  public record Settings(int port, String bind, Duration timeout, Optional<Credentials> updates, Optional<Ingester> ingest) {
    public Settings {
      Objects.requireNonNull(bind, "bind");
      Objects.requireNonNull(timeout, "timeout");
      Objects.requireNonNull(updates, "updates");
      Objects.requireNonNull(ingest, "ingest");
      if (ingest.isPresent() && updates.isEmpty()) {
        throw new IllegalArgumentException("ingesting over HTTP writes: it needs the update user's credentials");
      }
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
      }
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("the query timeout must be positive");
      }
    }

    /** Without ingestion over HTTP. */
    public Settings(int port, String bind, Duration timeout, Optional<Credentials> updates) {
      this(port, bind, timeout, updates, Optional.empty());
    }

    public static Settings readOnly(int port) {
      return new Settings(port, DEFAULT_BIND, DEFAULT_TIMEOUT, Optional.empty());
    }
  }

  private final FusekiServer server;
  private final Path passwordFile;

  private SparqlServer(FusekiServer server, Path passwordFile) {
    this.server = server;
    this.passwordFile = passwordFile;
  }

  /** Starts serving the store; the store stays open, and owned by the caller, until {@link #close}. */
  public static SparqlServer start(KnowledgeStore store, Settings settings) {
    DatasetGraph dsg = store.datasetGraph();
    Context context = dsg.getContext();
    context.set(TDB2.symUnionDefaultGraph, true);
    context.set(ARQ.queryTimeout, Long.toString(settings.timeout().toMillis()));
    context.set(Service.httpServiceAllowed, false);
    NoLoadUpdates.forbidLoad(context);

    DataService.Builder service = DataService.newBuilder(dsg)
        .addEndpoint(Operation.Query)
        .addEndpoint(Operation.Query, "sparql")
        .addEndpoint(Operation.Query, "query")
        .addEndpoint(Operation.GSP_R, "get");
    FusekiServer.Builder builder = FusekiServer.create()
        .port(settings.port())
        .loopback(isLoopback(settings.bind()))
        .enableCors(true)
        .enablePing(true)
        .enableStats(true)
        .addFilter("/*", new LandingPage());
    PagesServlet pages = new PagesServlet(dsg, settings.timeout());
    PagesServlet.PATHS.forEach(path -> builder.addServlet(path, pages));
    Path passwordFile = null;
    if (settings.updates().isPresent()) {
      Credentials credentials = settings.updates().get();
      AuthPolicy writer = Auth.policyAllowSpecific(credentials.user());
      service.addEndpoint(Operation.Update, "update", writer)
          .addEndpoint(Operation.GSP_RW, "data", writer);
      passwordFile = writePasswordFile(credentials);
      builder.passwordFile(passwordFile.toString()).auth(AuthScheme.BASIC).realm("newskg");
      settings.ingest().ifPresent(ingester -> builder.addServlet(DATASET + "/ingest", new IngestServlet(ingester, credentials)));
    } else {
      service.addEndpoint(Operation.GSP_R, "data");
    }
    FusekiServer server = builder.add(DATASET, service.build()).build();
    if (!isLoopback(settings.bind()) && !settings.bind().equals("0.0.0.0")) {
      for (Connector connector : server.getJettyServer().getConnectors()) {
        if (connector instanceof ServerConnector http) {
          http.setHost(settings.bind());
        }
      }
    }
    try {
      server.start();
    } catch (RuntimeException e) {
      deleteQuietly(passwordFile);
      throw new ServeException("cannot serve on " + settings.bind() + ":" + settings.port() + ": " + rootMessage(e), e);
    }
    return new SparqlServer(server, passwordFile);
  }

  private static boolean isLoopback(String bind) {
    return bind.equals("127.0.0.1") || bind.equals("localhost") || bind.equals("::1");
  }

  /** Jetty reads users from a properties file: written private, deleted when the server stops. */
  private static Path writePasswordFile(Credentials credentials) {
    try {
      Path file = Files.createTempFile("newskg-users", ".properties",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      file.toFile().deleteOnExit();
      Files.writeString(file, credentials.user() + ": " + credentials.password() + "\n", StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the server's password file", e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() != null ? root.getMessage() : root.toString();
  }

  public int port() {
    return server.getHttpPort();
  }

  /** The SPARQL query endpoint, e.g. {@code http://127.0.0.1:3030/newskg/sparql}. */
  public String sparqlUrl() {
    return "http://" + host() + ":" + port() + DATASET + "/sparql";
  }

  /** The search page, where the pages for people start, e.g. {@code http://127.0.0.1:3030/search}. */
  public String pagesUrl() {
    return "http://" + host() + ":" + port() + "/search";
  }

  private String host() {
    for (Connector connector : server.getJettyServer().getConnectors()) {
      if (connector instanceof ServerConnector http && http.getHost() != null && !http.getHost().equals("0.0.0.0")) {
        return http.getHost().contains(":") ? "[" + http.getHost() + "]" : http.getHost();
      }
    }
    return "127.0.0.1";
  }

  /** Blocks until the server stops. */
  public void join() {
    server.join();
  }

  /** Stops serving: requests in flight end, then the port is released. The store stays open. */
  @Override
  public void close() {
    server.stop();
    deleteQuietly(passwordFile);
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        file.toFile().deleteOnExit();
      }
    }
  }
}
