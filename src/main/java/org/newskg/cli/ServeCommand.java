package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newskg.ingest.ArticleReader;
import org.newskg.pipeline.IngestPipeline;
import org.newskg.pipeline.IngestProgress;
import org.newskg.pipeline.IngestReport;
import org.newskg.pipeline.StageTimes;
import org.newskg.serve.Ingester;
import org.newskg.serve.SparqlServer;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {
      "Serves the store over HTTP with Apache Jena Fuseki: SPARQL query at /newskg/sparql (GET and POST; JSON, XML, "
          + "CSV, TSV results; CONSTRUCT as Turtle, JSON-LD and more), Graph Store Protocol reads at /newskg/get, "
          + "/$/ping and /$/stats. The default graph is the union of the named graphs, as in 'newskg query'.",
      "Pages for people beside it: /search (actors by name or alias), /actor/CLASS/NAME (an actor's posts, roles, "
          + "statements and merges, each fact with its evidence; the path of the actor's IRI, answering Turtle, JSON-LD or "
          + "N-Triples to an RDF client), /article/ID (the text with names and fact sentences highlighted).",
      "Safe by default: bound to 127.0.0.1, read-only, queries time out, SERVICE and LOAD never reach the network.",
      "Writes (SPARQL Update at /newskg/update, Graph Store writes at /newskg/data) need --allow-update and a "
          + "password, from the environment variable NEWSKG_PASSWORD or --password-file, never from the command line.",
      "While it runs, the store is locked: 'newskg ingest' into it fails with a message; stop the server first, or "
          + "serve with --allow-ingest and send articles with 'newskg ingest --endpoint': the models then load once, in the server.",
      "Stops cleanly on Ctrl-C or SIGTERM."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:stopped by a signal", "1:could not serve (port taken, store locked)", "2:usage error"})
final class ServeCommand implements Callable<Integer> {
  static final String PASSWORD_VARIABLE = "NEWSKG_PASSWORD";

  @Mixin StoreOptions storeOptions;
  @Mixin LoggingMixin logging;
  @Spec CommandSpec spec;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + SparqlServer.DEFAULT_PORT,
      description = "Port (default: ${DEFAULT-VALUE}; 0 for any free one).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = SparqlServer.DEFAULT_BIND,
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
  String bind;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "Longest a query may run, in seconds (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Option(names = "--allow-update",
      description = "Accept SPARQL Update and Graph Store writes from the user --user with the password of NEWSKG_PASSWORD or --password-file.")
  boolean allowUpdate;

  @Option(names = "--allow-ingest",
      description = "Also accept articles POSTed to /newskg/ingest (by 'newskg ingest --endpoint') from the update user, "
          + "and ingest them here: the NLP models load once, on the first article, not for every small ingest. Implies --allow-update.")
  boolean allowIngest;

  @Option(names = "--threads", paramLabel = "N", description = "Extraction threads for --allow-ingest (default: ${DEFAULT-VALUE}).")
  int threads = IngestCommand.defaultThreads();

  @Option(names = "--user", paramLabel = "NAME", defaultValue = "admin",
      description = "The user allowed to write, with --allow-update (default: ${DEFAULT-VALUE}).")
  String user;

  @Option(names = "--password-file", paramLabel = "FILE",
      description = "File whose first line is the password of --user (instead of NEWSKG_PASSWORD).")
  Path passwordFile;

  @Override
  public Integer call() throws Exception {
    if (timeoutSeconds <= 0) {
      throw new IllegalArgumentException("--timeout must be a positive number of seconds, not " + timeoutSeconds);
    }
    allowUpdate |= allowIngest;
    Optional<SparqlServer.Credentials> updates = allowUpdate
        ? Optional.of(new SparqlServer.Credentials(user, password(passwordFile, System.getenv())))
        : Optional.empty();
    if (!allowUpdate && passwordFile != null) {
      throw new IllegalArgumentException("--password-file is only for --allow-update");
    }
    PrintWriter out = spec.commandLine().getOut();
    CountDownLatch stopped = new CountDownLatch(1);
    KnowledgeStore store = storeOptions.open();
    Optional<Ingester> ingest = allowIngest
        ? Optional.of(new HttpIngest(new IngestPipeline(logging.processorLoader(spec.commandLine().getErr()), store,
            IngestProgress.lines(line -> { }), threads, StageTimes.NONE), store, spec.commandLine().getErr()))
        : Optional.empty();
    SparqlServer.Settings settings = new SparqlServer.Settings(port, bind, Duration.ofSeconds(timeoutSeconds), updates, ingest);
    SparqlServer server;
    try {
      server = SparqlServer.start(store, settings);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    // Ctrl-C and SIGTERM: finish requests in flight, then release the store.
    Thread shutdown = new Thread(() -> {
      ingest.ifPresent(i -> ((HttpIngest) i).close());
      server.close();
      store.close();
      stopped.countDown();
    }, "newskg-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);
    out.printf("Serving %s at %s (%s, query timeout %d s); Ctrl-C stops.%n", storeOptions.store, server.sparqlUrl(),
        allowIngest ? "updates and ingest allowed for " + user : allowUpdate ? "updates allowed for " + user : "read-only",
        timeoutSeconds);
    out.printf("Browse the graph at %s%n", server.pagesUrl());
    out.flush();
    stopped.await();
    return 0;
  }

  /** The password of --password-file, else of NEWSKG_PASSWORD in {@code environment}. */
  static String password(Path passwordFile, java.util.Map<String, String> environment) throws IOException {
    if (passwordFile != null) {
      if (!Files.isReadable(passwordFile)) {
        throw new IllegalArgumentException("cannot read the password file " + passwordFile);
      }
      String first = Files.readString(passwordFile, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
      if (first.isEmpty()) {
        throw new IllegalArgumentException("the password file " + passwordFile + " is empty");
      }
      return first;
    }
    String fromEnvironment = environment.get(PASSWORD_VARIABLE);
    if (fromEnvironment == null || fromEnvironment.isEmpty()) {
      throw new IllegalArgumentException("--allow-update needs a password: set " + PASSWORD_VARIABLE + " or give --password-file");
    }
    return fromEnvironment;
  }

  /**
   * Articles posted to the server, ingested one request at a time with the server's one pipeline.
   * When no article has come for {@link #IDLE} after the last one, the store is compacted if its
   * dead space passes the threshold (queries keep running meanwhile).
   */
  private static final class HttpIngest implements Ingester, AutoCloseable {
    static final Duration IDLE = Duration.ofSeconds(60);
    private final IngestPipeline pipeline;
    private final KnowledgeStore store;
    private final PrintWriter log;
    private final ArticleReader reader = new ArticleReader(null, ArticleReader.DEFAULT_MAX_BYTES);
    private final java.util.concurrent.ScheduledExecutorService idle =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
          Thread t = new Thread(r, "newskg-idle-compaction");
          t.setDaemon(true);
          return t;
        });
    private java.util.concurrent.ScheduledFuture<?> compaction;

    HttpIngest(IngestPipeline pipeline, KnowledgeStore store, PrintWriter log) {
      this.pipeline = pipeline;
      this.store = store;
      this.log = log;
    }

    @Override
    public synchronized Outcome ingest(String name, java.io.InputStream body) {
      if (compaction != null) {
        compaction.cancel(false);
      }
      IngestReport report = pipeline.ingest(reader.read(name, body), false);
      compaction = idle.schedule(this::compactIfIdle, IDLE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
      StringBuilder text = new StringBuilder();
      report.failures().forEach(f -> text.append(f).append('\n'));
      text.append(report.summary()).append('\n');
      return new Outcome(text.toString(), report.hasFailures());
    }

    /** Runs under the ingest lock, so that no article is written while the store is rewritten. */
    private synchronized void compactIfIdle() {
      store.compactIfWorthwhile().ifPresent(c -> {
        log.printf("Compacted the store while idle: %,.1f MiB -> %,.1f MiB on disk%n", c.bytesBefore() / 1048576.0,
            c.bytesAfter() / 1048576.0);
        log.flush();
      });
    }

    @Override
    public void close() {
      idle.shutdownNow();
    }
  }
}
