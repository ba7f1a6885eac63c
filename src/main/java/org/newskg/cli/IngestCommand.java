package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.ReadResult;
import org.newskg.pipeline.ExtractionPrinter;
import org.newskg.pipeline.GroupCommit;
import org.newskg.pipeline.IngestPipeline;
import org.newskg.pipeline.IngestReport;
import org.newskg.pipeline.StageTimes;
import org.newskg.serve.SparqlServer;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {
      "Reads news articles, extracts actors, posts and events, and stores each article as its own named graph, "
          + "whole or not at all (articles ready together share a transaction; one that fails never takes the others "
          + "with it): an interrupted ingest leaves whole articles only, and running it again adds only what is "
          + "missing (articles stored with the same fingerprint are skipped; --force re-extracts them). Then it links "
          + "the new articles' events to the real events other articles report.",
      "Inputs: .txt files (a first line that looks like a headline is the title), .jsonl files with one "
          + "{\"id\", \"title\", \"date\", \"url\", \"text\"} object a line, .html/.htm news pages, directories of them "
          + "(recursively), and - for standard input. Inputs that cannot be read are listed; the rest is stored."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:every input stored (or skipped as unchanged)", "1:some inputs failed (listed on stderr); the others were stored",
        "2:usage error"})
final class IngestCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;
  @Mixin LoggingMixin logging;
  @Mixin CompactionOption compaction;
  @Spec CommandSpec spec;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date for articles that carry none (no \"date\" field, no dated dateline such as \"CAIRO, May 21, 2021 -\"); anchors relative dates (\"on Monday\").")
  LocalDate date;

  @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "" + ArticleReader.DEFAULT_MAX_BYTES,
      description = "Refuse input files larger than this (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(names = "--force", description = "Extract again articles already stored unchanged (after newskg's rules changed).")
  boolean force;

  @Option(names = "--threads", paramLabel = "N", description = "Articles extracted at once (default: ${DEFAULT-VALUE}, "
      + "the machine's cores, at most 2); writing stays one article at a time, in input order. The launcher's 4 GB heap "
      + "holds the models and two threads; give more threads more heap (NEWSKG_HEAP).")
  int threads = IngestCommand.defaultThreads();

  @Option(names = "--bulk", description = "Into an empty store, load all articles at once with TDB2's bulk loader: "
      + "several times faster for a large first batch, but all or nothing (an interrupted bulk load stores no article).")
  boolean bulk;

  @Option(names = "--batch", paramLabel = "N", description = "At most N articles in one write transaction (group commit: "
      + "the writer takes the articles whose extraction finished while it was busy; default: ${DEFAULT-VALUE}, 1: one "
      + "transaction per article). Each article is stored whole or not at all; see docs/PERFORMANCE.md.")
  int batch = GroupCommit.DEFAULT.maxArticles();

  @Option(names = "--batch-wait", paramLabel = "MS", description = "How long a batch may wait for more articles when none "
      + "is ready (default: ${DEFAULT-VALUE}: it is written at once): larger batches write faster, but queries see "
      + "articles later and an interrupted ingest loses more work.")
  long batchWaitMillis = GroupCommit.DEFAULT.maxWait().toMillis();

  @Option(names = "--dry-run", description = "Print what would be extracted, and store nothing.")
  boolean dryRun;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "trig",
      description = "With --dry-run: trig (the graphs ingest would write) or table (actors and facts per article); default ${DEFAULT-VALUE}.")
  ExtractionPrinter.Format format;

  @Option(names = "--serve", paramLabel = "PORT", arity = "0..1", fallbackValue = "" + SparqlServer.DEFAULT_PORT,
      description = "While ingesting, serve the store read-only on 127.0.0.1:PORT (default ${FALLBACK-VALUE}), so that queries "
          + "(newskg query --endpoint, notebooks) run beside the ingest; each sees whole articles only.")
  Integer servePort;

  @Option(names = "--endpoint", paramLabel = "URL",
      description = "Send the inputs to a server started with 'newskg serve --allow-ingest' (its dataset URL, e.g. "
          + "http://127.0.0.1:3030/newskg), which ingests them into its store with its models already loaded; "
          + "the password comes from NEWSKG_PASSWORD or --password-file.")
  String endpoint;

  @Option(names = "--user", paramLabel = "NAME", defaultValue = "admin", description = "With --endpoint: the server's update user (default: ${DEFAULT-VALUE}).")
  String user;

  @Option(names = "--password-file", paramLabel = "FILE", description = "With --endpoint: file whose first line is the password.")
  Path passwordFile;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to ingest; - reads standard input.")
  List<Path> paths;

  @Override
  public Integer call() {
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
    }
    if (batch < 1) {
      throw new ParameterException(spec.commandLine(), "--batch must be at least 1, not " + batch);
    }
    if (batchWaitMillis < 0) {
      throw new ParameterException(spec.commandLine(), "--batch-wait must be at least 0, not " + batchWaitMillis);
    }
    if (endpoint != null) {
      if (dryRun || bulk || servePort != null) {
        throw new ParameterException(spec.commandLine(), "--endpoint sends the inputs to a server: no --dry-run, --bulk or --serve with it");
      }
      String password;
      try {
        password = ServeCommand.password(passwordFile, System.getenv());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return new RemoteIngest(endpoint, user, password, spec.commandLine().getOut(), spec.commandLine().getErr()).send(paths);
    }
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("--max-size must be a positive number of bytes, not " + maxBytes);
    }
    ArticleReader reader = new ArticleReader(date, maxBytes);
    List<ReadResult> inputs = new ArrayList<>();
    for (Path path : paths) {
      inputs.addAll(path.toString().equals(ArticleReader.STDIN) ? reader.read(ArticleReader.STDIN, System.in) : reader.readAll(List.of(path)));
    }
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    IngestReport report;
    try (KnowledgeStore store = storeOptions.open();
         SparqlServer server = servePort == null ? null : SparqlServer.start(store, SparqlServer.Settings.readOnly(servePort))) {
      if (server != null) {
        err.println("Serving the store read-only at " + server.sparqlUrl() + " during the ingest");
      }
      IngestPipeline pipeline = new IngestPipeline(logging.processorLoader(err), store, logging.progress(err), threads,
          StageTimes.NONE, new GroupCommit(batch, java.time.Duration.ofMillis(batchWaitMillis)))
          .compactingEvery(compaction.noCompact ? 0 : CompactionOption.CHECK_EVERY_ARTICLES);
      if (dryRun) {
        ExtractionPrinter printer = new ExtractionPrinter(format, out);
        report = pipeline.dryRun(inputs, printer::print);
        printer.finish();
      } else {
        report = pipeline.ingest(inputs, force, bulk);
        compaction.afterWrites(store, err, logging.quiet);
      }
    }
    (dryRun ? err : out).println((dryRun ? "Dry run, nothing stored: " : "Ingested into " + storeOptions.store + ": ") + report.summary());
    out.flush();
    err.flush();
    return report.hasFailures() ? NewskgCommand.SOME_FAILED : 0;
  }

  /** One extraction per core, at most two: the launcher's heap holds two CoreNLP documents. */
  static int defaultThreads() {
    return Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
  }
}
