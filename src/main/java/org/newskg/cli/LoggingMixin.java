package org.newskg.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.newskg.pipeline.ArticleProcessor;
import org.newskg.pipeline.IngestProgress;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code -v}: progress and component logs; {@code -vv}: everything, CoreNLP's and Jena's included. */
public final class LoggingMixin {
  @Option(names = {"-v", "--verbose"}, description = "More logging: -v for newskg's, -vv for all libraries' too.")
  void setVerbose(boolean[] verbosity) {
    this.level = verbosity.length;
    if (level >= 1) {
      Configurator.setLevel("org.newskg", Level.INFO);
      Configurator.setLevel("edu.stanford.nlp.quoteattribution", Level.WARN);
    }
    if (level >= 2) {
      Configurator.setLevel("org.newskg", Level.DEBUG);
      Configurator.setLevel("edu.stanford.nlp", Level.INFO);
      Configurator.setLevel("edu.stanford.nlp.quoteattribution", Level.INFO);
      Configurator.setLevel("org.apache.jena", Level.INFO);
    }
  }

  @Option(names = {"-q", "--quiet"}, description = "Print only errors and the final summary.")
  boolean quiet;

  private int level;

  public boolean verbose() {
    return level > 0;
  }

  /**
   * The ingest's progress on {@code err}: a progress bar on a terminal, plain lines elsewhere;
   * with -q only the failures.
   */
  IngestProgress progress(PrintWriter err) {
    // The launcher knows whether stderr is a terminal ([ -t 2 ]); Java 21 cannot tell.
    return ConsoleProgress.of(err, quiet, Boolean.getBoolean("newskg.stderrIsTerminal"));
  }

  /** Loads the NLP models on first use, telling the user why the wait (unless -q). */
  Supplier<ArticleProcessor> processorLoader(PrintWriter err) {
    return () -> {
      if (!quiet) {
        err.println("Loading the NLP models (about half a minute)...");
        err.flush();
      }
      return ArticleProcessor.create();
    };
  }

  static boolean isVerbose(CommandLine.ParseResult parsed) {
    CommandLine.ParseResult sub = parsed;
    while (sub.hasSubcommand()) {
      sub = sub.subcommand();
    }
    return sub.hasMatchedOption("-v");
  }
}
