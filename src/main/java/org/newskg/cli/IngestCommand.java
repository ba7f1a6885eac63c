package org.newskg.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.ReadResult;
import org.newskg.pipeline.IngestPipeline;
import org.newskg.pipeline.IngestReport;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {
      "Reads news articles, extracts actors, posts and events, and stores each article as its own named graph.",
      "Inputs: .txt files (a first line that looks like a headline is the title), .jsonl files with one",
      "{\"id\", \"title\", \"date\", \"url\", \"text\"} object a line, and directories of them (recursively).",
      "Re-ingesting an article (same id, or same text when it has none) replaces its graph."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:every input stored", "1:some inputs failed (listed on stderr); the others were stored", "2:usage error"})
final class IngestCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;
  @Mixin LoggingMixin logging;
  @Spec CommandSpec spec;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date for articles that carry none (no \"date\" field, no dated dateline such as \"CAIRO, May 21, 2021 -\"); anchors relative dates (\"on Monday\").")
  LocalDate date;

  @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "" + ArticleReader.DEFAULT_MAX_BYTES,
      description = "Refuse input files larger than this (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to ingest.")
  List<Path> paths;

  @Override
  public Integer call() {
    List<ReadResult> inputs = new ArticleReader(date, maxBytes).readAll(paths);
    var err = spec.commandLine().getErr();
    var out = spec.commandLine().getOut();
    IngestReport report;
    try (KnowledgeStore store = storeOptions.open()) {
      report = new IngestPipeline(logging.processorLoader(err), store, logging.progress(err)).ingest(inputs);
    }
    out.println("Ingested into " + storeOptions.store + ": " + report.summary());
    out.flush();
    return report.hasFailures() ? NewskgCommand.SOME_FAILED : 0;
  }
}
