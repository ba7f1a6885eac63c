package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.ReadResult;
import org.newskg.pipeline.IngestPipeline;
import org.newskg.pipeline.IngestReport;
import org.newskg.pipeline.StageTimes;
import org.newskg.store.KnowledgeStore;
import org.newskg.store.QueryRunner;
import org.newskg.store.ResultFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {
      "Ingests the bundled example articles (examples/articles/) into the store and prints the "
          + "answers to the curated questions (queries/*.rq) as tables."})
final class DemoCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;
  @Mixin LoggingMixin logging;
  @Spec CommandSpec spec;

  @Option(names = "--examples", paramLabel = "DIR", description = "Articles to ingest (default: the bundled examples/articles).")
  Path examples;

  @Option(names = "--queries", paramLabel = "DIR", description = "Questions to answer (default: the bundled queries/).")
  Path queries;

  @Override
  public Integer call() throws IOException {
    Path home = Path.of(System.getProperty("newskg.home", "."));
    Path articles = examples != null ? examples : home.resolve("examples/articles");
    Path questions = queries != null ? queries : home.resolve("queries");
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(articles) || !Files.isDirectory(questions)) {
      throw new IllegalArgumentException("cannot find " + articles + " and " + questions
          + ": run the demo from the newskg checkout, or give --examples and --queries");
    }
    try (KnowledgeStore store = storeOptions.open()) {
      List<ReadResult> inputs = new ArticleReader(null, ArticleReader.DEFAULT_MAX_BYTES).readAll(List.of(articles));
      IngestReport report = new IngestPipeline(logging.processorLoader(err), store, logging.progress(err),
          IngestCommand.defaultThreads(), StageTimes.NONE).ingest(inputs);
      out.println("Ingested " + articles + " into " + storeOptions.store + ": " + report.summary());
      QueryRunner runner = new QueryRunner(store, true);
      List<Path> files;
      try (Stream<Path> listing = Files.list(questions)) {
        files = listing.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
      }
      for (Path file : files) {
        String sparql = Files.readString(file);
        out.println();
        out.println("== " + file.getFileName() + ": " + question(sparql));
        out.flush();
        runner.run(sparql, ResultFormat.TABLE, System.out);
        System.out.flush();
      }
      out.flush();
      return report.hasFailures() ? NewskgCommand.SOME_FAILED : 0;
    }
  }

  /** The plain-words question of a curated query: its leading comment lines. */
  static String question(String sparql) {
    StringBuilder sb = new StringBuilder();
    for (String line : sparql.lines().toList()) {
      if (!line.startsWith("#")) {
        break;
      }
      sb.append(sb.isEmpty() ? "" : " ").append(line.substring(1).strip());
    }
    return sb.toString();
  }
}
