package org.newskg.cli;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code -v}: progress and component logs; {@code -vv}: everything, CoreNLP's and Jena's included. */
public final class LoggingMixin {
  @Option(names = {"-v", "--verbose"}, description = "More logging: -v for newskg's, -vv for all libraries' too.")
  void setVerbose(boolean[] verbosity) {
    this.level = verbosity.length;
    if (level >= 1) {
      Configurator.setLevel("org.newskg", Level.INFO);
    }
    if (level >= 2) {
      Configurator.setLevel("org.newskg", Level.DEBUG);
      Configurator.setLevel("edu.stanford.nlp", Level.INFO);
      Configurator.setLevel("org.apache.jena", Level.INFO);
    }
  }

  @Option(names = {"-q", "--quiet"}, description = "Print only errors and the final summary.")
  boolean quiet;

  private int level;

  public boolean verbose() {
    return level > 0;
  }

  static boolean isVerbose(CommandLine.ParseResult parsed) {
    CommandLine.ParseResult sub = parsed;
    while (sub.hasSubcommand()) {
      sub = sub.subcommand();
    }
    return sub.hasMatchedOption("-v");
  }
}
